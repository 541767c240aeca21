// The CLI's bundles (dist/cli-*.js, the lint worker's code) are loaded through here so that V8
// compiles them once per version, not on every run: on Node >= 22.1 by module.enableCompileCache,
// on Node 20 by V8's code cache (vm.Script cachedData), written after the run so it also holds the
// functions compiled while it ran: 20-25 ms of CPU saved on a `liaison log search`, ~7 % of a
// full `liaison lint` (bench/README.md, fourth session). The cache is in the user's cache folder (else a private folder in the OS
// temp), never in the workspace; any problem with it (missing, corrupt, rejected by V8, read-only
// disk) only means compiling as before. NODE_DISABLE_COMPILE_CACHE=1 turns it off, as in Node.
import Module, { createRequire } from 'node:module';
import { Script } from 'node:vm';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { isMainThread, threadId } from 'node:worker_threads';

/** Where the cache goes: the platform's per-user cache folder, else a folder of this user's in the OS temp. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform, home: string | null = safeHome()): string {
  const base = platform === 'win32' ? env.LOCALAPPDATA
    : platform === 'darwin' ? home && join(home, 'Library', 'Caches')
    : env.XDG_CACHE_HOME || (home && join(home, '.cache'));
  if (base) return join(base, 'liaison', 'compile-cache');
  return join(tmpdir(), `liaison-compile-cache-${safeUser()}`);
}

function safeHome(): string | null {
  try { return homedir() || null; } catch { return null; }
}
function safeUser(): string {
  try { return userInfo().username.replace(/[^\w.-]/g, '_'); } catch { return 'user'; }
}

const disabled = (env = process.env) => !!env.NODE_DISABLE_COMPILE_CACHE && env.NODE_DISABLE_COMPILE_CACHE !== '0';

type NodeModule = Module & { filename: string; paths: string[]; loaded: boolean };
const ModuleStatics = Module as unknown as { _nodeModulePaths(dir: string): string[]; _cache: Record<string, Module> };

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/** The bundles loaded this run: their script, and how long the run that wrote their cache had run (ms; -1: no usable cache). */
const pending = new Map<string, { script: Script; savedAfter: number }>();

// A cache file is a small header (MAGIC, then the ms the run writing it had run) and V8's data.
// A run much longer than that one (a full lint after a first `lint --help`) has compiled more
// functions: it writes the cache again, so the lint does not compile them lazily on every run.
const MAGIC = 0x4c434331; // "LCC1"
const HEADER = 8;
const worthRewriting = (savedAfter: number, now: number) => savedAfter < 0 || now > 2 * savedAfter + 500;

/** A private folder for the cache (owner-only, and ours: a folder in a shared temp someone else made is not used). */
function ensureDir(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = statSync(dir);
    return st.isDirectory() && (typeof process.getuid !== 'function' || st.uid === process.getuid()) && (process.platform === 'win32' || (st.mode & 0o022) === 0);
  } catch { return false; }
}

let enabledByNode: boolean | undefined;
/** Node >= 22.1 caches every module loaded after this call by itself. */
function nodeCompileCache(dir: string): boolean {
  if (enabledByNode !== undefined) return enabledByNode;
  const enable = (Module as unknown as { enableCompileCache?: (dir: string) => { status: number } }).enableCompileCache;
  enabledByNode = false;
  if (typeof enable === 'function') {
    try { enabledByNode = enable(dir).status !== 0 /* FAILED */; } catch { /* compile as before */ }
  }
  return enabledByNode;
}

/**
 * `require(file)` for one of the CLI's own bundles (CommonJS), compiled from the cache when it
 * holds this exact file for this Node. Returns the module's exports.
 */
export function loadBundle(file: string, env: NodeJS.ProcessEnv = process.env, dir = cacheDir(env)): unknown {
  const cached = ModuleStatics._cache[file];
  if (cached) return cached.exports;
  if (disabled(env) || !ensureDir(dir) || nodeCompileCache(dir)) return createRequire(__filename)(file);
  let source: string, key: string;
  try {
    source = readFileSync(file, 'utf8');
    const st = statSync(file);
    // V8 checks a cache against little more than its source's length: the build's size and time are in the name.
    key = join(dir, `${hash(file)}-${hash(`${st.size}\0${st.mtimeMs}\0${process.version}\0${process.arch}`)}.bin`);
  } catch { return createRequire(__filename)(file); }
  let cachedData: Buffer | undefined;
  let savedAfter = -1;
  try {
    const raw = readFileSync(key);
    if (raw.length > HEADER && raw.readUInt32LE(0) === MAGIC) { cachedData = raw.subarray(HEADER); savedAfter = raw.readUInt32LE(4); }
  } catch { /* first run of this build */ }
  const m = new Module(file, module) as NodeModule;
  m.filename = file;
  m.paths = ModuleStatics._nodeModulePaths(dirname(file));
  const script = new Script(Module.wrap(source.startsWith('#!') ? '//' + source : source), { filename: file, cachedData });
  // The main thread saves when the process exits; a worker says when (lint-worker-boot.ts).
  if (!pending.size && isMainThread) process.once('exit', () => saveCompileCache());
  pending.set(key, { script, savedAfter: !cachedData || script.cachedDataRejected ? -1 : savedAfter });
  ModuleStatics._cache[file] = m;
  try {
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => void;
    wrapper.call(m.exports, m.exports, createRequire(file), m, file, dirname(file));
  } catch (e) {
    delete ModuleStatics._cache[file];
    throw e;
  }
  m.loaded = true;
  return m.exports;
}

/**
 * Writes the code of the bundles loaded without a usable cache, or whose cache a much shorter run
 * wrote (each file whole or not at all). `now`: how long this run has run (ms). Never throws.
 */
export function saveCompileCache(now = performance.now()): void {
  for (const [key, { script, savedAfter }] of pending) {
    if (!worthRewriting(savedAfter, now)) continue;
    try {
      const tmp = `${key}.${process.pid}-${threadId}.tmp`;
      const header = Buffer.alloc(HEADER);
      header.writeUInt32LE(MAGIC, 0);
      header.writeUInt32LE(Math.min(0xffffffff, Math.round(now)), 4);
      writeFileSync(tmp, Buffer.concat([header, script.createCachedData()]));
      renameSync(tmp, key);
      // One file per bundle: the caches of its earlier builds go.
      const [dir, name] = [dirname(key), basename(key)];
      const own = name.slice(0, name.indexOf('-') + 1);
      for (const old of readdirSync(dir)) if (old.startsWith(own) && old !== name && old.endsWith('.bin')) rmSync(join(dir, old), { force: true });
    } catch { /* compile again next time */ }
  }
  pending.clear();
}
