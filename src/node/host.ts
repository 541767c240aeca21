// The Host port on Node: the writer id names this machine's chain (its file in the log folder).
// It is stable per machine and user: stored in the user's config dir, created on first use.
// LIAISON_WRITER overrides it (tests, or a second chain on purpose). It is random, so nothing
// personal is committed with the project.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { WRITER_ID } from '../core/log/record.js';
import type { Host } from '../core/ports.js';

export function configDir(): string {
  if (process.env.LIAISON_CONFIG_DIR) return process.env.LIAISON_CONFIG_DIR;
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'liaison');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'liaison');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'liaison');
}

export function writerId(): string {
  const env = process.env.LIAISON_WRITER;
  if (env) {
    if (!WRITER_ID.test(env)) throw new Error(`LIAISON_WRITER "${env}" must be letters, digits, ".", "_" or "-" (at most 64)`);
    return env;
  }
  const file = join(configDir(), 'writer-id');
  try {
    const id = readFileSync(file, 'utf8').trim();
    if (WRITER_ID.test(id)) return id;
  } catch { /* first use */ }
  const id = 'w-' + randomBytes(5).toString('hex');
  try {
    mkdirSync(configDir(), { recursive: true });
    writeFileSync(file, id + '\n', { flag: 'wx' });
  } catch {
    // Another process created it first, or the config dir is read-only: use what is there.
    try {
      const existing = readFileSync(file, 'utf8').trim();
      if (WRITER_ID.test(existing)) return existing;
    } catch { /* fall through */ }
  }
  return id;
}

export const nodeHost: Host = { writerId, configDir, randomHex: n => randomBytes(n).toString('hex') };
