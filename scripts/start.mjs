#!/usr/bin/env node
// `npm start`: build, then open the extension in a real VS Code on sample/.
// - a local `code` on PATH: a new window with --extensionDevelopmentPath (the usual F5 setup);
// - otherwise the code-server host (set up on first use), serving on loopback until Ctrl-C,
//   with this checkout linked into its extensions folder.
//   node scripts/start.mjs [--code-server] [--port N] [--check] [--no-build]
// --check: start the code-server host, open the workbench headless, verify that Liaison was
// activated and its commands are in the palette, then stop; exit 0 when it works.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDependencies, run } from './lib/bootstrap.mjs';
import { hostPaths, hostReady, repoRoot } from './lib/host-paths.mjs';
import { isolatedEnv, launchBrowser, startCodeServer, workbenchUrl } from './lib/code-server-host.mjs';
import { openPalette, waitActivated } from './lib/workbench-check.mjs';

const argv = process.argv.slice(2);
const check = argv.includes('--check');
const forceCodeServer = check || argv.includes('--code-server') || process.env.LIAISON_VSCODE_HOST === 'code-server';
const portArg = argv.includes('--port') ? Number(argv[argv.indexOf('--port') + 1]) : Number(process.env.LIAISON_PORT || 0) || undefined;
const sample = join(repoRoot, 'sample');
const log = m => console.log(`[start] ${m}`);

if (!ensureDependencies()) { console.error('[start] npm ci failed'); process.exit(1); }
if (!argv.includes('--no-build') && run(process.execPath, ['esbuild.mjs']) !== 0) { console.error('[start] build failed'); process.exit(1); }

const hasCode = !forceCodeServer && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  log(`opening ${sample} in VS Code with the extension from ${repoRoot}`);
  process.exit(run('code', ['--new-window', `--extensionDevelopmentPath=${repoRoot}`, sample]));
}

if (!hostReady()) {
  log('no `code` on PATH: setting up the code-server host (one time, a few minutes)');
  const { setupHost } = await import('./setup-vscode-host.mjs');
  try { setupHost(); } catch (e) { console.error(`[start] host setup failed: ${e.message}`); process.exit(1); }
}
const paths = hostPaths();
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const extId = `${pkg.publisher}.${pkg.name}`;

// State lives in .cache/start (git-ignored): settings and open editors survive a restart,
// nothing lands in the real HOME. --check uses a throwaway one.
const state = check ? join(paths.cache, `start-check-${process.pid}`) : join(repoRoot, '.cache', 'start');
const extensionsDir = join(state, 'extensions');
// The checkout itself is the installed extension: a rebuild plus a window reload picks changes up.
rmSync(extensionsDir, { recursive: true, force: true });
mkdirSync(extensionsDir, { recursive: true });
symlinkSync(repoRoot, join(extensionsDir, `${extId}-${pkg.version}`), 'dir');

const env = isolatedEnv(state);
const cs = await startCodeServer({ paths, tmp: state, env, port: portArg, extensionsDir, testDriver: false });
const url = workbenchUrl(cs, { folder: sample });
let stopping = false;
const stop = async (code) => {
  if (stopping) return;
  stopping = true;
  if (!check) log('stopping code-server');
  await cs.stop();
  if (check) rmSync(state, { recursive: true, force: true });
  process.exit(code);
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

if (!check) {
  log(`Liaison is running in VS Code ${readVersion()} (code-server) on ${sample}`);
  log(`open ${url}`);
  log('Ctrl-C to stop');
  cs.exited.then(c => { if (!stopping) { console.error(`[start] code-server exited (${c})`); process.exit(1); } });
} else {
  let ok = false;
  try { ok = await checkLoaded(url, join(state, 'user-data', 'logs')); } catch (e) { console.error(`[start --check] ${e.message}`); }
  log(ok ? 'check passed: Liaison is loaded in the workbench' : 'check FAILED');
  await stop(ok ? 0 : 1);
}

function readVersion() {
  try { return JSON.parse(readFileSync(join(paths.codeServerDir, 'lib', 'vscode', 'package.json'), 'utf8')).version; } catch { return ''; }
}

/** Opens the workbench the way a user would and checks Liaison is really there. */
async function checkLoaded(pageUrl, logsDir) {
  const browser = await launchBrowser(paths, env);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(pageUrl);
    // 1. The extension host activated it (sample/ holds .liaison/profile.json).
    const activated = await waitActivated(logsDir, extId);
    log(activated ? `extension host log: ${activated}` : 'the extension host never activated Liaison');
    // 2. Its commands are in the command palette.
    const rows = await openPalette(page, 'Liaison: ', 'Liaison');
    log(rows ? `command palette lists Liaison commands (${rows} rows visible)` : 'no Liaison command in the palette');
    return !!activated && rows > 0;
  } finally {
    await browser.close().catch(() => undefined);
  }
}
