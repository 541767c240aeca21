// `liaison log search` and `liaison log topic` as a user runs them: the built dist/cli.js.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../../../src/core/log/canonical.js';
import { tempDir } from '../log/helpers/tmp.js';
import { history, writeLog, type Input } from '../log/helpers/search-log.js';

const repo = join(__dirname, '../../..');
const CLI = join(repo, 'dist', 'cli.js');

interface Hit { id: string; summary: string; intact?: false; amendedBy?: string[]; matches: { field: string; text: string; spans: [number, number][] }[]; notesState?: { path: string; state: string }[] }

describe('liaison log search / log topic (dist/cli.js)', function () {
  this.timeout(60_000);
  let t: ReturnType<typeof tempDir>;
  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, 'log', ...args, '--dir', t.dir], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const json = (...args: string[]) => {
    const r = cli('search', ...args, '--format', 'json');
    assert.equal(r.code, 0, r.err);
    return JSON.parse(r.out) as { total: number; results: Hit[] };
  };
  const found = (...args: string[]) => json(...args).results.map(h => h.id);

  beforeEach(() => {
    t = tempDir('liaison-search-');
    mkdirSync(join(t.dir, '.liaison'), { recursive: true });
    writeFileSync(join(t.dir, '.liaison/profile.json'), JSON.stringify({
      client: { name: 'Boulangerie Tremblay' }, project: 'Site de commande', freelancer: { name: 'Alex' }, lang: 'fr', logFolder: 'journal',
    }));
    writeLog(join(t.dir, 'journal'), history());
  });
  afterEach(() => t.cleanup());

  it('finds words in every field, with the matched spans', () => {
    const hits = json('mobile').results;
    assert.deepEqual(hits.map(h => h.id), ['r2', 'r4']);
    const tag = hits[0]!.matches.find(m => m.field === 'tag')!;
    assert.equal(tag.text.slice(...tag.spans[0]!), 'mobile');
    assert.deepEqual(found('incluses'), ['r1', 'r4'], 'a decision');
    assert.deepEqual(found('revised', 'mock-ups'), ['r2'], 'a commitment');
    assert.deepEqual(found('Julie', 'Tremblay', '--until', '2026-10-31'), ['r2', 'r1'], 'participants');
  });

  it('searches an imported email: its text, subject and sender', () => {
    assert.deepEqual(found('limite'), ['r4'], 'the body (kept as the client\'s words)');
    assert.deepEqual(found('troisième'), ['r4'], 'the subject');
    assert.deepEqual(found('julie@boulangerie-tremblay.example'), ['r4'], 'the sender');
  });

  it('ignores case, accents and apostrophes', () => {
    assert.deepEqual(found('TROISIEME'), ['r4']);
    assert.deepEqual(found('perimetre'), ['r1']);
    assert.deepEqual(found("l'application"), ['r4']);
    assert.deepEqual(found('l’application'), ['r4']);
  });

  it('finds word families in English and French: "revision" finds « révisions » and "revisions"', () => {
    const hits = json('revision').results;
    assert.deepEqual(hits.map(h => h.id), ['r4', 'r5', 'r1', 'r2']);
    const words = hits.flatMap(h => h.matches.flatMap(m => m.spans.map(s => m.text.slice(...s))));
    for (const w of ['révision', 'revisions', 'révisions', 'revised']) assert.ok(words.includes(w), `${w} in ${words.join(', ')}`);
    assert.deepEqual(found('livraisons'), []);
    assert.deepEqual(found('incluse'), found('incluses'));
  });

  it('searches the effective record: amendments applied', () => {
    const hits = json('november', 'invoice').results;
    assert.deepEqual(hits.map(h => [h.id, h.summary, h.amendedBy]), [['r5', 'Invoice sent for the November revisions', ['r6']]]);
    assert.deepEqual(found('october'), [], 'the replaced summary is not found');
    assert.match(cli('search', 'invoice').out, /Invoice sent for the November revisions.*r5 \(amended\)/);
  });

  it('explains bad queries and bad options with exit code 2', () => {
    for (const [args, msg] of [[[''], /nothing to search for: Type a word/], [['the', 'of'], /only common words/], [['le', 'des'], /only common words/],
      [['x', '--since', '12/11/2026'], /--since expects YYYY-MM-DD/], [['x', '--kind', 'mail'], /--kind must be one of/], [['x', '--format', 'xml'], /--format must be text or json/]] as const) {
      const r = cli('search', ...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, msg);
    }
    const none = cli('search', 'kubernetes');
    assert.equal(none.code, 0);
    assert.match(none.out, /no record matches "kubernetes"/);
  });

  it('searches the text of notes recorded as sent, unless the note changed since', () => {
    const note = '# Point hebdomadaire\n\nLe formulaire de précommande est en ligne.\n';
    mkdirSync(join(t.dir, 'notes'));
    writeFileSync(join(t.dir, 'notes/point.md'), note);
    const inputs: Input[] = [...history(), { id: 'n1', kind: 'exchange', at: '2026-11-20T09:00:00+01:00', channel: 'email', direction: 'to-client',
      summary: 'Weekly update sent', notes: [{ path: 'notes/point.md', sha256: sha256Hex(note) }] }];
    writeLog(join(t.dir, 'journal'), inputs);
    let hits = json('précommande').results;
    assert.deepEqual(hits.map(h => [h.id, h.matches[0]!.field]), [['n1', 'note']]);
    writeFileSync(join(t.dir, 'notes/point.md'), note + '\nAjout après envoi : précommande annulée.\n');
    assert.deepEqual(found('précommande'), [], 'an edited note is not what the client received');
    hits = json('weekly').results;
    assert.deepEqual(hits[0]!.notesState, [{ path: 'notes/point.md', state: 'changed since sent' }]);
    assert.match(cli('search', 'weekly').err, /notes\/point\.md changed since sent/);
  });

  it('marks a hit whose line was edited by hand: search never shows it as a record like the others', () => {
    const file = join(t.dir, 'journal/alex.jsonl');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Call about the mock-ups', 'Call about the mock-ups, client agreed to pay double'));
    const r = cli('search', 'double');
    assert.equal(r.code, 0);
    assert.match(r.out, /client agreed to pay double {2}\[mobile\] {2}r2 \(CHANGED after it was written: run liaison log verify\)$/m);
    assert.doesNotMatch(cli('search', 'revised').out, /Send the revised[^\n]*CHANGED|Mock-ups sent[^\n]*CHANGED/);
    assert.equal(json('double').results[0]!.intact, false);
    assert.equal(json('contrat').results[0]!.intact, undefined, 'a sound record: no field added');
  });

  it('escapes control and bidi characters from the log in the terminal, and highlights with --color', () => {
    writeLog(join(t.dir, 'journal'), [{ id: 'x1', kind: 'exchange', at: '2026-11-01T10:00:00Z', summary: 'Deadline \u001b[2Jcleared \u202eevil', quotes: ['Fix the deadline\r\nnow'] }]);
    const r = cli('search', 'deadline');
    assert.ok(!/[\u001b\u202e\r]/.test(r.out), JSON.stringify(r.out));
    assert.match(r.out, /Deadline \\x1b\[2Jcleared \\u202eevil/);
    const c = cli('search', 'deadline', '--color');
    assert.match(c.out, /\u001b\[1;4mdeadline\u001b\[0m/);
  });

  it('marks the items a witness covers: after `log anchor`, the brief says "couvert par"', () => {
    const a = spawnSync(process.execPath, [CLI, 'log', 'anchor', '--dir', t.dir], { encoding: 'utf8' });
    assert.equal(a.status, 0, a.stderr);
    const r = cli('topic', 'mock-ups', '--out', join(t.dir, 'brief.md'), '--today', '2026-12-01');
    assert.equal(r.code, 0, r.err + r.out);
    const md = readFileSync(join(t.dir, 'brief.md'), 'utf8');
    assert.match(md, /Témoin\u00a0: couvert par anchor/);
    assert.doesNotMatch(md, /pas encore de témoin/);
  });

  it('writes what was agreed about a subject as a brief, .md and .html, in time order with whose words', () => {
    let r = cli('topic', 'mock-ups', '--out', join(t.dir, 'brief.md'), '--today', '2026-12-01');
    assert.equal(r.code, 0, r.err);
    const md = readFileSync(join(t.dir, 'brief.md'), 'utf8');
    assert.match(md, /^# Ce qui a été convenu au sujet de « mock-ups »/);
    const client = md.indexOf('Citation · Appel · Mots du client'), commit = md.indexOf('Engagement · Appel · Nos mots');
    assert.ok(client > 0 && commit > client, md);
    assert.match(md, /dû par Nous · Échéance 2026-10-09 · Suite\u00a0: tenu, mis à jour le 2026-10-08/);
    assert.match(md, /Témoin\u00a0: pas encore de témoin/);
    writeLog(join(t.dir, 'journal'), [...history(), { id: 'x', kind: 'decision', at: '2026-11-20T10:00:00Z', summary: 'Mock-ups <script>alert(1)</script>', tags: ['mobile'] }]);
    r = cli('topic', '--tag', 'mobile', '--out', join(t.dir, 'brief.html'), '--lang', 'en');
    assert.equal(r.code, 0, r.err);
    const html = readFileSync(join(t.dir, 'brief.html'), 'utf8');
    assert.match(html, /<h1>What was agreed about the tag “mobile”<\/h1>/);
    assert.match(html, /script-src &#39;none&#39;/);
    assert.ok(!html.includes('<script>'), 'log text is escaped');
    assert.ok(html.indexOf('2026-10-02') < html.indexOf('2026-11-20'), 'time order');
    r = cli('topic', 'the');
    assert.equal(r.code, 2);
    r = cli('topic');
    assert.match(r.err, /name the subject/);
  });
});
