// What several CLI commands share: the workspace (root, profile, log folder) and how a usage
// error ends a command (exit 2).
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { nodeFileSystem, toPortPath } from '../node/file-system.js';
import { confine, logFileOutside } from '../node/workspace-path.js';
import { missingPathProblem } from '../node/path-problem.js';
import { escapeTerminal } from '../core/log/escape.js';
import { loadProfile, PROFILE_DEFAULTS, type Profile } from '../core/config/profile.js';

/** A usage problem: the command prints it and exits with 2. */
export class CliUsageError extends Error {}

export interface CliWorkspace { root: string; logDir: string; profile?: Profile }

/**
 * Without --dir, the nearest folder from the current one up that holds `.liaison/` (as git finds
 * `.git`), else the current folder: run from `src/`, a record must not start a second, separate log there.
 */
export function nearestWorkspace(from: string): string {
  for (let d = from; ; d = dirname(d)) {
    if (existsSync(resolve(d, '.liaison'))) return d;
    if (dirname(d) === d) return from;
  }
}

/** The workspace and its log folder; the folder must stay inside the workspace, symlinks followed. */
export async function cliWorkspace(dir: string | undefined): Promise<CliWorkspace> {
  const root = toPortPath(resolve(dir ?? nearestWorkspace(process.cwd())));
  const problem = missingPathProblem(root, dir ?? root);
  if (problem) throw new CliUsageError(`--dir ${problem}`);
  if (!statSync(root).isDirectory()) throw new CliUsageError(`--dir ${escapeTerminal(dir ?? root)} is a file, not a folder: give the workspace folder (the one that holds .liaison/)`);
  const r = await loadProfile(nodeFileSystem, root);
  if (!r.ok && !('missing' in r)) {
    throw new CliUsageError(`invalid project profile ${r.file}:\n${r.problems.map(p => `  ${p.path || '(file)'}: ${p.message}`).join('\n')}`);
  }
  const profile = r.ok ? r.profile : undefined;
  const logFolder = profile?.logFolder ?? PROFILE_DEFAULTS.logFolder;
  const c = confine(root, logFolder);
  if (c.problem !== undefined) throw new CliUsageError(`profile logFolder "${logFolder}": ${c.problem}; nothing was read or written`);
  const file = logFileOutside(root, c.path);
  if (file !== undefined) throw new CliUsageError(`log file ${file}; nothing was read or written: put the file itself in the log folder, not a link to it`);
  return { root, logDir: c.path, profile };
}

/** Runs a command action: a usage error is printed and exits 2; other errors reach main(). */
export const action = <A extends unknown[]>(name: string, fn: (...args: A) => Promise<void>) => async (...args: A): Promise<void> => {
  try {
    await fn(...args);
  } catch (e) {
    if (!(e instanceof CliUsageError)) throw e;
    // A message may quote an argument or a file name: escaped, it cannot drive the terminal.
    process.stderr.write(`liaison ${name}: ${e.message.split('\n').map(escapeTerminal).join('\n')}\n`);
    process.exitCode = 2;
  }
};
