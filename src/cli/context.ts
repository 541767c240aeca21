// What several CLI commands share: the workspace (root, profile, log folder) and how a usage
// error ends a command (exit 2).
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { nodeFileSystem, toPortPath } from '../node/file-system.js';
import { confine, logFileOutside } from '../node/workspace-path.js';
import { missingPathProblem } from '../node/path-problem.js';
import { escapeTerminal } from '../core/log/escape.js';
import { loadProfile, PROFILE_DEFAULTS, type Profile } from '../core/config/profile.js';
import * as l10n from './l10n.js';

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
  if (problem) throw new CliUsageError(l10n.t('--dir {0}', problem));
  if (!statSync(root).isDirectory()) throw new CliUsageError(l10n.t('--dir {0} is a file, not a folder: give the workspace folder (the one that holds .liaison/)', escapeTerminal(dir ?? root)));
  const r = await loadProfile(nodeFileSystem, root);
  if (!r.ok && !('missing' in r)) {
    throw new CliUsageError(profileProblems(r.file, r.problems));
  }
  const profile = r.ok ? r.profile : undefined;
  const logFolder = profile?.logFolder ?? PROFILE_DEFAULTS.logFolder;
  const c = confine(root, logFolder, l10n.lang());
  if (c.problem !== undefined) throw new CliUsageError(l10n.t('profile logFolder "{0}": {1}; nothing was read or written', logFolder, c.problem));
  const file = logFileOutside(root, c.path, l10n.lang());
  if (file !== undefined) throw new CliUsageError(l10n.t('log file {0}; nothing was read or written: put the file itself in the log folder, not a link to it', file));
  return { root, logDir: c.path, profile };
}

/** An invalid .liaison/profile.json: the file, then one line per problem (what the schema says is wrong where). */
export function profileProblems(file: string, problems: ReadonlyArray<{ path: string; message: string; fr?: string }>): string {
  const lines = problems.map(p => '  ' + l10n.t('{0}: {1}', p.path || l10n.t('(file)'), l10n.said(p)));
  return [l10n.t('invalid project profile {0}:', file), ...lines].join('\n');
}

/** Runs a command action: a usage error is printed and exits 2; other errors reach main(). */
export const action = <A extends unknown[]>(name: string, fn: (...args: A) => Promise<void>) => async (...args: A): Promise<void> => {
  try {
    await fn(...args);
  } catch (e) {
    if (!(e instanceof CliUsageError)) throw e;
    // A message may quote an argument or a file name: escaped, it cannot drive the terminal.
    process.stderr.write(l10n.t('liaison {0}: {1}', name, e.message.split('\n').map(escapeTerminal).join('\n')) + '\n');
    process.exitCode = 2;
  }
};
