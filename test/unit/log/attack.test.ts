// Attacks a reviewer or a careless user would try on the log (the list and outcomes are in
// docs/security.md): each test here failed before its fix.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { uncoveredText } from '../../../src/core/log/anchor.js';
import { appendRecord, anchorLog, checkAnchor, loadLog, verdictOf, witnessSummary } from '../../../src/node/log-store.js';
import { counselExport } from '../../../src/core/log/export-counsel.js';
import { docToMarkdown } from '../../../src/core/log/export-doc.js';
import { buildReport } from '../../../src/core/log/report.js';
import { exportSources } from '../../../src/cli/exports.js';
import { parseTemplate, renderNote } from '../../../src/core/templates/index.js';
import { renderMarkdown } from '../../../src/core/log/export-markdown.js';
import { renderHtml } from '../../../src/core/log/export-html.js';
import { canonical, recordHash } from '../../../src/core/log/canonical.js';
import { duplicateKey } from '../../../src/core/log/json-keys.js';
import { escapeNotification, escapeTerminal, jsonText, terminalLine, visibleText } from '../../../src/core/log/escape.js';
import { prefillStatus, statusFacts } from '../../../src/core/log/status-prefill.js';
import type { EffectiveRecord } from '../../../src/core/log/query.js';
import { futureProblems, type LogRecord } from '../../../src/core/log/record.js';
import type { ChainNode } from '../../../src/core/log/chain.js';
import { historyFindings, withHistory } from '../../../src/core/log/history.js';
import { nodeGitHistory } from '../../../src/node/git-history.js';
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

    it('is an error in a nested commitment too, when the forger recomputed the hash as the format says', () => {
      const ls = lines();
      const rec = JSON.parse(ls[2]!);
      const { hash: _h, ...rest } = { ...rec, commitments: [{ by: 'me', state: 'open', what: 'deliver in June' }] };
      // The documented hash: over the canonical form of what JSON.parse keeps (the last value).
      const line = canonical({ ...rest, hash: recordHash(rest) }).replace('"what":"deliver in June"', '"what":"deliver in May","what":"deliver in June"');
      put([ls[0]!, ls[1]!, line]);
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
      assert.match(fr, /\*\*Tel qu’enregistré à l’origine\*\* — Engagements\u00a0: Nous\u00a0: Deliver the mock-ups \\\(échéance 2026-03-20\\\), ouvert/);
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

  describe('git as a witness of what was committed', function () {
    this.timeout(30_000);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: t.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com',
        GIT_CONFIG_NOSYSTEM: '1', HOME: t.dir, GIT_AUTHOR_DATE: '2026-03-10T12:30:00Z', GIT_COMMITTER_DATE: '2026-03-10T12:30:00Z' } });
    const verifyWithGit = () => {
      const chains: Record<string, ChainNode[]> = {};
      const log = loadLog(t.dir, { keep: false, chains });
      let issues = log.issues;
      for (const f of log.files) issues = withHistory(issues, f, historyFindings(f, chains[f]!, nodeGitHistory(t.dir)!, f));
      return issues;
    };
    const rehashed = (edit: (r: Record<string, unknown>[]) => void) => {
      const recs = lines().map(l => JSON.parse(l) as Record<string, unknown>);
      edit(recs);
      let prev = '';
      put(recs.map((r, i) => { const { hash: _h, ...rest } = { ...r, seq: i + 1, prev } as Record<string, unknown>; const hash = recordHash(rest); prev = hash; return canonical({ ...rest, hash }); }));
    };
    beforeEach(() => { git('init', '-q', '.'); git('add', '-A'); git('commit', '-qm', 'log'); });

    it('names records of the last commit edited in the working tree, every hash recomputed', () => {
      rehashed(r => { r[1]!.summary = 'Quote sent: 2000 EUR'; });
      assert.equal(verdictOf(loadLog(t.dir).issues), 'intact', 'the chain alone cannot see it');
      const e = verifyWithGit().find(i => i.code === 'rewritten')!;
      assert.match(e.message, /2 record\(s\) of the last commit are no longer in the file as committed \(first: \S+, seq 2\): changed or removed since, not committed yet/);
      assert.equal(e.line, 2);
    });

    it('names the commit that removed the last records', () => {
      put(lines().slice(0, 1));
      git('commit', '-qam', 'tidy');
      const e = verifyWithGit().find(i => i.code === 'rewritten')!;
      assert.match(e.message, /^commit [0-9a-f]{10} took 2 committed record\(s\) out of the file \(first: \S+, seq 2\)/);
    });

    it('names a record inserted in the past, not committed, beside committed records', () => {
      const ls = lines();
      const second = JSON.parse(ls[1]!);
      const { hash: _h, ...rest } = { ...second, id: '20260310-deadbeef', summary: 'Client waived the deadline', seq: 3, prev: second.hash };
      put([ls[0]!, ls[1]!, canonical({ ...rest, hash: recordHash(rest) }), ls[2]!]);
      const e = verifyWithGit().find(i => i.code === 'inserted')!;
      assert.match(e.message, /record 20260310-deadbeef \(line 3\) forks from the chain that record \S+ continues \(committed in [0-9a-f]{10}\), and is not committed yet/);
    });

    it('finds nothing in honest appends, committed or not, nor in a torn fragment given its newline', async () => {
      await appendRecord(t.dir, exchange({ summary: 'Later' }), { writer: 'w-a', clock });
      git('commit', '-qam', 'more');
      writeFileSync(file, readFileSync(file, 'utf8') + '{"at":"2026-03-0');
      git('commit', '-qam', 'torn');
      await appendRecord(t.dir, exchange({ summary: 'After the torn write' }), { writer: 'w-a', clock });
      assert.deepEqual(verifyWithGit().filter(i => i.severity === 'error'), []);
    });
  });

  describe('a writer file that is not a file', () => {
    it('a pipe: refused before anything is written, saying what it is', async () => {
      rmSync(file);
      execFileSync('mkfifo', [file]);
      await assert.rejects(appendRecord(t.dir, exchange(), { writer: 'w-a', clock }), /w-a\.jsonl is a pipe or a device, not a log file: move it out of the log folder/);
    });

    it('a link to itself: named as a loop', async () => {
      rmSync(file);
      symlinkSync('w-a.jsonl', file);
      await assert.rejects(appendRecord(t.dir, exchange(), { writer: 'w-a', clock }), /w-a\.jsonl is a symbolic link that leads back to itself \(a loop\)/);
    });
  });

  describe('dates a new record cannot carry', () => {
    it('an exchange dated in the future (2062 for 2026), or an amendment moving one there, is a problem; an email\'s own date is not', () => {
      const now = new Date('2026-03-10T12:00:00Z');
      assert.deepEqual(futureProblems(exchange({ at: '2062-03-02T14:30:00+01:00' }), now),
        ['at: 2062-03-02T14:30:00+01:00 is in the future: a record says what already happened (a planned call goes in nextContact)']);
      assert.match(futureProblems({ kind: 'amendment', at: '2026-03-10T09:00:00+01:00', summary: 'date', amends: 'x', set: { at: '2027-01-01T10:00:00+01:00' } }, now)[0]!,
        /^set\.at: 2027-01-01T10:00:00\+01:00 is in the future/);
      // Later today in another time zone is not the future.
      assert.deepEqual(futureProblems(exchange({ at: '2026-03-10T23:30:00-05:00' }), now), []);
      // An imported email keeps its sender's Date header, even a wrong one: the email is not lost.
      const email = { file: `mail/${'b'.repeat(64)}.eml`, sha256: 'b'.repeat(64), messageId: '<x@y>', from: 'a@b', to: ['c@d'], date: '2027-01-01T10:00:00+01:00', subject: 's' };
      assert.deepEqual(futureProblems(exchange({ at: '2027-01-01T10:00:00+01:00', channel: 'email', email }), now), []);
    });

    it('an offset that is none (+25:00) is refused: it sorted as no time at all', async () => {
      await assert.rejects(appendRecord(t.dir, exchange({ at: '2026-03-02T14:30:00+25:00' }), { writer: 'w-a', clock }), /\+25:00 is not a UTC offset/);
      await appendRecord(t.dir, exchange({ at: '2026-03-02T14:30:00+14:00' }), { writer: 'w-a', clock });
    });
  });

  describe('text shown outside the log', () => {
    it('a notification gets no [label](command:…) link, nor a control or bidi character', () => {
      const s = escapeNotification('Re: [Open the quote](command:workbench.action.terminal.sendSequence?%7B%7D) \u202e\u001b[2J');
      assert.doesNotMatch(s, /\]\(|[\u202e\u001b]/);
      assert.match(s, /^Re: \[Open the quote\] \(command:/);
    });

    it('a sidebar label or tooltip shows bidi and control characters instead of obeying them', () => {
      assert.equal(visibleText('Total 0001$\u202e due\u0007'), 'Total 0001$[U+202E] due[U+0007]');
      assert.equal(visibleText('two\nlines'), 'two\nlines', 'a tooltip keeps its line breaks');
    });

    it('terminal text and JSON output escape line separators and bidi, and the JSON keeps its value', () => {
      assert.equal(escapeTerminal('a\u2028b\u2029c'), 'a\\u2028b\\u2029c');
      assert.equal(terminalLine('one\r\ntwo\tthree\u001b[2J'), 'one two three\\x1b[2J', 'a search hit stays on its line');
      const v = { s: 'deadline \u202eRUE 0001\u202c\u2028\u0085' };
      const j = jsonText(v, 2);
      assert.doesNotMatch(j, /[\u202a-\u202e\u2028\u0085]/);
      assert.deepEqual(JSON.parse(j), v);
    });
  });

  it('a client email subject with line breaks stays one list item in the pre-filled status update (EN, FR)', () => {
    const record = { kind: 'exchange', v: 1, id: 'r1', writer: 'w', seq: 1, prev: '', hash: 'h', at: '2026-11-25T10:00:00+01:00', recorded: '2026-11-25T10:00:00+01:00',
      direction: 'from-client', summary: 'Re: quote\r\n\n## Payment details changed\n[Pay here](https://evil.example)\u2028# x' } as LogRecord;
    const list: EffectiveRecord[] = [{ record, original: record, file: 'w.jsonl', line: 1, intact: true, amendedBy: [] }];
    for (const [lang, note] of [['en', '# Weekly update\n\n## Next\n\n- [next]\n'], ['fr', '# Point hebdomadaire\n\n## Prochaines étapes\n\n- [suite]\n']] as const) {
      const out = prefillStatus(note, statusFacts(list, '2026-12-01', lang), lang);
      assert.equal(out.split('\n').filter(l => /^#/.test(l)).length, 2, out);
      assert.match(out, /Re: quote ## Payment details changed \[Pay here\]\(https:\/\/evil\.example\) # x/);
    }
  });

  it('the review export (Markdown and HTML) shows a commitment an amendment removed, as first recorded', async () => {
    const r = await appendRecord(t.dir, exchange({ summary: 'Scope call', commitments: [{ by: 'me', what: 'Deliver the mock-ups', due: '2026-03-20', state: 'open' }] }), { writer: 'w-a', clock });
    await appendRecord(t.dir, { kind: 'amendment', at: '2026-03-02T14:30:00+01:00', summary: 'cleanup', amends: r.id, set: { commitments: [] } }, { writer: 'w-a', clock });
    const rep = buildReport(loadLog(t.dir), { lang: 'fr', clock });
    assert.match(renderMarkdown(rep), /- \*\*Tel qu’enregistré à l’origine\*\* — Engagements\u00a0: Nous\u00a0: Deliver the mock-ups \\\(échéance 2026-03-20\\\), ouvert/);
    assert.match(renderHtml(rep), /<strong>Tel qu’enregistré à l’origine<\/strong> — Engagements\u00a0: Nous\u00a0: Deliver the mock-ups \(échéance 2026-03-20\), ouvert/);
  });

  it('a holding reference names a record inserted after it with an earlier recording date, and not an honest later one', async () => {
    const w = await anchorLog(t.dir, { channel: 'email' });
    await appendRecord(t.dir, exchange({ summary: 'After the reference' }), { writer: 'w-a', clock: fixedClock(new Date('2026-03-11T09:00:00Z')) });
    assert.equal((checkAnchor(t.dir, w.ref) as { uncovered?: unknown }).uncovered, undefined, 'an honest later record');
    // Not in git: a record forked from record 1, recorded "before" the anchored record 3.
    const ls = lines();
    const first = JSON.parse(ls[0]!);
    const { hash: _h, ...rest } = { ...first, id: '20260310-deadbeef', summary: 'Client waived the deadline', seq: 2, prev: first.hash, recorded: '2026-03-10T11:00:00+00:00' };
    put([ls[0]!, canonical({ ...rest, hash: recordHash(rest) }), ...ls.slice(1)]);
    const r = checkAnchor(t.dir, w.ref);
    assert.ok(r.ok, 'what it covers is unchanged');
    assert.deepEqual(r.ok && r.uncovered, [{ file: 'w-a.jsonl', line: 2, id: '20260310-deadbeef', recorded: '2026-03-10T11:00:00+00:00' }]);
    // The warning names the first such record, in the reader's language.
    const u = r.ok ? r.uncovered! : [];
    assert.match(uncoveredText(u), /^but 1 record\(s\) .*20260310-deadbeef, w-a\.jsonl line 2/);
    assert.match(uncoveredText(u, 'fr'), /^mais 1 entrée\(s\) .*20260310-deadbeef, w-a\.jsonl ligne 2.*la référence ne prouve rien/);
  });

  it('an export of a log rewritten before a reference given out opens on BROKEN, naming the reference (review and counsel)', async () => {
    const w = await anchorLog(t.dir, { channel: 'email' });
    let prev = '';
    put(lines().map(l => {
      const { hash: _h, ...r } = JSON.parse(l);
      const body = { ...r, prev, summary: `${r.summary} (rewritten)` };
      prev = recordHash(body);
      return canonical({ ...body, hash: prev });
    }));
    assert.equal(verdictOf(loadLog(t.dir).issues), 'intact', 'the chain alone sees nothing');
    const rep = buildReport(loadLog(t.dir), { lang: 'en', clock, witnesses: witnessSummary(t.dir) });
    assert.equal(rep.verdict, 'broken');
    assert.match(renderMarkdown(rep).split('\n')[2]!, /BROKEN/);
    assert.ok(rep.issues.some(i => i.message.includes(`reference ${w.ref} given`) && /no longer matches this log/.test(i.message)));
    const md = docToMarkdown(await counselExport({ log: loadLog(t.dir), lang: 'en', now: new Date('2026-03-11T09:00:00Z'), noteTexts: {}, originals: {}, witnesses: witnessSummary(t.dir) }));
    assert.match(md, /- \*\*Integrity\*\*: BROKEN/);
    assert.match(md, /no longer matches this log/);
  });

  it('the counsel export never copies a file a note link leads to outside the workspace, nor a non-note like .env', async () => {
    const ws = join(t.dir, 'ws');
    mkdirSync(join(ws, 'notes'), { recursive: true });
    writeFileSync(join(t.dir, 'secret.txt'), 'SECRET_TOKEN=abc');
    writeFileSync(join(ws, '.env'), 'SECRET_TOKEN=abc');
    symlinkSync(join(t.dir, 'secret.txt'), join(ws, 'notes/sent.md'));
    writeFileSync(join(ws, 'notes/real.md'), '# Weekly update');
    const logDir = join(ws, '.liaison/log');
    const note = (path: string) => ({ path, sha256: 'a'.repeat(64) });
    await appendRecord(logDir, exchange({ direction: 'to-client', summary: 'sent', notes: [note('notes/sent.md'), note('.env'), note('notes/real.md')] }), { writer: 'w-a', clock });
    const src = exportSources(ws, logDir, loadLog(logDir));
    assert.deepEqual(src.noteTexts, { 'notes/sent.md': undefined, '.env': undefined, 'notes/real.md': '# Weekly update' });
  });

  it('a workspace template is data: {{constructor}}, $CLIPBOARD and tab stops are text (EN, FR)', () => {
    for (const lang of ['en', 'fr'] as const) {
      const src = `---\nid: status\ntype: status\nlang: ${lang}\ntitle: T\n---\n# {{constructor}} {{toString}} $CLIPBOARD \${1:x} \\ \`rm -rf ~\`\n`;
      const template = parseTemplate(src, `${lang}/status.md`);
      const text = renderNote(template, { lang, clock }, 'text').text;
      assert.match(text, /# \[constructor\] \[toString\] \$CLIPBOARD \$\{1:x\} \\ `rm -rf ~`/);
      assert.doesNotMatch(text, /native code/);
      const snippet = renderNote(template, { lang, clock }, 'snippet').text;
      assert.match(snippet, /\$\{\d+:constructor\} \$\{\d+:toString\} \\\$CLIPBOARD \\\$\{1:x\\\} \\\\/);
    }
  });
});
