// The exports of a big log (a dispute over a long project): a counsel export of 30,000 records is
// written as Markdown and HTML (the Markdown once overflowed the stack past ~100,000 lines), in
// both languages, with its dates written once per record as on a small log.
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonical, recordHash } from '../../../src/core/log/canonical.js';
import { counselExport } from '../../../src/core/log/export-counsel.js';
import { docToHtml, docToHtmlInTurns, docToMarkdown, docToMarkdownInTurns } from '../../../src/core/log/export-doc.js';
import { sentDateWords } from '../../../src/core/send/dates.js';
import { nodeSha256 } from '../../../src/node/sha256.js';
import { loadLog } from '../../../src/node/log-store.js';
import { tempDir } from './helpers/tmp.js';

describe('exports of a big log', function () {
  this.timeout(60_000);
  let t: ReturnType<typeof tempDir>;
  before(() => {
    t = tempDir('liaison-big-export-');
    const lines: string[] = [];
    let prev = '';
    for (let i = 0; i < 30_000; i++) {
      const body = { kind: 'exchange', at: `2026-0${1 + (i % 9)}-1${i % 10}T09:05:00+01:00`, channel: 'call', direction: 'from-client',
        summary: `Call ${i}: the delivery date`, decisions: i % 5 ? undefined : ['Deux révisions'], v: 1, id: `20260101-${i.toString(16).padStart(8, '0')}`,
        writer: 'w-big', seq: i + 1, prev, recorded: '2026-10-01T10:00:00+01:00' };
      if (!body.decisions) delete body.decisions;
      const line = canonical({ ...body, hash: recordHash(body, nodeSha256) });
      lines.push(line);
      prev = (JSON.parse(line) as { hash: string }).hash;
    }
    mkdirSync(join(t.dir, 'log'));
    writeFileSync(join(t.dir, 'log', 'w-big.jsonl'), lines.join('\n') + '\n');
  });
  after(() => t.cleanup());

  for (const lang of ['en', 'fr'] as const) {
    it(`for counsel, ${lang}: every record in the Markdown and the HTML`, async () => {
      const log = loadLog(join(t.dir, 'log'));
      const doc = await counselExport({ log, lang, now: new Date('2026-11-02T10:00:00Z'), noteTexts: {}, originals: {} });
      const md = docToMarkdown(doc);
      const html = docToHtml(doc);
      assert.ok(md.split('\n').length > 100_000, 'more lines than a function call takes as arguments');
      for (const id of ['20260101-00000000', '20260101-0000752f']) {
        assert.ok(md.includes(id) && html.includes(id), id);
      }
      assert.ok(html.includes(lang === 'fr' ? 'samedi 10 janvier 2026 à 9\u00a0h\u00a005 (UTC+01:00)' : 'Saturday 10 January 2026 at 09:05 (UTC+01:00)'));
    });
  }

  it('composes and renders in turns (the editor answers meanwhile), to the same text', async () => {
    const log = loadLog(join(t.dir, 'log'));
    let turns = 0;
    const turn = () => { turns++; return Promise.resolve(); };
    const input = { log, lang: 'en' as const, now: new Date('2026-11-02T10:00:00Z'), noteTexts: {}, originals: {} };
    const doc = await counselExport({ ...input, turn });
    const composing = turns;
    // Two passes over 30,000 records, one turn per 1,000 records each.
    assert.equal(composing, 60);
    const md = await docToMarkdownInTurns(doc, turn);
    const html = await docToHtmlInTurns(doc, turn);
    assert.ok(turns - composing > 100, `${turns - composing} turns while rendering`);
    const plain = await counselExport(input);
    assert.equal(md, docToMarkdown(plain));
    assert.equal(html, docToHtml(plain));
  });

  it('writes dates in words as it did, one formatter per language reused', () => {
    assert.equal(sentDateWords('2026-12-01T14:30:00+01:00', 'en'), 'Tuesday 1 December 2026 at 14:30 (UTC+01:00)');
    assert.equal(sentDateWords('2026-12-01T14:30:00+01:00', 'fr'), 'mardi 1er décembre 2026 à 14\u00a0h\u00a030 (UTC+01:00)');
    assert.equal(sentDateWords('2026-11-27T09:00:00Z', 'fr'), 'vendredi 27 novembre 2026 à 9\u00a0h\u00a000 (UTC)');
    assert.equal(sentDateWords('not a date', 'en'), 'not a date');
  });
});
