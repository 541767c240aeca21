// The code-server host: VS Code 1.139 (bundled by the npm package code-server) served on
// loopback, its web workbench opened by Debian's chromium through playwright-core. The extension
// runs in code-server's Node extension host. Used by the test runner and by `npm start`.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const freePort = () => new Promise((res, rej) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); });
  s.on('error', rej);
});

// HOME, XDG dirs and TMPDIR inside `tmp`: code-server, chromium and VS Code's git extension
// otherwise leave state in the real home and sockets in /tmp.
export function isolatedEnv(tmp, extra = {}) {
  const home = join(tmp, 'home');
  mkdirSync(home, { recursive: true });
  return {
    ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share'),
    XDG_CACHE_HOME: join(home, '.cache'), XDG_RUNTIME_DIR: tmp, TMPDIR: tmp, ...extra,
  };
}

// Servers still running: killed (their whole group) if this process is interrupted, or dies on
// an error, so no code-server outlives the run that started it.
const live = new Set();
let guarded = false;
function guardExit() {
  if (guarded) return;
  guarded = true;
  const killAll = () => { for (const pid of live) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } } live.clear(); };
  process.on('exit', killAll);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => { if (process.listenerCount(sig) === 1) { killAll(); process.exit(130); } });
  }
  // Output piped into `head` closes early: keep going (and clean up) rather than die on EPIPE.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', e => { if (e.code !== 'EPIPE') throw e; });
}

/**
 * Starts code-server in its own process group. `testDriver` adds the option without which the
 * built workbench ignores extensionDevelopmentPath/extensionTestsPath in the URL payload.
 */
export async function startCodeServer({ paths, tmp, env, port, extensionsDir, testDriver = true, verbose = false }) {
  port ??= await freePort();
  writeUserSettings(join(tmp, 'user-data'));
  const args = [join(paths.codeServerDir, 'out', 'node', 'entry.js'),
    '--config', join(tmp, 'config.yaml'), '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', join(tmp, 'user-data'), '--extensions-dir', extensionsDir ?? join(tmp, 'extensions')];
  if (testDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  guardExit();
  const server = spawn(paths.node24, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  live.add(server.pid);
  const log = [];
  const onOut = d => { log.push(String(d)); if (verbose) process.stderr.write('[code-server] ' + d); };
  server.stdout.on('data', onOut);
  server.stderr.on('data', onOut);
  const exited = new Promise(r => server.once('exit', (code, sig) => r(code ?? sig)));
  const cs = {
    port, authority: `127.0.0.1:${port}`, url: `http://127.0.0.1:${port}/`, server, log, exited,
    remote: p => `vscode-remote://127.0.0.1:${port}${p}`,
    async stop() {
      // The whole group: the server, its extension host and agent host.
      try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
      await Promise.race([exited, new Promise(r => setTimeout(r, 2000))]);
      try { process.kill(-server.pid, 'SIGKILL'); } catch { /* already gone */ }
      live.delete(server.pid);
    },
  };
  try {
    await waitHealthy(cs, 60000);
  } catch (e) {
    await cs.stop();
    throw e;
  }
  return cs;
}

// A quiet, offline workbench: no AI/chat features, no gallery or update checks, no welcome page.
export function writeUserSettings(userData) {
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({
    'chat.disableAIFeatures': true, 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true, 'update.mode': 'none', 'telemetry.telemetryLevel': 'off',
    'workbench.startupEditor': 'none', 'workbench.secondarySideBar.defaultVisibility': 'hidden', 'workbench.tips.enabled': false, 'git.openRepositoryInParentFolders': 'never',
    // A test makes a .git folder in the workspace: VS Code's own git extension must not start scanning it.
    'git.enabled': false,
    'security.workspace.trust.enabled': false,
  }, null, 2));
}

async function waitHealthy(cs, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cs.server.exitCode !== null || cs.server.signalCode) throw new Error(`code-server exited early:\n${cs.log.join('')}`);
    try { if ((await fetch(cs.url + 'healthz')).ok) return; } catch { /* not up yet */ }
    await new Promise(r => setTimeout(r, 200));
  }
  throw new Error(`code-server not healthy after ${ms} ms:\n${cs.log.join('')}`);
}

export async function launchBrowser(paths, env) {
  const { chromium } = await import('playwright-core');
  // Debian's chromium; playwright gives it a fresh temporary profile. Never `playwright install`.
  return chromium.launch({
    executablePath: paths.chromium, headless: true, env,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** The workbench URL: a folder (or an empty window) plus the payload VS Code reads at startup. */
export function workbenchUrl(cs, { folder, payload = [] }) {
  const q = [folder ? `folder=${encodeURIComponent(folder).replace(/%2F/g, '/')}` : 'ew=true'];
  if (payload.length) q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${cs.url}?${q.join('&')}`;
}
