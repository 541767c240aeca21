// The log travels in git: appends on two branches merge without conflict and verify.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { appendRecord, loadLog } from '../../../src/node/log-store.js';
import { tempDir, exchange } from './helpers/tmp.js';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd },
  });
}

describe('log merges in git', function () {
  this.timeout(30_000);
  let t: ReturnType<typeof tempDir>;
  let log: string;
  beforeEach(async () => {
    t = tempDir();
    git(t.dir, 'init', '-q', '-b', 'main');
    log = join(t.dir, '.liaison/log');
    await appendRecord(log, exchange({ summary: 'Kick-off' }), { writer: 'laptop' });
    await appendRecord(log, exchange({ summary: 'Devis signé', direction: 'to-client' }), { writer: 'laptop' });
    git(t.dir, 'add', '-A');
    git(t.dir, 'commit', '-q', '-m', 'log');
  });
  afterEach(() => t.cleanup());

  async function branches(writerA: string, writerB: string) {
    git(t.dir, 'checkout', '-q', '-b', 'other');
    for (let i = 0; i < 3; i++) await appendRecord(log, exchange({ summary: `other ${i}` }), { writer: writerB });
    git(t.dir, 'add', '-A');
    git(t.dir, 'commit', '-q', '-m', 'other side');
    git(t.dir, 'checkout', '-q', 'main');
    for (let i = 0; i < 2; i++) await appendRecord(log, exchange({ summary: `main ${i}` }), { writer: writerA });
    git(t.dir, 'add', '-A');
    git(t.dir, 'commit', '-q', '-m', 'main side');
    git(t.dir, 'merge', '-q', '--no-edit', 'other'); // throws on conflict
    assert.equal(git(t.dir, 'status', '--porcelain'), '', 'clean after merge');
    return loadLog(log);
  }

  it('two machines (two writers) on two branches: merged log keeps every record and verifies', async () => {
    const merged = await branches('laptop', 'desk');
    assert.deepEqual(merged.issues, []);
    assert.equal(merged.records.length, 7);
    assert.deepEqual(merged.files, ['desk.jsonl', 'laptop.jsonl']);
  });

  it('one writer on two branches: the union merge keeps every record; the fork is a warning naming both branches', async () => {
    const merged = await branches('laptop', 'laptop');
    assert.deepEqual(merged.issues.map(i => [i.severity, i.code]), [['warning', 'fork']]);
    assert.equal(merged.records.length, 7);
    // And appending after the merge still gives a valid log.
    await appendRecord(log, exchange({ summary: 'after merge' }), { writer: 'laptop' });
    const again = loadLog(log);
    assert.deepEqual(again.issues.map(i => i.code), ['fork']);
    assert.equal(again.records.length, 8);
  });

  it('a record deleted in a later commit is detected after the merge', async () => {
    await branches('laptop', 'laptop');
    const file = join(log, 'laptop.jsonl');
    const { readFileSync, writeFileSync } = await import('node:fs');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.splice(1, 1);
    writeFileSync(file, lines.join('\n'));
    const broken = loadLog(log);
    // Both branches' first records followed the deleted one: each is named.
    assert.equal(broken.issues.filter(i => i.code === 'missing-previous').length, 2);
    assert.equal(broken.records.length, 6);
  });
});
