// Every corruption case of a writer file, on fixtures broken by hand (test/fixtures/logs/).
import { strict as assert } from 'node:assert';
import { readFileSync, cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLog, verdictOf, appendRecord } from '../../../src/node/log-store.js';
import { parseWriterFile } from '../../../src/core/log/chain.js';
import { sha256Hex } from '../../../src/core/log/canonical.js';
import { tempDir, exchange } from './helpers/tmp.js';

const FIX = join(__dirname, '../../fixtures/logs');
const ids = JSON.parse('[' + readFileSync(join(FIX, 'valid/w-fixture.jsonl'), 'utf8').trim().split('\n').join(',') + ']').map((r: { id: string }) => r.id);
const errors = (name: string) => loadLog(join(FIX, name)).issues.filter(i => i.severity === 'error');

describe('log chain verification', () => {
  it('accepts the valid log', () => {
    const log = loadLog(join(FIX, 'valid'));
    assert.equal(log.records.length, 5);
    assert.equal(verdictOf(log.issues), 'intact');
  });

  it('names an edited record and keeps the rest readable', () => {
    const log = loadLog(join(FIX, 'edited'));
    assert.equal(verdictOf(log.issues), 'broken');
    const [e] = log.issues;
    assert.equal(e!.code, 'modified');
    assert.equal(e!.recordId, ids[2]);
    assert.equal(e!.line, 3);
    assert.match(e!.message, new RegExp(`record ${ids[2]} \\(line 3\\) was changed`));
    assert.equal(log.records.length, 5, 'every record still readable');
    assert.equal(log.records.find(r => r.record.id === ids[2])!.intact, false);
  });

  it('detects an edit whose hash was recomputed, through the next record', () => {
    const [e, ...rest] = errors('edited-rehashed');
    assert.equal(rest.length, 0);
    assert.equal(e!.code, 'missing-previous');
    assert.equal(e!.recordId, ids[2]);
    assert.match(e!.message, /deleted or changed before line 3/);
  });

  it('names the record after a deleted one', () => {
    const [e, ...rest] = errors('deleted');
    assert.equal(rest.length, 0);
    assert.equal(e!.code, 'missing-previous');
    assert.equal(e!.recordId, ids[3]);
    assert.equal(e!.line, 3);
  });

  it('detects a deleted first record', () => {
    const [e] = errors('first-deleted');
    assert.equal(e!.code, 'missing-previous');
    assert.equal(e!.recordId, ids[1]);
  });

  it('names reordered records', () => {
    const errs = errors('reordered');
    assert.ok(errs.some(e => e.code === 'reordered' && e.recordId === ids[2]), JSON.stringify(errs));
  });

  it('names a duplicated record', () => {
    const [e] = errors('duplicated');
    assert.equal(e!.code, 'duplicate');
    assert.equal(e!.line, 4);
  });

  it('detects records moved to another writer\'s file', () => {
    const errs = errors('moved');
    assert.equal(errs.length, 5);
    assert.ok(errs.every(e => e.code === 'wrong-writer'));
  });

  it('reports a cut last line as damage when no write is under way, as a torn write while the writer\'s lock is there', () => {
    const cut = loadLog(join(FIX, 'torn-tail'));
    assert.equal(verdictOf(cut.issues), 'broken');
    assert.deepEqual(cut.issues.map(i => [i.severity, i.code, i.line]), [['error', 'truncated', 6]]);
    assert.equal(cut.records.length, 5);
    const t = tempDir();
    try {
      cpSync(join(FIX, 'torn-tail'), t.dir, { recursive: true });
      writeFileSync(join(t.dir, 'w-fixture.jsonl.lock'), '999999\nother-host\nn\n');
      const log = loadLog(t.dir);
      assert.equal(verdictOf(log.issues), 'intact-with-warnings');
      assert.deepEqual(log.issues.map(i => [i.severity, i.code, i.line]), [['warning', 'torn', 6]]);
    } finally {
      t.cleanup();
    }
  });

  it('reports an unreadable line in the middle, that no record acknowledges, as damage (a line added by hand)', () => {
    const log = loadLog(join(FIX, 'torn-middle'));
    assert.deepEqual(log.issues.map(i => [i.severity, i.code, i.line]), [['error', 'unreadable', 4]]);
    assert.equal(log.records.length, 5);
  });

  it('reports a hand-damaged line with its line number, and the record after it', () => {
    const errs = errors('damaged-line');
    assert.deepEqual(errs.map(e => [e.code, e.line]), [['unreadable', 3], ['missing-previous', 4]]);
    assert.equal(loadLog(join(FIX, 'damaged-line')).records.length, 4, 'the rest stays readable');
  });

  it('reports a malformed record with its line and the reason', () => {
    const [e, ...rest] = errors('malformed-record');
    assert.equal(e!.code, 'malformed');
    assert.equal(e!.line, 5);
    assert.match(e!.message, /kind: must be one of/);
    assert.ok(rest.every(r => r.code === 'modified'), 'the edit also broke its hash');
  });

  it('reports a fork of one writer\'s chain (union merge of two branches) naming both branches, and still detects an edit in it', async () => {
    const t = tempDir();
    try {
      const a = join(t.dir, 'a');
      const b = join(t.dir, 'b');
      await appendRecord(a, exchange({ summary: 'common' }), { writer: 'w' });
      cpSync(a, b, { recursive: true });
      await appendRecord(a, exchange({ summary: 'branch one' }), { writer: 'w' });
      await appendRecord(b, exchange({ summary: 'branche deux' }), { writer: 'w' });
      await appendRecord(b, exchange({ summary: 'branche deux, suite' }), { writer: 'w' });
      const la = readFileSync(join(a, 'w.jsonl'), 'utf8').trim().split('\n');
      const lb = readFileSync(join(b, 'w.jsonl'), 'utf8').trim().split('\n');
      const union = [...la, ...lb.slice(1)];
      const ok = parseWriterFile('w.jsonl', union.join('\n') + '\n', 'w');
      const ids = union.map(l => JSON.parse(l).id as string);
      assert.deepEqual(ok.issues.map(i => [i.severity, i.code, i.line]), [['warning', 'fork', 3]]);
      assert.match(ok.issues[0]!.message, new RegExp(`fork after record ${ids[0]}.*${ids[1]} \\(line 2\\) and ${ids[2]} \\(line 3, 2 records to ${ids[3]} line 4\\)`));
      assert.equal(ok.records.length, 4);
      const edited = [...union];
      edited[3] = edited[3]!.replace('suite', 'fin');
      const bad = parseWriterFile('w.jsonl', edited.join('\n') + '\n', 'w');
      assert.deepEqual(bad.issues.map(i => [i.code, i.line]), [['fork', 3], ['modified', 4]]);
      const dropped = parseWriterFile('w.jsonl', [union[0], union[1], union[3]].join('\n') + '\n', 'w');
      assert.deepEqual(dropped.issues.map(i => [i.code, i.line]), [['missing-previous', 3]]);
    } finally {
      t.cleanup();
    }
  });

  it('appends after a torn tail on a new line, chaining from the last complete record', async () => {
    const t = tempDir();
    try {
      cpSync(join(FIX, 'torn-tail'), t.dir, { recursive: true });
      const before = readFileSync(join(t.dir, 'w-fixture.jsonl'), 'utf8');
      const rec = await appendRecord(t.dir, exchange({ summary: 'après la coupure' }), { writer: 'w-fixture' });
      assert.equal(rec.prev, JSON.parse(before.split('\n')[4]!).hash);
      assert.equal(rec.seq, 6);
      const after = readFileSync(join(t.dir, 'w-fixture.jsonl'), 'utf8');
      assert.ok(after.startsWith(before + '\n'), 'the torn fragment is preserved as it was');
      assert.equal(rec.torn, sha256Hex(before.split('\n')[5]!), 'the new record names the fragment it steps over');
      const log = loadLog(t.dir);
      assert.equal(log.records.length, 6);
      assert.deepEqual(log.issues.map(i => [i.severity, i.code, i.line]), [['warning', 'torn', 6]]);
    } finally {
      t.cleanup();
    }
  });
});
