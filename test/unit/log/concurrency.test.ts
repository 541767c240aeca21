// Real processes: writers killed mid-append and a few writers at once (8 x 1,000: test/extra/log-concurrency.test.ts).
import { strict as assert } from 'node:assert';
import { spawn, fork, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appendRecord, loadLog, verdictOf } from '../../../src/node/log-store.js';
import { tempDir, exchange } from './helpers/tmp.js';

const CHILD = join(__dirname, 'helpers/append-child.ts');
const run = (args: string[]) => new Promise<number>((resolve, reject) => {
  const p = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  p.on('error', reject);
  p.on('exit', code => resolve(code ?? -1));
});
const exited = (p: ChildProcess) => new Promise<void>(r => (p.exitCode !== null || p.signalCode !== null ? r() : p.once('exit', () => r())));

describe('log store across processes', function () {
  this.timeout(120_000);
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => { t = tempDir(); });
  afterEach(() => t.cleanup());

  it('4 processes x 50 appends to one chain: 200 records, none lost, one linear chain', async () => {
    const codes = await Promise.all(Array.from({ length: 4 }, (_, i) => run([t.dir, 'w-shared', '50', `p${i}`])));
    assert.deepEqual(codes, [0, 0, 0, 0]);
    const log = loadLog(t.dir);
    assert.deepEqual(log.issues, []);
    assert.deepEqual(log.records.map(r => r.record.seq), Array.from({ length: 200 }, (_, i) => i + 1), 'one linear chain, no fork, no gap');
    for (let i = 0; i < 4; i++) assert.equal(log.records.filter(r => r.record.tags?.[0] === `p${i}`).length, 50);
  });

  it('a writer killed (SIGKILL) in the middle of its appends leaves a readable, valid log; the next writer goes on', async () => {
    const child = fork(CHILD, [t.dir, 'w-k', '100000', 'killed'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    await new Promise<void>(resolve => child.on('message', (i: number) => { if (i >= 200) resolve(); }));
    child.kill('SIGKILL');
    await exited(child);
    // The killed process may have died holding the lock: the next append must recover it.
    const next = await appendRecord(t.dir, exchange({ summary: 'after the crash' }), { writer: 'w-k' });
    const log = loadLog(t.dir);
    assert.ok(log.records.length > 200);
    assert.equal(log.issues.filter(i => i.severity === 'error').length, 0, JSON.stringify(log.issues));
    assert.equal(log.records[log.records.length - 1]!.record.id, next.id);
    assert.ok(!existsSync(join(t.dir, 'w-k.jsonl.lock')));
  });

  it('a writer killed in the middle of writing a record leaves the torn record reported and preserved', async () => {
    await appendRecord(t.dir, exchange({ summary: 'before' }), { writer: 'w-t' });
    // A process that writes half a record then hangs (as if the write was cut), holding the lock.
    const file = join(t.dir, 'w-t.jsonl');
    const script = `const fs=require('fs');fs.writeFileSync(${JSON.stringify(file + '.lock')}, process.pid+'\\n'+require('os').hostname()+'\\nn\\n');` +
      `fs.appendFileSync(${JSON.stringify(file)}, '{"at":"2026-03-02T14:30:00+01:00","channel":"call","dire');process.send('written');setInterval(()=>{},1000);`;
    writeFileSync(join(t.dir, 'torn-writer.cjs'), script);
    const child = fork(join(t.dir, 'torn-writer.cjs'), [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    await new Promise(r => child.once('message', r));
    child.kill('SIGKILL');
    await exited(child);
    let log = loadLog(t.dir);
    assert.equal(log.records.length, 1, 'the complete record is still readable');
    assert.deepEqual(log.issues.map(i => [i.severity, i.code, i.line]), [['warning', 'torn', 2]]);
    const after = await appendRecord(t.dir, exchange({ summary: 'after' }), { writer: 'w-t' });
    assert.equal(after.seq, 2);
    log = loadLog(t.dir);
    assert.equal(log.records.length, 2);
    assert.deepEqual(log.issues.map(i => [i.severity, i.code, i.line]), [['warning', 'torn', 2]]);
    assert.match(readFileSync(file, 'utf8').split('\n')[1]!, /"dire$/, 'the fragment is kept as it was');
    assert.equal(verdictOf(log.issues), 'intact-with-warnings');
  });
});
