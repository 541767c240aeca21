// The log travels in git: appends on two branches merge without conflict and verify.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { appendRecord, loadLog } from '../../../src/node/log-store.js';
import { tempDir, exchange } from './helpers/tmp.js';
import { readFileSync, writeFileSync } from 'node:fs';
import type { ChainNode } from '../../../src/core/log/chain.js';
import { canonical, recordHash } from '../../../src/core/log/canonical.js';
import { historyFindings, withHistory } from '../../../src/core/log/history.js';
import { nodeGitHistory } from '../../../src/node/git-history.js';
import { fixedClock } from '../../../src/core/ports.js';

let commitDate = '2026-03-20T12:00:00Z';
function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd,
      GIT_AUTHOR_DATE: commitDate, GIT_COMMITTER_DATE: commitDate },
  });
}

/** What `liaison log verify` reports once git history is read. */
function verifyWithGit(dir: string) {
  const chains: Record<string, ChainNode[]> = {};
  const log = loadLog(dir, { keep: false, chains });
  const g = nodeGitHistory(dir)!;
  let issues = log.issues;
  for (const f of log.files) issues = withHistory(issues, f, historyFindings(f, chains[f]!, g, f));
  return issues;
}

describe('log merges in git', function () {
  this.timeout(30_000);
  let t: ReturnType<typeof tempDir>;
  let log: string;
  const at = (iso: string) => ({ writer: 'laptop', clock: fixedClock(new Date(iso)) });
  beforeEach(async () => {
    commitDate = '2026-03-20T12:00:00Z';
    t = tempDir();
    git(t.dir, 'init', '-q', '-b', 'main');
    log = join(t.dir, '.liaison/log');
    await appendRecord(log, exchange({ summary: 'Kick-off' }), at('2026-03-02T10:00:00Z'));
    await appendRecord(log, exchange({ summary: 'Devis signé', direction: 'to-client' }), at('2026-03-03T10:00:00Z'));
    git(t.dir, 'add', '-A');
    git(t.dir, 'commit', '-q', '-m', 'log');
  });
  afterEach(() => t.cleanup());

  async function branches(writerA: string, writerB: string) {
    git(t.dir, 'checkout', '-q', '-b', 'other');
    for (let i = 0; i < 3; i++) await appendRecord(log, exchange({ summary: `other ${i}` }), { writer: writerB, clock: fixedClock(new Date(`2026-03-2${i + 1}T10:00:00Z`)) });
    commitDate = '2026-03-25T12:00:00Z';
    git(t.dir, 'add', '-A');
    git(t.dir, 'commit', '-q', '-m', 'other side');
    git(t.dir, 'checkout', '-q', 'main');
    for (let i = 0; i < 2; i++) await appendRecord(log, exchange({ summary: `main ${i}` }), { writer: writerA, clock: fixedClock(new Date(`2026-03-2${i + 6}T10:00:00Z`)) });
    commitDate = '2026-03-28T12:00:00Z';
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

  it('git history: the fork of a merge of one writer\'s two branches is explained, not an error', async () => {
    await branches('laptop', 'laptop');
    const issues = verifyWithGit(log);
    assert.deepEqual(issues.map(i => [i.severity, i.code]), [['warning', 'fork']]);
    assert.match(issues[0]!.message, /git: explained by a merge of two branches/);
  });

  it('git history: a correctly hashed record inserted mid-chain in a later commit is an insertion, backdated', async () => {
    commitDate = '2026-03-10T12:00:00Z';
    for (let i = 0; i < 2; i++) await appendRecord(log, exchange({ summary: `later ${i}` }), at(`2026-03-0${i + 5}T10:00:00Z`));
    git(t.dir, 'add', '-A');
    git(t.dir, 'commit', '-q', '-m', 'more');
    const file = join(log, 'laptop.jsonl');
    const lines = readFileSync(file, 'utf8').split('\n').slice(0, -1);
    const r1 = JSON.parse(lines[0]!);
    const body = { ...JSON.parse(lines[1]!), id: '20260302-f0f0f0f0', summary: 'The client agreed to pay the extras', recorded: '2026-03-02T11:00:00+00:00', prev: r1.hash, seq: 2 };
    delete body.hash;
    writeFileSync(file, [lines[0], canonical({ ...body, hash: recordHash(body) }), ...lines.slice(1)].join('\n') + '\n');
    commitDate = '2026-03-30T12:00:00Z';
    git(t.dir, 'commit', '-q', '-am', 'innocent-looking commit');
    const issues = verifyWithGit(log);
    const inserted = issues.filter(i => i.code === 'inserted');
    assert.ok(inserted.length >= 1 && inserted.every(i => i.recordId === '20260302-f0f0f0f0' && i.severity === 'error'), JSON.stringify(issues, null, 1));
    assert.ok(inserted.some(i => /recorded later/.test(i.message)) && inserted.some(i => /inserted, not merged/.test(i.message)), JSON.stringify(issues, null, 1));
  });

  it('git history: a record whose recorded time is after the commit that added it is reported', async () => {
    await appendRecord(log, exchange({ summary: 'from the future' }), at('2026-04-15T10:00:00Z'));
    commitDate = '2026-03-31T12:00:00Z';
    git(t.dir, 'commit', '-q', '-am', 'future');
    const issues = verifyWithGit(log);
    assert.deepEqual(issues.map(i => [i.code, i.line]), [['recorded-after-commit', 3]]);
  });
});
