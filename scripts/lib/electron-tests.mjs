// The electron host: a downloaded VS Code (stable, or LIAISON_VSCODE_VERSION) through
// @vscode/test-electron, under xvfb-run on Linux when there is no display.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { repoRoot } from './host-paths.mjs';
import { isolatedEnv, writeUserSettings } from './code-server-host.mjs';

const child = fileURLToPath(new URL('./electron-child.mjs', import.meta.url));

export async function runInElectron({ tmp, extPath, testsPath, folder, testEnv, timeoutMs }) {
  const config = JSON.stringify({ extPath, testsPath, folder, testEnv, tmp, cachePath: join(repoRoot, '.vscode-test'),
    version: process.env.LIAISON_VSCODE_VERSION || 'stable' });
  let cmd = process.execPath, args = [child];
  if (process.platform === 'linux' && !process.env.DISPLAY) {
    if (spawnSync('xvfb-run', ['--help']).error) throw new Error('no display and no xvfb-run: apt-get install xvfb');
    cmd = 'xvfb-run';
    args = ['-a', process.execPath, child];
  }
  writeUserSettings(join(tmp, 'user-data'));
  // VS Code, its extension host and xvfb all get the temporary HOME, XDG dirs and TMPDIR.
  const p = spawn(cmd, args, { stdio: 'inherit', detached: true, env: isolatedEnv(tmp, { LIAISON_ELECTRON_CONFIG: config }) });
  let timer;
  const code = await Promise.race([
    new Promise(r => p.once('exit', (c, s) => r(c ?? (s ? 1 : 0)))),
    new Promise(r => { timer = setTimeout(() => r('timeout'), timeoutMs); }),
  ]);
  clearTimeout(timer);
  if (code === 'timeout') {
    try { process.kill(-p.pid, 'SIGKILL'); } catch { /* gone */ }
    throw new Error(`TIMEOUT: no result from VS Code after ${timeoutMs} ms`);
  }
  return code;
}
