#!/usr/bin/env node
// Builds, then runs the mocha suites of dist/test/integration/ inside a real VS Code.
//   node scripts/run-integration.mjs [--grep <pattern>] [--screenshots] [--no-build] [--verbose]
// Host: @vscode/test-electron where VS Code can be downloaded, else code-server (set up on first
// use); LIAISON_VSCODE_HOST=electron|code-server forces one. Suites named *.nofolder.test.ts run
// in a second window with no folder open; the others in a fresh copy of test/fixtures/workspace.
// Exit 0 only when every run passed; a VS Code that could not start is a failure, never a skip.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostPaths, hostReady, repoRoot } from './lib/host-paths.mjs';

function parseArgs(argv) {
  const o = { grep: process.env.LIAISON_TEST_GREP || '', screenshots: !!process.env.LIAISON_SCREENSHOTS, build: true, verbose: !!process.env.VERBOSE };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--grep' || a === '-g') o.grep = argv[++i] ?? '';
    else if (a.startsWith('--grep=')) o.grep = a.slice(7);
    else if (a === '--screenshots') o.screenshots = true;
    else if (a === '--no-build') o.build = false;
    else if (a === '--verbose') o.verbose = true;
    else if (a === '--host') o.host = argv[++i];
    else { console.error(`unknown argument: ${a}\nusage: run-integration [--grep <pattern>] [--screenshots] [--no-build] [--host electron|code-server] [--verbose]`); process.exit(2); }
  }
  return o;
}

/** Can VS Code be downloaded from here? A short probe, so offline machines decide fast. */
async function canDownloadVSCode() {
  try {
    const r = await fetch('https://update.code.visualstudio.com/api/releases/stable', { signal: AbortSignal.timeout(4000) });
    return r.ok;
  } catch { return false; }
}

async function chooseHost(forced) {
  const h = forced || process.env.LIAISON_VSCODE_HOST;
  if (h) {
    if (h !== 'electron' && h !== 'code-server') { console.error(`LIAISON_VSCODE_HOST must be electron or code-server, not ${h}`); process.exit(2); }
    return h;
  }
  return (await canDownloadVSCode()) ? 'electron' : 'code-server';
}

export async function runIntegration(argv = []) {
  const o = parseArgs(argv);
  if (o.build) {
    // A renamed or deleted suite must not keep running from a stale bundle.
    rmSync(join(repoRoot, 'dist', 'test', 'integration'), { recursive: true, force: true });
    const b = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, stdio: 'inherit' });
    if (b.status !== 0) { console.error('[integration] build failed'); return 1; }
  }
  const testsPath = join(repoRoot, 'dist', 'test', 'integration');
  const files = existsSync(testsPath) ? readdirSync(testsPath).filter(f => f.endsWith('.test.js')) : [];
  if (!existsSync(join(testsPath, 'index.js')) || !files.length) { console.error(`[integration] no suites built in ${testsPath}`); return 1; }
  const sets = [
    { name: 'folder', files: files.filter(f => !f.endsWith('.nofolder.test.js')) },
    { name: 'nofolder', files: files.filter(f => f.endsWith('.nofolder.test.js')) },
  ].filter(s => s.files.length);

  const host = await chooseHost(o.host);
  let paths;
  if (host === 'code-server') {
    if (!hostReady()) {
      console.log('[integration] code-server host missing: setting it up (one time, a few minutes)');
      const { setupHost } = await import('./setup-vscode-host.mjs');
      try { setupHost(); } catch (e) { console.error(`[integration] host setup failed: ${e.message}`); return 1; }
    }
    paths = hostPaths();
  }
  const timeoutMs = Number(process.env.LIAISON_TEST_TIMEOUT_MS || 300000);
  const screenshotDir = o.screenshots ? join(repoRoot, 'media') : undefined;
  const results = [];
  for (const set of sets) {
    const tmp = mkdtempSync(join(tmpdir(), `liaison-it-${set.name}-`));
    let folder;
    if (set.name === 'folder') {
      folder = join(tmp, 'workspace');
      cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
    }
    const failuresFile = join(tmp, 'failures.txt');
    const testEnv = { LIAISON_TEST_SET: set.name, LIAISON_TEST_GREP: o.grep, LIAISON_TEST_HOST: host, LIAISON_TEST_FAILURES: failuresFile,
      // The workspace is a copy in a temporary folder, which may itself sit in a git work tree
      // (a CI checkout's tmp): like git, the extension does not look for a repository above it.
      GIT_CEILING_DIRECTORIES: tmp };
    console.log(`\n[integration] host ${host}, set "${set.name}" (${set.files.join(', ')})${folder ? ` in ${folder}` : ', no folder open'}${o.grep ? `, grep /${o.grep}/` : ''}`);
    const started = Date.now();
    let code;
    let failures = '';
    try {
      const args = { paths, tmp, extPath: repoRoot, testsPath, folder, testEnv, timeoutMs, screenshotDir, verbose: o.verbose };
      code = host === 'code-server'
        ? await (await import('./lib/code-server-tests.mjs')).runInCodeServer(args)
        : await (await import('./lib/electron-tests.mjs')).runInElectron(args);
    } catch (e) {
      console.error(`[integration] ${set.name}: ${e.message}`);
      code = 3;
    } finally {
      failures = existsSync(failuresFile) ? readFileSync(failuresFile, 'utf8') : '';
      if (!process.env.KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
    }
    results.push({ set: set.name, code, failures, secs: ((Date.now() - started) / 1000).toFixed(1) });
  }
  console.log('\n[integration] summary:');
  for (const r of results) {
    console.log(`  ${r.set.padEnd(9)} ${r.code === 0 ? 'passed' : r.code === 1 ? 'FAILED (test failures)' : `FAILED (exit ${r.code}: VS Code did not complete the run)`} in ${r.secs} s`);
    if (r.failures) console.log(r.failures.split('\n').map(l => `      ${l}`).join('\n'));
  }
  return results.every(r => r.code === 0) ? 0 : 1;
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  process.exit(await runIntegration(process.argv.slice(2)));
}
