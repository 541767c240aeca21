// Shared by `npm test` and `npm start`: make a fresh clone runnable (install dependencies when
// node_modules is missing or older than package-lock.json) and run local tools.
import { spawnSync } from 'node:child_process';
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

/** Runs a command in the repo with node_modules/.bin on PATH; returns its exit code. */
export function run(cmd, args, opts = {}) {
  const env = { ...process.env, PATH: join(repoRoot, 'node_modules', '.bin') + delimiter + process.env.PATH, ...opts.env };
  const r = spawnSync(cmd, args, { cwd: repoRoot, stdio: 'inherit', env });
  if (r.error) console.error(`[bootstrap] ${cmd}: ${r.error.message}`);
  return r.status ?? 1;
}
