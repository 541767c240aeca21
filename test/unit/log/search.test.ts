// Log search in core: folding, word families EN/FR, fields, ranking, spans, filters, bad queries,
// and the CLI's line prefilter giving the same answers as the full index.
import { strict as assert } from 'node:assert';
import { effectiveRecords } from '../../../src/core/log/query.js';
import { buildIndex, parseQuery, search, type ParsedQuery, type SearchOptions } from '../../../src/core/log/search.js';
import { scanFiles } from '../../../src/core/log/search-scan.js';
import { searchSources } from '../../../src/core/log/search-stream.js';
import { forEachLine, forEachLineWith, forEachTextLine } from '../../../src/core/log/lines.js';
import { searchRecords } from '../../../src/core/log/search-direct.js';
import { effectiveUnordered } from '../../../src/core/log/query.js';
import { canonical } from '../../../src/core/log/canonical.js';
import { timeOf } from '../../../src/core/log/dates.js';
import { chain, history, parsed, type Input } from './helpers/search-log.js';

const q = (text: string): ParsedQuery => {
  const p = parseQuery(text);
  if ('problem' in p) throw new Error(p.problem);
  return p;
};
const ids = (inputs: Input[], text: string, o: SearchOptions = {}) =>
  search(buildIndex(effectiveRecords(parsed(inputs))), q(text), o).hits.map(h => h.entry.record.id);

describe('log search (core)', () => {
  const h = history();

  it('finds a word in every form and language: "revision" finds « révisions », "revisions", « révision »', () => {
    assert.deepEqual(ids(h, 'revision'), ['r4', 'r5', 'r1', 'r2'], 'the word itself (r4 subject) first, then its family newest first; "revised" (r2, a commitment) weighs less');
    assert.deepEqual(ids(h, 'RÉVISIONS'), ['r5', 'r1', 'r4', 'r2'], 'the exact word (r5 summary, r1 decision) ranks above its family (r4 subject)');
  });

  it('is apostrophe-insensitive: « l’application » and "l\'application" are one word', () => {
    assert.deepEqual(ids(h, 'l’application'), ['r4']);
    assert.deepEqual(ids(h, "l'application"), ['r4']);
  });

  it('searches every field: quotes, decisions, commitments, tags, participants, email subject and sender', () => {
    assert.deepEqual(ids(h, 'mobile'), ['r2', 'r4'], 'a tag (r2) weighs more than a quote (r4, the email body)');
    assert.deepEqual(ids(h, 'incluses'), ['r1', 'r4'], 'the decision, then « incluse » (same family) in the email');
    assert.deepEqual(ids(h, 'revised mock-ups'), ['r2'], 'commitment');
    assert.deepEqual(ids(h, 'périmètre'), ['r1'], 'tag');
    assert.deepEqual(ids(h, 'troisieme'), ['r4'], 'email subject');
    assert.deepEqual(ids(h, 'boulangerie-tremblay'), ['r4'], 'email sender');
    const hit = search(buildIndex(effectiveRecords(parsed(h))), q('maquettes')).hits.find(x => x.entry.record.id === 'r4')!;
    const subject = hit.matches.find(m => m.field === 'subject')!;
    assert.equal(subject.text.slice(...subject.spans[0]!), 'Maquettes');
  });

  it('applies amendments: the corrected summary is found, the replaced one is not', () => {
    assert.deepEqual(ids(h, 'November invoice'), ['r5']);
    assert.deepEqual(ids(h, 'October invoice'), []);
    const hit = search(buildIndex(effectiveRecords(parsed(h))), q('invoice')).hits[0]!;
    assert.deepEqual(hit.entry.amendedBy, ['r6']);
  });

  it('ranks by where and how the words match, newest first among equals', () => {
    const two: Input[] = [
      { id: 'old', kind: 'exchange', at: '2026-01-01T10:00:00Z', summary: 'Deadline moved' },
      { id: 'new', kind: 'exchange', at: '2026-02-01T10:00:00Z', summary: 'Deadline confirmed' },
      { id: 'weak', kind: 'exchange', at: '2026-03-01T10:00:00Z', summary: 'Call', participants: ['Ms Deadline'] },
    ];
    assert.deepEqual(ids(two, 'deadline'), ['new', 'old', 'weak']);
  });

  it('filters by date, tag and kind', () => {
    assert.deepEqual(ids(h, 'revision', { since: '2026-11-01' }), ['r4', 'r5']);
    assert.deepEqual(ids(h, 'revision', { until: '2026-10-31' }), ['r1', 'r2']);
    assert.deepEqual(ids(h, 'mobile', { tags: ['MOBILE'] }), ['r2']);
    assert.deepEqual(ids(h, 'mock', { kinds: ['commitment-update'] }), ['r3']);
  });

  it('completes the last word as the user types, not the others', () => {
    assert.deepEqual(ids(h, 'invo', { prefixLast: true }), ['r5']);
    assert.deepEqual(ids(h, 'invo'), []);
  });

  it('explains bad queries: empty, punctuation only, only stop words (EN and FR)', () => {
    assert.deepEqual(parseQuery(''), { problem: 'empty' });
    assert.deepEqual(parseQuery(' ?! … '), { problem: 'empty' });
    assert.deepEqual(parseQuery('the and of'), { problem: 'stop-words-only' });
    assert.deepEqual(parseQuery('le la des'), { problem: 'stop-words-only' });
    assert.deepEqual(q('the mobile version'), { terms: ['mobile', 'version'], ignored: ['the'] });
  });

  it('the CLI\'s prefiltered scan and direct scoring give the same results, scores and spans as the index', () => {
    // Two records at the same time: the later recorded one ranks first, in both paths.
    const hh: Input[] = [...h, { id: 'same-b', kind: 'exchange', at: '2026-11-12T10:00:00+01:00', recorded: '2026-11-12T12:00:00+01:00', summary: 'Mobile menu' },
      { id: 'same-a', kind: 'exchange', at: '2026-11-12T10:00:00+01:00', recorded: '2026-11-12T11:00:00+01:00', summary: 'Mobile menu' }];
    const text = chain(hh).map(r => canonical(r)).join('\n') + '\n';
    assert.deepEqual(ids(hh, 'mobile menu'), ['same-b', 'same-a']);
    for (const query of ['mobile menu', 'revision', 'mobile', 'l’application', 'invoice november', 'maquettes', 'julie', 'mock', 'périmètre', 'incluse']) {
      const scan = scanFiles([{ name: 'alex.jsonl', text }], q(query), true);
      const viaIndex = search(buildIndex(effectiveRecords(parsed(hh))), q(query), { prefixLast: true });
      const viaScan = searchRecords(effectiveUnordered(scan.records), q(query), { prefixLast: true });
      assert.deepEqual(viaScan.hits.map(x => [x.entry.record.id, x.score, x.matches]), viaIndex.hits.map(x => [x.entry.record.id, x.score, x.matches]), query);
    }
    assert.equal(scanFiles([{ name: 'alex.jsonl', text }], q('périmètre')).parsed, 4, 'of 9 lines: r1 (the word), r3 and r6 (always read), r5 (what r6 corrects)');
  });

  it('finds words typed with decomposed accents (e + U+0301), and keeps the record as written', () => {
    const nfd: Input[] = [{ id: 'd1', kind: 'exchange', at: '2026-11-01T10:00:00Z', summary: 'Deux re\u0301visions, pas trois' },
      { id: 'd2', kind: 'exchange', at: '2026-11-02T10:00:00Z', summary: 'Une autre chose' }];
    const text = chain(nfd).map(r => canonical(r)).join('\n');
    const scan = scanFiles([{ name: 'alex.jsonl', text }], q('révisions'));
    assert.deepEqual(scan.records.map(p => [p.record.id, p.record.summary]), [['d1', 'Deux re\u0301visions, pas trois']]);
    const hit = searchRecords(effectiveUnordered(scan.records), q('révision')).hits[0]!;
    assert.equal(hit.matches[0]!.text.slice(...hit.matches[0]!.spans[0]!), 're\u0301visions');
    assert.deepEqual(ids(nfd, 'revision'), ['d1']);
  });

  it('the scan names the line of each record and of each unreadable line (CRLF and torn lines too)', () => {
    const lines = chain(h).map(r => canonical(r));
    const text = [lines[0], '', '{"id":"torn","summary":"révision', ...lines.slice(1)].join('\r\n');
    const scan = scanFiles([{ name: 'alex.jsonl', text }], q('revision'));
    assert.deepEqual(scan.unreadable, [{ file: 'alex.jsonl', line: 3 }]);
    assert.deepEqual(scan.records.map(p => [p.record.id, p.line]), [['r1', 1], ['r2', 4], ['r3', 5], ['r4', 6], ['r6', 8], ['r5', 7]],
      'r1, r2 ("revised"), r4 hold the word; r3 (commitment update) and r6 (amendment) are always read; r5 is what r6 corrects');
  });

  it('the CLI\'s streamed search (best hits kept, the rest let go) gives what scoring every record gives, limit by limit', async () => {
    // 240 records at 12 times (many ties), some amended after the fact: to match, or to match no more.
    const many: Input[] = [];
    for (let i = 0; i < 240; i++) {
      const at = `2026-10-${String(1 + (i % 12)).padStart(2, '0')}T10:00:00+01:00`;
      many.push(i % 40 === 39
        ? { id: `a${i}`, kind: 'amendment', at, summary: 'correction', amends: `m${i - 20}`, set: { summary: i % 80 === 39 ? 'Révision du devis' : 'Nothing to see' } }
        : { id: `m${i}`, kind: 'exchange', at, recorded: `2026-10-13T${String(i % 24).padStart(2, '0')}:00:00+01:00`,
          summary: i % 3 ? `Call ${i} about the mock-ups` : `Révisions ${i}`, decisions: i % 5 ? undefined : ['Two revision rounds'], tags: i % 7 ? undefined : ['revisions'] });
    }
    const text = chain(many).map(r => canonical(r)).join('\n') + '\n';
    const source = { name: 'alex.jsonl', each: (cb: (t: string, no: number) => void) => { let no = 0; forEachTextLine(text, t => cb(t, ++no)); } };
    // As the CLI reads files: bytes in pieces, the amendments found by a byte search.
    const bytes = new TextEncoder().encode(text);
    const pieces = () => Array.from({ length: Math.ceil(bytes.length / 997) }, (_, i) => bytes.subarray(i * 997, (i + 1) * 997));
    const chunked = { name: 'alex.jsonl', each: (cb: (t: string, no: number) => void) => { let no = 0; forEachLine(pieces(), t => cb(t, ++no)); },
      linesWith: (needle: string, cb: (t: string) => void) => forEachLineWith(pieces(), needle, cb) };
    for (const query of ['revision', 'mock-ups', 'call revision', 'nothing']) {
      for (const limit of [1, 5, 17, 1000]) {
        const want = searchRecords(effectiveUnordered(scanFiles([{ name: 'alex.jsonl', text }], q(query)).records), q(query), { limit });
        const got = await searchSources([source], q(query), { limit }, async () => new Map());
        const viaBytes = await searchSources([chunked], q(query), { limit }, async () => new Map());
        assert.deepEqual(viaBytes.hits.map(x => [x.entry.record.id, x.score, x.entry.amendedBy, x.matches]), got.hits.map(x => [x.entry.record.id, x.score, x.entry.amendedBy, x.matches]), `${query} / ${limit}: read in pieces`);
        assert.equal(viaBytes.total, got.total);
        const sorted = search(buildIndex(effectiveRecords(parsed(many))), q(query), { limit });
        assert.deepEqual(got.hits.map(x => [x.entry.record.id, x.score]), sorted.hits.map(x => [x.entry.record.id, x.score]), `${query} / ${limit}: as the index, which sorts every hit`);
        assert.deepEqual(got.hits.map(x => [x.entry.record.id, x.score, x.entry.amendedBy, x.matches]), want.hits.map(x => [x.entry.record.id, x.score, x.entry.amendedBy, x.matches]), `${query} / ${limit}`);
        assert.equal(got.total, want.total, `${query} / ${limit}`);
      }
    }
    assert.ok(searchRecords(effectiveUnordered(parsed(many)), q('revision')).hits.some(x => x.entry.amendedBy.length), 'an amended record is among the hits');
  });

  it('a broken log (an id twice, a torn line naming a corrected record) gives the streamed search what the plain scan gives', async () => {
    const recs: Input[] = [
      { id: 'x1', kind: 'exchange', at: '2026-10-01T10:00:00+01:00', summary: 'Call about the menu' },
      { id: 'x2', kind: 'exchange', at: '2026-10-02T10:00:00+01:00', summary: 'Two revision rounds' },
      { id: 'a1', kind: 'amendment', at: '2026-10-03T10:00:00+01:00', summary: 'correction', amends: 'x1', set: { summary: 'Call about the revision' } },
    ];
    const lines = chain(recs).map(r => canonical(r));
    const again = canonical({ ...JSON.parse(lines[0]!), summary: 'Revision of the menu, copied by hand' });
    for (const text of [[...lines, again], [lines[0], '{"id":"x1","summary":"torn', ...lines.slice(1)], [again, ...lines]].map(ls => ls.join('\n') + '\n')) {
      const source = { name: 'alex.jsonl', each: (cb: (t: string, no: number) => void) => { let no = 0; forEachTextLine(text, t => cb(t, ++no)); } };
      const plain = scanFiles([{ name: 'alex.jsonl', text }], q('revision'));
      const want = searchRecords(effectiveUnordered(plain.records), q('revision'), {});
      const got = await searchSources([source], q('revision'), {}, async () => new Map());
      assert.deepEqual(got.hits.map(x => [x.entry.record.id, x.entry.record.summary, x.entry.line, x.score]), want.hits.map(x => [x.entry.record.id, x.entry.record.summary, x.entry.line, x.score]), text);
      assert.deepEqual(got.unreadable, plain.unreadable, text);
    }
  });

  it('ranks by the time Date.parse gives, for any text in a record\'s time (read directly or not)', () => {
    let seed = 5;
    const r = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const two = (max: number) => String(Math.floor(r() * max)).padStart(2, '0');
    const odd = ['', 'soon', '2026-11-12', '2026-11-12T10:00', '2026-11-12T10:00:00', '2026-11-12T10:00:00.5Z', '2026-11-12 10:00:00+01:00',
      '2026-11-12T10:00:00+0100', '0099-01-01T10:00:00Z', '2026-02-30T10:00:00+01:00', '2026-11-12T24:00:00Z', '2026-13-12T10:00:00Z',
      '2026-11-12T10:00:00+24:00', '2026-11-12T10:00:00-05:30', '+02026-11-12T10:00:00Z', '2026-1a-12T10:00:00Z', '２026-11-12T10:00:00Z'];
    const made = Array.from({ length: 3000 }, () => `${1900 + Math.floor(r() * 200)}-${two(14)}-${two(33)}T${two(26)}:${two(62)}:${two(62)}` +
      (r() < 0.2 ? 'Z' : `${r() < 0.5 ? '+' : '-'}${two(26)}:${two(62)}`));
    for (const iso of [...odd, ...made]) assert.ok(Object.is(timeOf(iso), Date.parse(iso)), iso);
  });
});
