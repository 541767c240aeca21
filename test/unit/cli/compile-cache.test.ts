// The CLI's bundles load through a compile cache (src/cli/compile-cache.ts): what a user would
// notice is that every load gives the same module, that nothing goes into the workspace, and that a
// broken, foreign or unusable cache never stops the CLI. On Node 20 the cache is V8's code cache in
// files of our own, checked here file by file; Node >= 22.1 keeps its own (module.enableCompileCache).
import assert from 'node:assert/strict';
import Module from 'node:module';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { cacheDir, loadBundle, saveCompileCache } from '../../../src/cli/compile-cache.js';

const ownFiles = typeof (Module as unknown as { enableCompileCache?: unknown }).enableCompileCache !== 'function';
const requireCache = (Module as unknown as { _cache: Record<string, unknown> })._cache;

describe('compile-cache: the CLI bundles compiled once per build', () => {
  let root: string;
  let bundle: string;
  let dir: string;
  const env = {};
  const load = (file = bundle, d = dir, e: NodeJS.ProcessEnv = env) => { delete requireCache[file]; return loadBundle(file, e, d) as { sep: string; answer(): number; name: string }; };
  /** Loads the bundle in a new Node process (as the CLI does: one load a run) and returns answer(). */
  const inChild = (ranMs = 100) => {
    const code = `const c = require(${JSON.stringify(join(__dirname, '../../../src/cli/compile-cache.ts'))});` +
      `const m = c.loadBundle(${JSON.stringify(bundle)}, {}, ${JSON.stringify(dir)}); c.saveCompileCache(${ranMs}); process.stdout.write(String(m.answer()));`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', code], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return Number(r.stdout);
  };
  const bins = (d = dir) => { try { return readdirSync(d).filter(f => f.endsWith('.bin')).sort(); } catch { return []; } };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'liaison-cc-'));
    bundle = join(root, 'cli-test.js');
    writeFileSync(bundle, "const { sep } = require('node:path');\nmodule.exports = { sep, answer: () => 6 * 7, name: __filename };\n");
    dir = join(root, 'cache');
  });
  afterEach(() => { delete requireCache[bundle]; rmSync(root, { recursive: true, force: true }); });

  it('gives the module its exports, require and __filename, first from source then from the cache', () => {
    const first = load();
    assert.deepEqual([first.sep, first.answer(), first.name], [join('a', 'b')[1], 42, bundle]);
    saveCompileCache();
    const saved = bins();
    if (ownFiles) assert.equal(saved.length, 1, 'one cache file for the bundle');
    const before = saved.map(f => statSync(join(dir, f)).mtimeMs);
    assert.equal(inChild(), 42, 'the next run, from the cache');
    assert.deepEqual(bins().map(f => statSync(join(dir, f)).mtimeMs), before, 'a cache V8 accepted is not written again');
  });

  it('a run much longer than the one that wrote the cache writes it again (it compiled more), once', () => {
    assert.equal(inChild(100), 42, 'a short run (`lint --help`) writes the first cache');
    const mtime = () => bins().map(f => statSync(join(dir, f)).mtimeMs);
    const short = bins().map(f => readFileSync(join(dir, f)).readUInt32LE(4));
    if (ownFiles) assert.deepEqual(short, [100]);
    assert.equal(inChild(150), 42);
    if (ownFiles) assert.deepEqual(bins().map(f => readFileSync(join(dir, f)).readUInt32LE(4)), [100], 'about as long: kept');
    assert.equal(inChild(6000), 42);
    if (ownFiles) assert.deepEqual(bins().map(f => readFileSync(join(dir, f)).readUInt32LE(4)), [6000], 'a full lint: written again');
    const after = mtime();
    assert.equal(inChild(6000), 42);
    assert.deepEqual(mtime(), after, 'and then left alone');
  });

  it('a corrupt cache file is rejected by V8 and rewritten; the module loads all the same', () => {
    // Separate processes: within one, V8 reuses the script it compiled and never reads the file again.
    assert.equal(inChild(), 42);
    for (const f of bins()) writeFileSync(join(dir, f), 'not V8 code at all');
    assert.equal(inChild(), 42);
    if (ownFiles) for (const f of bins()) assert.notEqual(readFileSync(join(dir, f), 'utf8'), 'not V8 code at all');
  });

  it('a new build of the bundle gets its own cache, and the old one goes', () => {
    load();
    saveCompileCache();
    const old = bins();
    writeFileSync(bundle, "module.exports = { sep: '', answer: () => 43, name: 'rebuilt' };\n");
    utimesSync(bundle, new Date(), new Date(Date.now() + 5000));
    assert.equal(load().answer(), 43, 'the new code runs, not the cached one');
    saveCompileCache();
    if (ownFiles) {
      assert.equal(bins().length, 1);
      assert.notDeepEqual(bins(), old);
    }
  });

  it('NODE_DISABLE_COMPILE_CACHE=1 compiles as before and writes nothing', () => {
    assert.equal(load(bundle, dir, { NODE_DISABLE_COMPILE_CACHE: '1' }).answer(), 42);
    saveCompileCache();
    assert.deepEqual(bins(), []);
  });

  it('a cache folder it cannot use (a file there, or writable by others) is left alone; the module loads', () => {
    writeFileSync(dir, 'a file, not a folder');
    assert.equal(load().answer(), 42);
    saveCompileCache();
    assert.equal(readFileSync(dir, 'utf8'), 'a file, not a folder');
    if (process.platform !== 'win32') {
      const shared = join(root, 'shared');
      mkdirSync(shared);
      chmodSync(shared, 0o777);
      assert.equal(load(bundle, shared).answer(), 42);
      saveCompileCache();
      assert.deepEqual(bins(shared), [], 'a folder others may write to is not trusted with code');
    }
  });

  it('the cache is in the user cache folder of each platform, else in a folder of the OS temp, never the workspace', () => {
    assert.equal(cacheDir({ XDG_CACHE_HOME: '/home/ana/.xdg' }, 'linux', '/home/ana'), join('/home/ana/.xdg', 'liaison', 'compile-cache'));
    assert.equal(cacheDir({}, 'linux', '/home/ana'), join('/home/ana', '.cache', 'liaison', 'compile-cache'));
    assert.equal(cacheDir({}, 'darwin', '/Users/ana'), join('/Users/ana', 'Library', 'Caches', 'liaison', 'compile-cache'));
    assert.equal(cacheDir({ LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' }, 'win32', 'C:\\Users\\ana'), join('C:\\Users\\ana\\AppData\\Local', 'liaison', 'compile-cache'));
    assert.ok(cacheDir({}, 'linux', null).startsWith(tmpdir()), 'no home: the OS temp');
    assert.ok(!cacheDir().startsWith(process.cwd() + '/'), 'not under the current folder');
  });

  it('liaison lint (the built CLI, main thread and a worker) reports the same with the cache cold, warm and off, and writes nothing in the workspace', function () {
    this.timeout(120_000);
    const repo = join(__dirname, '../../..');
    const cli = join(repo, 'dist/cli.js');
    assert.ok(existsSync(cli), 'build first: node esbuild.mjs');
    const ws = join(root, 'ws');
    mkdirSync(ws);
    const notes = ['good', 'bad'].map(d => join(repo, 'test/fixtures/lint', d));
    for (const d of notes) for (const f of readdirSync(d).filter(n => n.endsWith('.md'))) cpSync(join(d, f), join(ws, f));
    const xdg = join(root, 'xdg');
    const lint = (env: Record<string, string>) => {
      const r = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', '--jobs', '2'], {
        cwd: ws, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', LIAISON_TODAY: '2026-11-20', LIAISON_LINT_STATS: '1', XDG_CACHE_HOME: xdg, ...env },
      });
      return { code: r.status, out: r.stdout, err: r.stderr };
    };
    const before = readdirSync(ws).sort();
    const off = lint({ NODE_DISABLE_COMPILE_CACHE: '1' });
    assert.equal(off.code, 1, 'the bad fixtures have error-level findings');
    assert.match(off.out, /unfilled-placeholder/);
    assert.match(off.err, /liaison lint stats: workers=1 /, '67 notes and --jobs 2: one worker');
    assert.deepEqual(existsSync(xdg) ? readdirSync(xdg) : [], [], 'off: no cache written');
    const cold = lint({});
    const warm = lint({});
    assert.deepEqual(cold, off);
    assert.deepEqual(warm, off);
    if (ownFiles) assert.ok(bins(join(xdg, 'liaison', 'compile-cache')).length >= 2, 'the lint bundle and the worker\'s code are cached');
    assert.deepEqual(readdirSync(ws).sort(), before, 'nothing new in the workspace');
  });
});
