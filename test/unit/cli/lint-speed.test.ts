// `liaison lint` on worker threads and with --cache, as a user runs it (the built dist/cli.js):
// the report must be byte for byte the one a single-threaded, uncached run gives, on EN and FR notes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'dist/cli.js');
const fixtures = ['good', 'bad'].map(d => join(root, 'test/fixtures/lint', d));

function run(cwd: string, env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, [cli, 'lint', ...args], {
    cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', LIAISON_TODAY: '2026-11-20', LIAISON_LINT_STATS: '1', ...env },
  });
  const stats = /liaison lint stats: workers=(\d+) cache-hits=(\d+) cache-misses=(\d+) cache-rebuilt=(\w+)/.exec(r.stderr);
  assert.ok(stats, `no stats line from liaison lint (exit ${r.status}): ${r.stderr}`);
  return {
    code: r.status, out: r.stdout, err: r.stderr.replace(/liaison lint stats:.*\n/, ''),
    workers: Number(stats?.[1]), hits: Number(stats?.[2]), misses: Number(stats?.[3]), rebuilt: stats?.[4] === 'true',
  };
}

describe('liaison lint: worker threads and --cache (CLI)', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    // 3 copies of every good and bad fixture (EN and FR): enough notes for the pool to start workers.
    dir = mkdtempSync(join(tmpdir(), 'liaison-speed-'));
    for (let i = 0; i < 3; i++) {
      for (const d of fixtures) for (const f of readdirSync(d).filter(n => n.endsWith('.md'))) cpSync(join(d, f), join(dir, `${i}-${f}`));
    }
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  for (const format of ['stylish', 'json']) {
    it(`${format}: the parallel report is the single-threaded one, same order and exit code`, () => {
      const single = run(dir, { LIAISON_LINT_WORKERS: '0' }, '--format', format, '--no-color');
      const parallel = run(dir, { LIAISON_LINT_WORKERS: '1' }, '--format', format, '--no-color');
      assert.equal(single.workers, 0);
      assert.equal(parallel.workers, 1, 'the pool started a worker');
      assert.equal(parallel.code, single.code);
      assert.equal(single.code, 1, 'the bad fixtures have error-level findings');
      assert.match(single.out, /unfilled-placeholder/);
      assert.match(single.out, /vague-timing/);
      assert.equal(parallel.out, single.out);
      assert.equal(parallel.err, single.err);
    });
  }

  it('--jobs 2 lints on a worker even on a busy machine, same report; --jobs 1 on one thread; --jobs 0 is a usage error', () => {
    const single = run(dir, { LIAISON_LINT_WORKERS: '0' }, '--format', 'json');
    const two = run(dir, {}, '--jobs', '2', '--format', 'json');
    assert.equal(two.workers, 1);
    assert.equal(two.out, single.out);
    assert.equal(two.code, single.code);
    assert.equal(run(dir, { LIAISON_LINT_WORKERS: '1' }, '-j', '1').workers, 0, '--jobs wins over the environment');
    const zero = spawnSync(process.execPath, [cli, 'lint', '--jobs', '0'], { cwd: dir, encoding: 'utf8' });
    assert.equal(zero.status, 2);
    assert.match(zero.stderr, /--jobs expects a whole number >= 1, got "0"/);
  });

  it('--cache: a re-run reads every unchanged note back, with the same report', () => {
    const plain = run(dir, {}, '--format', 'json');
    const first = run(dir, {}, '--cache', '--format', 'json');
    assert.ok(existsSync(join(dir, '.liaisoncache')));
    const count = first.misses;
    assert.ok(count >= 40, `${count} notes linted`);
    assert.equal(first.out, plain.out);
    const second = run(dir, {}, '--cache', '--format', 'json');
    assert.deepEqual([second.hits, second.misses], [count, 0]);
    assert.equal(second.out, plain.out);
    assert.equal(second.code, plain.code);
  });

  it('--cache: an edited note, another day or another message language is linted again', () => {
    const count = run(dir, {}, '--cache').misses;
    const note = join(dir, '0-status-fr-vague.md');
    writeFileSync(note, readFileSync(note, 'utf8').replace('# ', '# Point : '));
    const edited = run(dir, {}, '--cache', '--format', 'json');
    assert.deepEqual([edited.hits, edited.misses], [count - 1, 1]);
    assert.equal(edited.out, run(dir, {}, '--format', 'json').out);
    // Findings such as "the next contact has passed" depend on the day.
    const later = run(dir, { LIAISON_TODAY: '2026-12-20' }, '--cache', '--format', 'json');
    assert.deepEqual([later.hits, later.misses], [0, count]);
    assert.equal(later.out, run(dir, { LIAISON_TODAY: '2026-12-20' }, '--format', 'json').out);
    const fr = run(dir, { LIAISON_TODAY: '2026-12-20' }, '--cache', '--lang', 'fr', '--format', 'json');
    assert.equal(fr.hits, 0);
    assert.notEqual(fr.out, later.out, 'the French messages, not the cached English ones');
  });

  it('--cache: a garbage cache file is ignored and rebuilt, the report is unchanged', () => {
    const plain = run(dir, {}, '--no-color');
    writeFileSync(join(dir, '.liaisoncache'), '\u0000{not json at all');
    const r = run(dir, {}, '--cache', '--no-color');
    assert.equal(r.rebuilt, true);
    assert.equal(r.hits, 0);
    const count = r.misses;
    assert.equal(r.out, plain.out);
    assert.equal(r.code, plain.code);
    const again = run(dir, {}, '--cache', '--no-color');
    assert.deepEqual([again.hits, again.rebuilt], [count, false], 'the rebuilt cache is valid');
  });

  it('--cache: a cache from another version is never trusted, even with matching keys', () => {
    run(dir, {}, '--cache');
    const file = join(dir, '.liaisoncache');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { linter: string; entries: Record<string, { messages: Array<{ reason: string }> }> };
    // Another linter build wrote it: its findings (here forged) must not be reported.
    data.linter = 'another-version';
    for (const e of Object.values(data.entries)) for (const m of e.messages) m.reason = 'FORGED';
    writeFileSync(file, JSON.stringify(data));
    const r = run(dir, {}, '--cache', '--format', 'json');
    assert.equal(r.rebuilt, true);
    assert.equal(r.hits, 0);
    assert.doesNotMatch(r.out, /FORGED/);
    assert.equal(r.out, run(dir, {}, '--format', 'json').out);
  });

  it('--cache: entries of the wrong shape are linted again', () => {
    const count = run(dir, {}, '--cache').misses;
    const file = join(dir, '.liaisoncache');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { messages: unknown }> };
    for (const e of Object.values(data.entries)) e.messages = [{ reason: 42 }];
    writeFileSync(file, JSON.stringify(data));
    const r = run(dir, {}, '--cache', '--format', 'json');
    assert.deepEqual([r.hits, r.misses], [0, count]);
    assert.equal(r.out, run(dir, {}, '--format', 'json').out);
  });

  it('--cache-location: writes the cache where asked, not in the current folder', () => {
    const r = run(dir, {}, '--cache', '--cache-location', 'sub-cache.json');
    assert.equal(r.code, 1);
    const count = r.misses;
    assert.ok(existsSync(join(dir, 'sub-cache.json')));
    assert.ok(!existsSync(join(dir, '.liaisoncache')));
    assert.equal(run(dir, {}, '--cache', '--cache-location', 'sub-cache.json').hits, count);
  });
});
