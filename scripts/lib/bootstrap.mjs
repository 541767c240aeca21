// Shared by `npm test` and `npm start`: make a fresh clone runnable (install dependencies when
// node_modules is missing or older than package-lock.json) and run local tools.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { repoRoot } from './host-paths.mjs';

export function ensureDependencies() {
  const lock = join(repoRoot, 'package-lock.json');
  // npm writes this file on every install: its age is the age of node_modules.
  const stamp = join(repoRoot, 'node_modules', '.package-lock.json');
  const stale = !existsSync(stamp) || (existsSync(lock) && statSync(stamp).mtimeMs < statSync(lock).mtimeMs);
  if (!stale) return true;
  console.log('[bootstrap] node_modules missing or older than package-lock.json: npm ci');
  return run('npm', ['ci', '--no-audit', '--no-fund']) === 0;
}

/** The environment local tools run in: node_modules/.bin first on PATH. */
const toolEnv = (extra) => ({ ...process.env, PATH: join(repoRoot, 'node_modules', '.bin') + delimiter + process.env.PATH, ...extra });

/** Runs a command in the repo with node_modules/.bin on PATH; returns its exit code. */
export function run(cmd, args, opts = {}) {
  const env = toolEnv(opts.env);
  const r = spawnSync(cmd, args, { cwd: repoRoot, stdio: 'inherit', env });
  if (r.error) console.error(`[bootstrap] ${cmd}: ${r.error.message}`);
  return r.status ?? 1;
}

/**
 * As run(), streaming the output as it comes, and also keeping its last lines: `npm test` repeats a
 * failed stage's failure report at the end, where a CI log that keeps only its tail still shows it.
 */
export function runKeepingTail(cmd, args, opts = {}) {
  const env = toolEnv(opts.env);
  return new Promise((resolve) => {
    let tail = '';
    const keep = (chunk, out) => {
      out.write(chunk);
      tail = (tail + chunk.toString()).slice(-KEPT_CHARS);
    };
    const child = spawn(cmd, args, { cwd: repoRoot, stdio: ['inherit', 'pipe', 'pipe'], env });
    child.stdout.on('data', (c) => keep(c, process.stdout));
    child.stderr.on('data', (c) => keep(c, process.stderr));
    child.on('error', (e) => { console.error(`[bootstrap] ${cmd}: ${e.message}`); resolve({ status: 1, tail }); });
    child.on('close', (status) => resolve({ status: status ?? 1, tail }));
  });
}

/** Enough for mocha's first failures with their stacks. */
const KEPT_CHARS = 60_000;

/** The part of a mocha run's output worth repeating: from "N failing" on (else the last lines). */
export function failureReport(tail, maxLines = 40) {
  const at = tail.search(/^\s*\d+ failing/m);
  const lines = (at >= 0 ? tail.slice(at) : tail).split('\n');
  return (at >= 0 ? lines.slice(0, maxLines) : lines.slice(-maxLines)).join('\n');
}
