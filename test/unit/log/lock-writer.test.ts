import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { withLock, LockTimeoutError } from '../../../src/node/lock.js';
import { writerId } from '../../../src/node/host.js';
import { tempDir } from './helpers/tmp.js';

describe('log lock and writer id', () => {
  let t: ReturnType<typeof tempDir>;
  const env = { ...process.env };
  beforeEach(() => { t = tempDir(); });
  afterEach(() => { t.cleanup(); process.env = { ...env }; });

  it('breaks a lock left by a dead process on this host', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const lock = join(t.dir, 'w.jsonl.lock');
    writeFileSync(lock, `${dead}\n${hostname()}\nabc\n`);
    assert.equal(await withLock(lock, () => 42, 2000), 42);
    assert.ok(!existsSync(lock));
  });

  it('breaks an empty lock (its creator died before writing it) after a short while', async () => {
    const lock = join(t.dir, 'w.jsonl.lock');
    writeFileSync(lock, '');
    const old = new Date(Date.now() - 5000);
    utimesSync(lock, old, old);
    assert.equal(await withLock(lock, () => 'ok', 2000), 'ok');
  });

  it('waits for a live holder and gives a clear error when it never lets go', async () => {
    const lock = join(t.dir, 'w.jsonl.lock');
    writeFileSync(lock, `${process.pid}\n${hostname()}\nlive\n`);
    await assert.rejects(withLock(lock, () => 1, 300), (e: unknown) => e instanceof LockTimeoutError && /held the log lock/.test((e as Error).message));
    assert.equal(readFileSync(lock, 'utf8'), `${process.pid}\n${hostname()}\nlive\n`, 'a live lock is never broken');
  });

  it('keeps one random writer id per machine in the config dir; LIAISON_WRITER overrides it', () => {
    delete process.env.LIAISON_WRITER;
    process.env.LIAISON_CONFIG_DIR = join(t.dir, 'cfg');
    const a = writerId();
    assert.match(a, /^w-[0-9a-f]{10}$/);
    assert.equal(writerId(), a);
    assert.equal(readFileSync(join(t.dir, 'cfg', 'writer-id'), 'utf8').trim(), a);
    process.env.LIAISON_WRITER = 'laptop-2';
    assert.equal(writerId(), 'laptop-2');
    process.env.LIAISON_WRITER = '../escape';
    assert.throws(() => writerId(), /LIAISON_WRITER/);
  });
});
