import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { appendRecord, loadLog, LogInputError, LogWriteError, verdictOf } from '../../../src/node/log-store.js';
import { canonical, recordHash } from '../../../src/core/log/canonical.js';
import { effectiveRecords } from '../../../src/core/log/query.js';
import { tempDir, exchange } from './helpers/tmp.js';

describe('log store', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => { t = tempDir(); });
  afterEach(() => t.cleanup());

  it('writes one canonical JSON line per record, chained by hash, in the writer\'s own file', async () => {
    const dir = join(t.dir, '.liaison/log');
    const a = await appendRecord(dir, exchange({ summary: 'Premier appel : le client veut avancer la date', quotes: ['« On doit livrer avant Noël »'] }), { writer: 'w-a' });
    const b = await appendRecord(dir, exchange({ direction: 'to-client', channel: 'email', summary: 'Sent the revised plan' }), { writer: 'w-a' });
    const lines = readFileSync(join(dir, 'w-a.jsonl'), 'utf8').split('\n');
    assert.equal(lines.length, 3);
    assert.equal(lines[2], '');
    const first = JSON.parse(lines[0]!);
    assert.equal(lines[0], canonical(first), 'keys sorted, no whitespace');
    assert.equal(first.hash, recordHash(first));
    assert.equal(a.seq, 1);
    assert.equal(a.prev, '');
    assert.equal(b.seq, 2);
    assert.equal(b.prev, a.hash);
    assert.match(a.recorded, /[+-]\d\d:\d\d$/);
    assert.ok(lines[0]!.includes('« On doit livrer avant Noël »'), 'UTF-8 kept readable');
    const log = loadLog(dir);
    assert.equal(log.records.length, 2);
    assert.deepEqual(log.issues, []);
    assert.equal(verdictOf(log.issues), 'intact');
    assert.equal(log.heads['w-a.jsonl'], b.hash);
  });

  it('creates .gitattributes (merge=union) and .gitignore (lock files) with the folder', async () => {
    const dir = join(t.dir, 'log');
    await appendRecord(dir, exchange(), { writer: 'w-a' });
    assert.match(readFileSync(join(dir, '.gitattributes'), 'utf8'), /\*\.jsonl merge=union/);
    assert.match(readFileSync(join(dir, '.gitignore'), 'utf8'), /\*\.lock/);
    assert.deepEqual(readdirSync(dir).sort(), ['.gitattributes', '.gitignore', 'w-a.jsonl'], 'no lock left behind');
  });

  it('refuses invalid input with key paths and writes nothing', async () => {
    const dir = join(t.dir, 'log');
    await assert.rejects(appendRecord(dir, exchange({ at: 'yesterday', summary: '' , notes: [{ path: '../secret.md', sha256: 'x' }] }), { writer: 'w-a' }),
      (e: unknown) => e instanceof LogInputError && e.problems.some(p => p.startsWith('at:')) && e.problems.some(p => p.startsWith('summary:'))
        && e.problems.some(p => p.includes('leaves the workspace')));
    assert.equal(loadLog(dir).exists, false);
  });

  it('drops fields it does not know instead of recording them silently', async () => {
    const dir = join(t.dir, 'log');
    const r = await appendRecord(dir, { ...exchange(), extra: 'x' } as never, { writer: 'w-a' });
    assert.equal((r as unknown as Record<string, unknown>).extra, undefined);
  });

  it('gives a clear error when the folder cannot be created, and writes nothing', async () => {
    writeFileSync(join(t.dir, 'file'), 'not a folder');
    const dir = join(t.dir, 'file', 'log');
    await assert.rejects(appendRecord(dir, exchange(), { writer: 'w-a' }),
      (e: unknown) => e instanceof LogWriteError && /cannot write the project log/.test(e.message) && /a file stands where the folder/.test(e.message));
  });

  it('keeps the original and applies amendments in the effective view', async () => {
    const dir = join(t.dir, 'log');
    const a = await appendRecord(dir, exchange({ summary: 'Delivery moved to 12 March', tags: ['planning'] }), { writer: 'w-a' });
    const fix = await appendRecord(dir, { kind: 'amendment', at: '2026-03-03T09:00:00+01:00', summary: 'Wrong date: it was 19 March',
      amends: a.id, set: { summary: 'Livraison déplacée au 19 mars' } }, { writer: 'w-a' });
    const log = loadLog(dir);
    assert.equal(verdictOf(log.issues), 'intact');
    const eff = effectiveRecords(log.records);
    const target = eff.find(e => e.record.id === a.id)!;
    assert.equal(target.record.summary, 'Livraison déplacée au 19 mars');
    assert.equal(target.original.summary, 'Delivery moved to 12 March');
    assert.deepEqual(target.amendedBy, [fix.id]);
    assert.ok(readFileSync(join(dir, 'w-a.jsonl'), 'utf8').includes('Delivery moved to 12 March'), 'nothing edited in place');
  });

  it('serialises concurrent appends within one process', async () => {
    const dir = join(t.dir, 'log');
    await Promise.all(Array.from({ length: 50 }, (_, i) => appendRecord(dir, exchange({ summary: `r${i}` }), { writer: 'w-a' })));
    const log = loadLog(dir);
    assert.equal(log.records.length, 50);
    assert.deepEqual(log.issues, []);
  });

  it('reads several writers as one log', async () => {
    const dir = join(t.dir, 'log');
    await appendRecord(dir, exchange({ summary: 'from laptop' }), { writer: 'laptop' });
    await appendRecord(dir, exchange({ summary: 'du bureau', at: '2026-03-01T10:00:00+01:00' }), { writer: 'desk' });
    const log = loadLog(dir);
    assert.equal(log.records.length, 2);
    assert.deepEqual(effectiveRecords(log.records).map(e => e.record.summary), ['du bureau', 'from laptop']);
  });
});
