// The CLI's bundles load through a compile cache (src/cli/compile-cache.ts): what a user would
// notice is that every load gives the same module, that nothing goes into the workspace, and that a
// broken, foreign or unusable cache never stops the CLI. On Node 20 the cache is V8's code cache in
// files of our own, checked here file by file; Node >= 22.1 keeps its own (module.enableCompileCache).
import assert from 'node:assert/strict';
import Module from 'node:module';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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
  const inChild = () => {
    const code = `const c = require(${JSON.stringify(join(__dirname, '../../../src/cli/compile-cache.ts'))});` +
      `const m = c.loadBundle(${JSON.stringify(bundle)}, {}, ${JSON.stringify(dir)}); c.saveCompileCache(); process.stdout.write(String(m.answer()));`;
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
});
