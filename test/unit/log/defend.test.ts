// Issue 9, as an attacker would try it: forged forks, damage passed off as a torn write, full
// rewrites with recomputed hashes, and exports that would turn typed text into links or blocks.
import { strict as assert } from 'node:assert';
import { cpSync, readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { appendRecord, checkAnchor, anchorLog, loadLog, LogWriteError, verdictOf } from '../../../src/node/log-store.js';
import { LockTimeoutError, withLock } from '../../../src/node/lock.js';
import { canonical, recordHash } from '../../../src/core/log/canonical.js';
import { buildReport } from '../../../src/core/log/report.js';
import { renderMarkdown } from '../../../src/core/log/export-markdown.js';
import { renderHtml } from '../../../src/core/log/export-html.js';
import { LABELS } from '../../../src/core/log/labels.js';
import { anchorOf, formatAnchor, parseAnchor } from '../../../src/core/log/anchor.js';
import { tempDir, exchange } from './helpers/tmp.js';
import { createLogStore } from '../../../src/core/log/store.js';
import { fixedClock, type LogStorage } from '../../../src/core/ports.js';

const NOW = new Date('2026-03-10T12:00:00Z');
const fixed = (iso: string) => fixedClock(new Date(iso));

/** A record as a forger writes it: any content, a correctly computed hash. */
function forge(body: Record<string, unknown>): string {
  const { hash: _h, ...rest } = body;
  return canonical({ ...rest, hash: recordHash(rest) });
}

describe('log defence (issue 9)', () => {
  let t: ReturnType<typeof tempDir>;
  let dir: string;
  let file: string;
  const lines = () => readFileSync(file, 'utf8').split('\n').slice(0, -1);
  const write = (ls: string[], end = '\n') => writeFileSync(file, ls.join('\n') + end);
  beforeEach(async () => {
    t = tempDir();
    dir = join(t.dir, 'log');
    file = join(dir, 'w-a.jsonl');
    for (let i = 1; i <= 6; i++) {
      await appendRecord(dir, exchange({ summary: `record ${i}`, at: `2026-03-0${i}T10:00:00+01:00` }), { writer: 'w-a', clock: fixed(`2026-03-0${i}T11:00:00+01:00`) });
    }
  });
  afterEach(() => t.cleanup());

  describe('wrong verdicts', () => {
    it('names a correctly hashed forged record inserted mid-chain with prev pointing at an older record', () => {
      const ls = lines();
      const r1 = JSON.parse(ls[0]!);
      const forged = forge({ ...JSON.parse(ls[1]!), id: '20260302-f0f0f0f0', summary: 'Client agreed to pay for the extras', prev: r1.hash, seq: 2 });
      write([ls[0]!, ls[1]!, forged, ...ls.slice(2)]);
      const log = loadLog(dir);
      assert.notEqual(verdictOf(log.issues), 'intact');
      const fork = log.issues.find(i => i.code === 'fork');
      assert.ok(fork, JSON.stringify(log.issues));
      assert.equal(fork.recordId, '20260302-f0f0f0f0');
      assert.match(fork.message, new RegExp(`fork after record ${r1.id} \\(line 1, seq 1\\).*20260302-f0f0f0f0 \\(line 3\\)`));
      const md = renderMarkdown(buildReport(log, { lang: 'en', clock: fixedClock(NOW) }));
      assert.ok(!md.includes('the chain is complete'), 'the export no longer says the chain is complete');
      assert.ok(!md.includes(LABELS.en.intact));
      assert.ok(md.includes(LABELS.en.intactWarn) && md.includes('20260302-f0f0f0f0'));
    });

    it('reports two records with the same seq (a lock stolen from a paused writer) as a fork naming both', async () => {
      const b = join(t.dir, 'b');
      cpSync(dir, b, { recursive: true });
      const mine = await appendRecord(dir, exchange({ summary: 'writer that kept going' }), { writer: 'w-a' });
      const paused = await appendRecord(b, exchange({ summary: 'writer that was paused' }), { writer: 'w-a' });
      assert.equal(mine.seq, paused.seq);
      writeFileSync(file, readFileSync(file, 'utf8') + readFileSync(join(b, 'w-a.jsonl'), 'utf8').split('\n')[6] + '\n');
      const log = loadLog(dir);
      assert.deepEqual(log.issues.map(i => [i.severity, i.code]), [['warning', 'fork']]);
      assert.match(log.issues[0]!.message, new RegExp(`${mine.id} \\(line 7\\) and ${paused.id} \\(line 8\\)`));
    });

    it('reports a line inserted by hand as damage, not as a torn write', () => {
      const ls = lines();
      write([...ls.slice(0, 3), '{"summary":"added later", "by": "hand"', ...ls.slice(3)]);
      const log = loadLog(dir);
      assert.equal(verdictOf(log.issues), 'broken');
      assert.deepEqual(log.issues.map(i => [i.code, i.line]), [['unreadable', 4]]);
    });

    it('reports a last record missing its final } as damage', () => {
      const ls = lines();
      write([...ls.slice(0, 5), ls[5]!.slice(0, -1)]);
      const log = loadLog(dir);
      assert.equal(verdictOf(log.issues), 'broken');
      assert.deepEqual(log.issues.map(i => [i.code, i.line]), [['unreadable', 6]]);
    });

    it('reports a file cut in the middle of line 4 of 6 as damage (three records lost)', () => {
      const text = readFileSync(file, 'utf8');
      const cut = text.split('\n').slice(0, 3).join('\n').length + 1 + 40;
      writeFileSync(file, text.slice(0, cut));
      const log = loadLog(dir);
      assert.equal(verdictOf(log.issues), 'broken');
      assert.deepEqual(log.issues.map(i => [i.severity, i.code, i.line]), [['error', 'truncated', 4]]);
      assert.match(log.issues[0]!.message, /any record after it is lost/);
    });

    it('keeps a real torn fragment ending in } a warning after the next append', async () => {
      writeFileSync(file, readFileSync(file, 'utf8') + '{"at":"2026-03-07T10:00:00+01:00","summary":"cut {here}');
      writeFileSync(file + '.lock', '999999\nanother-host\nnonce\n'); // the interrupted writer's lock
      assert.deepEqual(loadLog(dir).issues.map(i => [i.severity, i.code, i.line]), [['warning', 'torn', 7]]);
      unlinkSync(file + '.lock');
      const next = await appendRecord(dir, exchange({ summary: 'after the crash' }), { writer: 'w-a' });
      assert.equal(next.seq, 7);
      assert.ok(next.torn, 'the new record names the fragment it steps over');
      const log = loadLog(dir);
      assert.deepEqual(log.issues.map(i => [i.severity, i.code, i.line]), [['warning', 'torn', 7]]);
      assert.equal(verdictOf(log.issues), 'intact-with-warnings');
    });

    it('a "torn" marker does not excuse another line put in place of the fragment', async () => {
      writeFileSync(file, readFileSync(file, 'utf8') + '{"at":"2026-03-07T10:00:00+01:00","summ');
      writeFileSync(file + '.lock', '999999\nanother-host\nnonce\n');
      unlinkSync(file + '.lock');
      await appendRecord(dir, exchange({ summary: 'after the crash' }), { writer: 'w-a' });
      const ls = lines();
      ls[6] = '{"summary":"something else entirely"';
      write(ls);
      assert.deepEqual(loadLog(dir).issues.map(i => [i.code, i.line]), [['unreadable', 7]]);
    });
  });

  describe('anchors', () => {
    it('formats at least 64 bits as LX-XXXX-XXXX-XXXX-XXXX and reads it back however it is pasted', () => {
      const ref = anchorOf({ 'w-a.jsonl': { hash: 'a'.repeat(64), seq: 3, id: 'x' } });
      assert.match(ref, /^LX-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
      assert.equal(parseAnchor(` ${ref.toLowerCase().replace(/-/g, ' ')} `), ref);
      assert.equal(parseAnchor('LX-12'), undefined);
      assert.equal(formatAnchor('7f3a91c288d0b1e4ffff'), 'LX-7F3A-91C2-88D0-B1E4');
    });

    it('catches a full rewrite with recomputed hashes before the anchor, naming the first changed record', async () => {
      const w = await anchorLog(dir, { channel: 'email' });
      await appendRecord(dir, exchange({ summary: 'after the anchor' }), { writer: 'w-a' });
      const before = checkAnchor(dir, w.ref);
      assert.ok(before.ok && before.covered === 6 && before.witness?.channel === 'email', JSON.stringify(before));
      // The forger edits record 3 and recomputes every hash and prev after it: the chain verifies.
      const ls = lines().map(l => JSON.parse(l));
      ls[2].summary = 'The client accepted the extra cost';
      for (let i = 2; i < ls.length; i++) {
        if (i > 2) ls[i].prev = ls[i - 1].hash;
        delete ls[i].hash;
        ls[i].hash = recordHash(ls[i]);
      }
      write(ls.map(o => canonical(o)));
      assert.equal(verdictOf(loadLog(dir).issues), 'intact', 'the chain alone cannot see it');
      const check = checkAnchor(dir, w.ref);
      assert.equal(check.ok, false);
      assert.ok(!check.ok && check.recordId === ls[2].id && check.line === 3, JSON.stringify(check));
      // Without the witness entry, the reference still fails (the record cannot be named then).
      unlinkSync(join(dir, 'witnesses/anchors.jsonl'));
      assert.equal(checkAnchor(dir, w.ref).ok, false);
    });

    it('fails on a record edited in place (hash kept) before the anchor, naming it', async () => {
      const w = await anchorLog(dir);
      const ls = lines();
      ls[1] = ls[1]!.replace('record 2', 'record two');
      write(ls);
      const check = checkAnchor(dir, w.ref);
      assert.ok(!check.ok && check.line === 2, JSON.stringify(check));
      unlinkSync(join(dir, 'witnesses/anchors.jsonl'));
      const blind = checkAnchor(dir, w.ref);
      assert.ok(!blind.ok && blind.line === 2, JSON.stringify(blind));
    });

    it('without its witness entry, finds the anchored state of an unchanged log again', async () => {
      const w = await anchorLog(dir);
      await appendRecord(dir, exchange({ summary: 'later' }), { writer: 'w-a' });
      unlinkSync(join(dir, 'witnesses/anchors.jsonl'));
      assert.equal(checkAnchor(dir, w.ref).ok, true);
      // A records removed from the end before the anchor is caught too.
      const ls = lines();
      write(ls.slice(0, 4));
      assert.equal(verdictOf(loadLog(dir).issues), 'intact');
      assert.equal(checkAnchor(dir, w.ref).ok, false);
    });

    it('lists every witness in the review export with what it proves', async () => {
      const w = await anchorLog(dir, { channel: 'email', note: 'sent with the March update' });
      const rep = buildReport(loadLog(dir), { lang: 'fr', clock: fixedClock(NOW), witnesses: [{ kind: 'anchor', ref: w.ref, issued: w.issued, channel: 'email', note: w.note, records: 6, holds: true }] });
      const md = renderMarkdown(rep);
      assert.match(md, /## Témoins/);
      assert.ok(md.includes(w.ref) && md.includes('sent with the March update') && md.includes('6 entr'), md);
      assert.ok(renderHtml(rep).includes(w.ref));
      assert.ok(renderMarkdown(buildReport(loadLog(dir), { lang: 'en', clock: fixedClock(NOW) })).includes(LABELS.en.noWitness));
    });
  });

  describe('exports of hostile text', () => {
    function hostileLog(): string {
      const ls = lines();
      const r = JSON.parse(ls[5]!);
      const summary = 'See https://evil.example/pay and www.evil.example, write to bob@evil.example\r# Fake heading\r- fake item\u2028> fake quote';
      const forged = forge({ ...r, id: '20260306-`![x](https://e.example/i.png)`', summary,
        quotes: ['<img src=x onerror=alert(1)>', 'mailto:a@b.example'], tags: ['`</code><script>alert(1)</script>`'],
        participants: ['Total: 0001$\u202e'] });
      const amend = forge({ kind: 'amendment', at: '2026-03-07T10:00:00+01:00', summary: 'fix', amends: '![img](https://e.example/x.png)<img src=x onerror=1>',
        set: { summary: 'x' }, v: 1, id: '20260307-00000001', writer: 'w-a', seq: 7, prev: JSON.parse(forged).hash, recorded: '2026-03-07T11:00:00+01:00' });
      // A 64-character "hash" that is markup: the record no longer matches it, but it is exported.
      const fakeHash = JSON.parse(amend);
      fakeHash.hash = '`<img src=x onerror=alert(1)>`'.padEnd(64, 'x');
      write([...ls.slice(0, 5), forged, JSON.stringify(fakeHash)]);
      return renderMarkdown(buildReport(loadLog(dir), { lang: 'en', clock: fixedClock(NOW) }));
    }

    it('the Markdown export, rendered by GFM with autolinks, shows no link, image, HTML or block from typed text', () => {
      const md = hostileLog();
      const tree = unified().use(remarkParse).use(remarkGfm).parse(md);
      const kinds = new Map<string, number>();
      const texts: string[] = [];
      const walk = (n: { type: string; children?: unknown[]; value?: string }) => {
        kinds.set(n.type, (kinds.get(n.type) ?? 0) + 1);
        if (n.type === 'heading') texts.push(JSON.stringify(n));
        (n.children as typeof n[] | undefined)?.forEach(walk);
      };
      walk(tree as never);
      for (const k of ['link', 'image', 'html', 'blockquote', 'thematicBreak']) {
        // The only blockquotes: the two quotes, in their record and in the quotes section.
        assert.ok(!kinds.get(k) || (k === 'blockquote' && kinds.get(k) === 4), `${k}: ${kinds.get(k)} in\n${md}`);
      }
      assert.ok(!texts.some(h => h.includes('Fake heading')), 'no heading from typed text');
      assert.ok(!md.includes('\r') && !md.includes('\u2028') && !md.includes('\u202e'));
      assert.ok(md.includes('\\[U+202E\\]'), 'the override is shown, not obeyed');
      assert.match(md.split('\n')[2]!, /BROKEN/, 'a broken log says so at the top');
    });

    it('the HTML export shows bidi overrides instead of obeying them', () => {
      hostileLog();
      const html = renderHtml(buildReport(loadLog(dir), { lang: 'en', clock: fixedClock(NOW) }));
      assert.ok(!html.includes('\u202e'));
      assert.ok(html.includes('0001$[U+202E]'));
      assert.ok(!/<img|<script/i.test(html));
      assert.ok(html.indexOf('verdict broken') < html.indexOf('class="meta"'), 'the verdict comes first');
    });
  });
});

describe('log store over its ports (issue 9 messages)', () => {
  const sha = { hex: (d: string | Uint8Array) => recordHash({ d: String(d) }), base64: () => '' };
  const storage = (failWith: { code: string; path: string }): LogStorage => ({
    kind: p => (p.endsWith('.jsonl') ? 'file' : p.endsWith('log') ? 'directory' : undefined),
    list: () => ['w-a.jsonl'], read: () => '', ensureFolder: () => undefined,
    append: () => Promise.reject(Object.assign(new Error(`${failWith.code}: denied, open '${failWith.path}'`), failWith)),
  });
  const store = (s: LogStorage) => createLogStore({ storage: s, host: { randomHex: () => 'abcd1234' }, sha, clock: fixedClock(NOW) });

  it('names a read-only writer file as the file, not the folder', async () => {
    await assert.rejects(store(storage({ code: 'EACCES', path: '/ws/log/w-a.jsonl' })).appendRecord('/ws/log', exchange(), { writer: 'w-a' }),
      (e: Error) => /the file w-a.jsonl is read-only/.test(e.message) && !/folder is read-only/.test(e.message));
    await assert.rejects(store(storage({ code: 'EACCES', path: '/ws/log/w-a.jsonl.lock' })).appendRecord('/ws/log', exchange(), { writer: 'w-a' }),
      (e: Error) => /the folder is read-only/.test(e.message));
  });

  it('says a lock held too long, a link loop and a pipe in French too, never the system\'s English alone', async () => {
    for (const [code, en, fr] of [
      ['ELOCKED', /another Liaison window or process has been writing to it for too long: try again/, /une autre fenêtre ou un autre processus Liaison y écrit depuis trop longtemps/],
      ['ELOOP', /w-a\.jsonl is a symbolic link that leads back to itself/, /w-a\.jsonl est un lien symbolique qui mène à lui-même/],
      ['ESPECIAL', /w-a\.jsonl is a pipe or a device/, /w-a\.jsonl est un tube ou un périphérique/],
    ] as const) {
      await assert.rejects(store(storage({ code, path: '/ws/log/w-a.jsonl' })).appendRecord('/ws/log', exchange(), { writer: 'w-a' }),
        (e: LogWriteError) => en.test(e.message) && fr.test(e.fr ?? '') && !/denied, open/.test(e.fr ?? ''));
    }
  });

  it('withLock gives up on a lock a live process holds, with the code the store words', async () => {
    const t = tempDir();
    try {
      const lock = join(t.dir, 'w-a.jsonl.lock');
      writeFileSync(lock, `${process.pid}\n${hostname()}\nsomeone\n`);
      await assert.rejects(withLock(lock, () => 1, 50), (e: LockTimeoutError) => e.code === 'ELOCKED');
    } finally {
      t.cleanup();
    }
  });

  it('exports one 10 MB record in one pass (seconds, not tens)', async () => {
    const t = tempDir();
    try {
      const big = 'The client said: we want it by Friday, see www.example.com (v2) [plan] <b>. '.repeat(10e6 / 78);
      await appendRecord(t.dir, exchange({ summary: big }), { writer: 'w-a' });
      const t0 = Date.now();
      const md = renderMarkdown(buildReport(loadLog(t.dir), { lang: 'en', clock: fixedClock(NOW) }));
      const html = renderHtml(buildReport(loadLog(t.dir), { lang: 'en', clock: fixedClock(NOW) }));
      assert.ok(Date.now() - t0 < 15_000, `${Date.now() - t0} ms`);
      assert.ok(md.length > 10e6 && html.length > 10e6);
    } finally {
      t.cleanup();
    }
  });
});
