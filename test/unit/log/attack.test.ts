// Attacks a reviewer or a careless user would try on the log (the list and outcomes are in
// docs/security.md): each test here failed before its fix.
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { appendRecord, anchorLog, loadLog, verdictOf, witnessSummary } from '../../../src/node/log-store.js';
import { counselExport } from '../../../src/core/log/export-counsel.js';
import { docToMarkdown } from '../../../src/core/log/export-doc.js';
import { canonical, recordHash } from '../../../src/core/log/canonical.js';
import { duplicateKey } from '../../../src/core/log/json-keys.js';
import { fixedClock } from '../../../src/core/ports.js';
import { tempDir, exchange } from './helpers/tmp.js';

const clock = fixedClock(new Date('2026-03-10T12:00:00Z'));

describe('log attacks', () => {
  let t: ReturnType<typeof tempDir>;
  let file: string;
  beforeEach(async () => {
    t = tempDir();
    for (const summary of ['Call about the delivery date', 'Quote sent: 1000 EUR', 'Client agrees']) {
      await appendRecord(t.dir, exchange({ summary }), { writer: 'w-a', clock });
    }
    file = join(t.dir, 'w-a.jsonl');
  });
  afterEach(() => t.cleanup());
  const lines = () => readFileSync(file, 'utf8').split('\n').slice(0, -1);
  const put = (ls: string[]) => writeFileSync(file, ls.join('\n') + '\n');

  describe('a key written twice', () => {
    it('is an error even when the value the hash covers comes last (same hash, other text in the file)', () => {
      const ls = lines();
      ls[1] = ls[1]!.replace('"summary":"Quote sent: 1000 EUR"', '"summary":"Client accepted 5000 EUR","summary":"Quote sent: 1000 EUR"');
      put(ls);
      const log = loadLog(t.dir);
      assert.equal(verdictOf(log.issues), 'broken');
      const e = log.issues.find(i => i.code === 'duplicate-key')!;
      assert.equal(e.line, 2);
      assert.match(e.message, /the key "summary" twice/);
    });

    it('is an error when the forger hashed the text with both values (in a nested commitment too)', () => {
      const ls = lines();
      const rec = JSON.parse(ls[2]!);
      const { hash: _h, ...rest } = rec;
      const body = canonical({ ...rest, commitments: [{ by: 'me', state: 'open', what: 'X' }] })
        .replace('"what":"X"', '"what":"deliver in May","what":"deliver in June"');
      const withHash = body.slice(0, -1) + `,"hash":"${'0'.repeat(64)}"}`;
      // The forger's hash: over the text as written, with the hash member removed (what a lazy check hashes).
      put([ls[0]!, ls[1]!, withHash.replace('0'.repeat(64), createHash('sha256').update(body).digest('hex'))]);
      const log = loadLog(t.dir);
      assert.ok(log.issues.some(i => i.code === 'duplicate-key' && i.line === 3 && /"what" twice/.test(i.message)), JSON.stringify(log.issues));
    });

    it('is told apart from a key name inside a string and from escaped quotes', () => {
      const raw = '{"a":"say \\"a\\": yes","b":{"a":1},"c":"\\\\"}';
      assert.equal(duplicateKey(raw, JSON.parse(raw)), undefined);
      const dup = '{"a":1,"b":{"x":1,"x":2}}';
      assert.equal(duplicateKey(dup, JSON.parse(dup)), 'x');
    });

    it('leaves an honest log intact', () => {
      assert.equal(verdictOf(loadLog(t.dir).issues), 'intact');
    });
  });

  it('reads the first record of a file an editor saved with a byte-order mark, with a warning', () => {
    writeFileSync(file, '\ufeff' + readFileSync(file, 'utf8'));
    const log = loadLog(t.dir);
    assert.equal(log.records.length, 3, 'the first record is still shown');
    assert.deepEqual(log.issues.map(i => [i.severity, i.code, i.line]), [['warning', 'byte-order-mark', 1]]);
  });

  it('a record inserted at the start of a BOM file is still named', () => {
    const ls = lines();
    const first = JSON.parse(ls[0]!);
    const { hash: _h, ...rest } = { ...first, summary: 'forged' };
    put(['\ufeff' + canonical({ ...rest, hash: recordHash(rest) }), ...ls.slice(1)]);
    assert.equal(verdictOf(loadLog(t.dir).issues), 'broken');
  });

  describe('the counsel export', () => {
    const counsel = async (lang: 'en' | 'fr') => docToMarkdown(await counselExport({ log: loadLog(t.dir), lang, now: new Date('2026-03-11T09:00:00Z'),
      noteTexts: {}, originals: {}, witnesses: witnessSummary(t.dir) }));

    it('shows what an amendment hid: the commitment as first recorded, and what the amendment sets (EN, FR)', async () => {
      const r = await appendRecord(t.dir, exchange({ summary: 'Scope call', commitments: [{ by: 'me', what: 'Deliver the mock-ups', due: '2026-03-20', state: 'open' }] }), { writer: 'w-a', clock });
      await appendRecord(t.dir, { kind: 'amendment', at: '2026-03-02T14:30:00+01:00', summary: 'cleanup', amends: r.id, set: { commitments: [], summary: 'Call' } }, { writer: 'w-a', clock });
      const en = await counsel('en');
      assert.match(en, /\*\*As first recorded\*\* — Commitments: Us: Deliver the mock-ups \\\(due 2026-03-20\\\), open/);
      assert.match(en, /\*\*As first recorded\*\* — Summary: Scope call/);
      assert.match(en, /\*\*Sets\*\* — Commitments: \\\(none\\\)/);
      const fr = await counsel('fr');
      assert.match(fr, /\*\*Tel qu’enregistré à l’origine\*\* — Engagements\u00a0?: Nous: Deliver the mock-ups \\\(échéance 2026-03-20\\\), ouvert/);
    });

    it('lists the witnesses its integrity line refers to, and says when there is none', async () => {
      assert.match(await counsel('en'), /No witness: this log has not been anchored/);
      const w = await anchorLog(t.dir, { channel: 'email', note: 'sent with the March update' });
      const md = await counsel('en');
      assert.ok(md.includes(`\`${w.ref}\``), 'the reference');
      assert.match(md, /sent with the March update: the state of the log with 3 record\\\(s\\\) was given out[^\n]*still reproduced by this log/);
    });

    it('a forged id or Message-ID with a line break cannot open a heading or a list in the Markdown', async () => {
      const ls = lines();
      const rec = JSON.parse(ls[2]!);
      const { hash: _h, ...rest } = { ...rec, id: '20260310-00000000\n# Client accepted everything\n- signed' };
      put([...ls.slice(0, 2), canonical({ ...rest, hash: recordHash(rest) })]);
      const tree = unified().use(remarkParse).use(remarkGfm).parse(await counsel('en'));
      const texts: string[] = [];
      const walk = (n: { type: string; depth?: number; children?: unknown[] }) => {
        if (n.type === 'heading') texts.push(JSON.stringify(n));
        (n.children as typeof n[] | undefined)?.forEach(walk);
      };
      walk(tree as never);
      assert.ok(!texts.some(h => h.includes('accepted everything')), texts.join('\n'));
    });
  });
});
