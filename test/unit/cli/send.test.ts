// `liaison render`, `liaison log sent`, the pre-filled `liaison new status` and
// `liaison log import-email`, as a user runs them: the built dist/cli.js in a child process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(__dirname, '../../..');
const cli = join(repo, 'dist', 'cli.js');
const MAIL = join(repo, 'test/fixtures/mail');

const NOTE_FR = `---
type: status
lang: fr
date: 2026-12-01
status: draft
---
<!-- liaison-disable vague-timing -->
# Point hebdomadaire

Bonjour Julie,

## Fait cette semaine

- La page de connexion est en ligne.

## Prévu ensuite

- Je vous envoie les maquettes d'ici le vendredi 4 décembre.

## Blocages et risques

Rien ne bloque le projet.

## Ce dont j'ai besoin de votre part

Il me faudrait les photos avant le jeudi 3 décembre.

## Notes internes

Relancer le sous-traitant.

## Prochain contact

Vous recevrez le prochain point le mardi 8 décembre.

Alex
`;

describe('liaison render / log sent / new status / log import-email (dist/cli.js)', function () {
  this.timeout(60000);
  let dir: string;
  const run = (env: Record<string, string>, ...args: string[]) => {
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8',
      env: { ...process.env, LANG: 'C', LC_ALL: '', LIAISON_WRITER: 'cli-send', LIAISON_CONFIG_DIR: join(dir, '.cfg'), ...env } });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const en = (...args: string[]) => run({}, ...args);
  const fr = (...args: string[]) => run({ LANG: 'fr_FR.UTF-8' }, ...args);
  const profile = (lang: 'en' | 'fr') => writeFileSync(join(dir, '.liaison/profile.json'), JSON.stringify({
    client: { name: 'Boulangerie Tremblay', contact: 'Julie Tremblay-Lefèvre', email: 'julie@boulangerie.example' },
    project: 'Site de commande', freelancer: { name: 'Alex Côté', email: 'alex@cote.example' }, lang,
  }));

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'liaison-send-'));
    mkdirSync(join(dir, '.liaison'), { recursive: true });
    mkdirSync(join(dir, 'notes'));
    profile('fr');
    writeFileSync(join(dir, 'notes/point.md'), NOTE_FR);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('render: text without front matter, comments or internal sections; an eml draft to the client', () => {
    let r = en('render', 'notes/point.md');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^Bonjour Julie,\n\nFait cette semaine\n\n- La page de connexion est en ligne\.\n/);
    assert.doesNotMatch(r.out, /status: draft|liaison-disable|sous-traitant|Notes internes/);
    assert.match(r.err, /left out \(internal\): Notes internes/);
    r = en('render', 'notes/point.md', '--format', 'html', '--out', 'out.html');
    assert.equal(r.code, 0, r.err);
    assert.match(readFileSync(join(dir, 'out.html'), 'utf8'), /<li>La page de connexion est en ligne\.<\/li>/);
    r = en('render', 'notes/point.md', '--format', 'eml', '--today', '2026-12-01');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /\r\nTo: =\?UTF-8\?B\?[^\r]+\?=\r\n <julie@boulangerie\.example>\r\nSubject: Point hebdomadaire\r\nDate: Tue, 01 Dec 2026 12:00:00 [+-]\d{4}\r\nX-Unsent: 1\r\n/);
    // --anchor: the log's reference as the last line, which log verify --anchor then accepts.
    r = en('render', 'notes/point.md', '--anchor');
    assert.equal(r.code, 2);
    assert.match(r.err, /--anchor: the log is empty: there is nothing to anchor yet/);
    assert.equal(en('log', 'add', '--summary', 'Kick-off call', '--at', '2026-11-30').code, 0);
    r = fr('render', 'notes/point.md', '--anchor');
    assert.equal(r.code, 0, r.err);
    const ref = /\nRéférence de notre journal de projet\u00a0: (LX-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})\n$/.exec(r.out)?.[1];
    assert.ok(ref, r.out);
    r = en('log', 'verify', '--anchor', ref);
    assert.equal(r.code, 0, r.out + r.err);
    r = en('render', 'notes/point.md', '--format', 'pdf');
    assert.equal(r.code, 2);
    assert.match(r.err, /--format must be one of text, html, eml/);
  });

  it('log sent: refuses template blanks (exit 1, nothing written), then records, then "already sent"', () => {
    let r = en('new', 'status', '--lang', 'en', '--today', '2026-12-01', '--out', 'notes/blank.md');
    assert.equal(r.code, 0, r.err);
    r = en('log', 'sent', 'notes/blank.md', '--today', '2026-12-01');
    assert.equal(r.code, 1);
    assert.match(r.out, /notes\/blank\.md:\d+:\d+  error  .*\[something finished this week, in the client's terms\].*  unfilled-placeholder\n/);
    assert.match(r.err, /not sent: fix these first, or use --force/);
    assert.match(readFileSync(join(dir, 'notes/blank.md'), 'utf8'), /status: draft/);

    r = fr('log', 'sent', 'notes/point.md', '--today', '2026-12-01');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /enregistrée comme envoyée\u00a0: 2026/);
    assert.match(r.out, /engagement \(moi\)\u00a0: Je vous envoie les maquettes d'ici le vendredi 4 décembre \(échéance 2026-12-04\)/);
    assert.match(r.out, /engagement \(client\)\u00a0: Il me faudrait les photos avant le jeudi 3 décembre \(échéance 2026-12-03\)/);
    assert.match(r.out, /prochain contact\u00a0: 2026-12-08/);
    assert.equal(readFileSync(join(dir, 'notes/point.md'), 'utf8'), NOTE_FR.replace('status: draft', 'status: sent'));
    r = fr('log', 'sent', 'notes/point.md', '--today', '2026-12-02');
    assert.equal(r.code, 0);
    assert.match(r.out, /déjà envoyée le mardi 1er décembre 2026 à 12\u00a0h\u00a000/);
    const list = JSON.parse(en('log', 'list', '--format', 'json').out);
    assert.equal(list.length, 1);
    assert.equal(list[0].summary, 'Envoyé\u00a0: Point hebdomadaire');
  });

  it('new status is pre-filled from the log, FR then EN, overdue items marked', () => {
    assert.equal(fr('log', 'sent', 'notes/point.md', '--today', '2026-12-01').code, 0);
    en('log', 'add', '--at', '2026-12-02T10:00:00+01:00', '--kind', 'decision', '--summary', 'Appel', '--decision', 'la maquette d\'accueil est validée');
    let r = fr('new', 'status', '--today', '2026-12-07', '--out', '-');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /## Fait cette semaine\n\n- Décidé le mercredi 2 décembre 2026\u00a0: la maquette d'accueil est validée\n\n## Prévu ensuite/);
    assert.match(r.out, /## Prévu ensuite\n\n- Je vous envoie les maquettes d'ici le vendredi 4 décembre \(en retard\u00a0: prévu pour le vendredi 4 décembre 2026\)\n/);
    assert.match(r.out, /j’ai besoin de votre part\u00a0:\n\n- Il me faudrait les photos avant le jeudi 3 décembre \(en retard\u00a0: prévu pour le jeudi 3 décembre 2026\)\n/);
    assert.match(r.out, /\[ce qui bloque/, 'a section the log knows nothing about keeps its blank');
    profile('en');
    en('log', 'add', '--at', '2026-12-02T11:00:00+01:00', '--summary', 'Call', '--commitment', 'client: send the shop photos @Friday');
    r = en('new', 'status', '--today', '2026-12-03', '--out', '-');
    // A promise that names its day is not repeated with "(by …)"; one that does not gets it.
    assert.match(r.out, /## Planned next\n\n- Je vous envoie les maquettes d'ici le vendredi 4 décembre\n\n/);
    assert.match(r.out, /I need from you:\n\n- Il me faudrait les photos avant le jeudi 3 décembre\n- Send the shop photos \(by Friday 4 December 2026\)\n/);
  });

  it('log import-email: originals kept byte for byte, headers, time zone, direction, new text only; a second import refused', () => {
    const files = readdirSync(MAIL).filter(f => f.endsWith('.eml')).map(f => join(MAIL, f));
    assert.equal(files.length, 5);
    let r = en('log', 'import-email', ...files, '--format', 'json');
    assert.equal(r.code, 0, r.err);
    const recs = r.out.trim().split('\n').map(l => JSON.parse(l));
    const by = (name: string) => recs[files.findIndex(f => f.endsWith(name))];
    for (const [i, f] of files.entries()) {
      const kept = readFileSync(join(dir, '.liaison/log', recs[i].email.file));
      assert.deepEqual(kept, readFileSync(f), `${f} kept unchanged`);
      assert.match(recs[i].email.file, /^mail\/[0-9a-f]{64}\.eml$/);
    }
    assert.match(readFileSync(join(dir, '.liaison/log/mail/.gitattributes'), 'utf8'), /^\*\.eml -text$/m, 'git never converts the originals');
    const en1 = by('en-reply-quoted-printable.eml');
    assert.equal(en1.at, '2026-12-01T11:02:04-05:00', 'the sender\'s time zone is kept');
    assert.deepEqual([en1.email.from, en1.email.to, en1.email.cc], ['sam@northwind.example', ['alex@cote.example'], ['priya@northwind.example']]);
    assert.equal(en1.email.messageId, '<CAF3k9=sam.0001@mail.northwind.example>');
    assert.equal(en1.email.inReplyTo, '<liaison.status.20261201@cote.example>');
    assert.equal(en1.direction, 'from-client');
    assert.match(en1.quotes[0], /I need the revised version by Friday 4 December, our board meets on the 7th\.\n\nSam$/);
    const fr1 = by('fr-reponse-base64.eml');
    assert.equal(fr1.email.subject, 'Re\u00a0: Point hebdomadaire — maquette validée');
    assert.match(fr1.quotes[0], /^Bonjour Alex,\n\nMerci pour le point\. Je vous confirme que la maquette d’accueil est validée\.[\s\S]*Julie$/);
    const latin1 = by('fr-outlook-iso-8859-1.eml');
    assert.equal(latin1.email.subject, 'RE: Facture de novembre à régler');
    assert.match(latin1.quotes[0], /Nous n'avons toujours pas reçu la facture de novembre\.[\s\S]*Cabinet Dufresne$/);
    assert.doesNotMatch(latin1.quotes[0], /Message d'origine|la facture suit demain/);
    const html = by('en-html-only.eml');
    assert.equal(html.quotes[0], 'Hi Alex,\nApproved: go ahead with option B (2 days, €800).\nThanks,\nSam');
    const mine = by('en-sent-by-me.eml');
    assert.equal(mine.direction, 'to-client', 'from the profile\'s own address');
    assert.equal(mine.quotes, undefined);
    r = en('log', 'import-email', join(MAIL, 'fr-reponse-base64.eml'));
    assert.equal(r.code, 1);
    assert.match(r.err, /is already in the log \(Message-ID <5B1C2E7A-0F2D-4C1E-9D1A-2A6B7C8D9E0F@boulangerie\.example>, record \S+ of 2026-12-02\): not imported again/);
    writeFileSync(join(dir, 'not-mail.eml'), 'hello');
    r = en('log', 'import-email', 'not-mail.eml');
    assert.equal(r.code, 1);
    assert.match(r.err, /not-mail\.eml: the email has no From address: is it an \.eml file/);
    r = en('log', 'import-email', 'nowhere.eml', 'not-mail.eml');
    assert.equal(r.code, 2, 'a missing file is a command-line mistake, whatever the others give');
    assert.match(r.err, /nowhere\.eml does not exist: check the path/);
    assert.match(r.err, /not-mail\.eml: the email has no From address/, 'the other file was still read');
    writeFileSync(join(dir, 'esc.eml'), 'From: Julie <julie@x.example>\r\nTo: a@b.example\r\nSubject: =?utf-8?q?Hi=1B[31mred?=\r\n'
      + 'Date: Thu, 26 Nov 2026 09:12:00 +0100\r\nMessage-ID: <esc-1@x.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello\r\n');
    r = en('log', 'import-email', 'esc.eml');
    assert.equal(r.code, 0, r.err);
    assert.ok(!r.out.includes('\x1b'), 'a subject cannot colour or move the terminal');
    assert.match(r.out, /"Hi\\x1b\[31mred"/);
    assert.equal(JSON.parse(en('log', 'list', '--format', 'json').out).length, 6);
    assert.equal(en('log', 'verify').code, 0);
  });

  it('log export-for counsel and client: what each reader needs, nothing the client should not see', () => {
    assert.equal(fr('log', 'sent', 'notes/point.md', '--today', '2026-12-01').code, 0);
    assert.equal(en('log', 'import-email', join(MAIL, 'fr-reponse-base64.eml')).code, 0);
    en('log', 'add', '--at', '2026-12-02T10:00:00+01:00', '--kind', 'lesson', '--summary', 'Demander les photos plus tôt');
    en('log', 'add', '--at', '2026-12-02T10:05:00+01:00', '--direction', 'internal', '--summary', 'Note interne : client en retard');
    let r = fr('log', 'export-for', 'counsel', '--today', '2026-12-07');
    assert.equal(r.code, 0, r.err);
    const md = readFileSync(join(dir, 'exports/for-counsel-2026-12-07.md'), 'utf8');
    assert.match(md, /- \*\*Prestataire\*\*: Alex Côté, alex\S{1,7}cote\.example\n/, 'the address, kept from becoming a link');
    assert.match(md, /- \*\*Généré\*\*: lundi 7 décembre 2026 à 12\u00a0h\u00a000 \\\(UTC[+-]\d\d:\d\d\\\)/);
    assert.match(md, /### mercredi 2 décembre 2026 à 8\u00a0h\u00a047 \\\(UTC\+01:00\\\) — Échange · Courriel · Boulangerie Tremblay → Alex Côté/);
    assert.match(md, /\| Alex Côté \| Je vous envoie les maquettes d'ici le vendredi 4 décembre \| 2026-12-04 \| ouvert \\\(en retard\\\) \|/);
    assert.match(md, /## Annexe A\u00a0: notes envoyées, texte intégral[\s\S]*Le fichier actuel correspond à l’empreinte enregistrée à l’envoi\.\n\n```text\n---\ntype: status/);
    assert.match(md, /## Annexe B\u00a0: courriels conservés tels que reçus[\s\S]*\*\*Message-ID\*\*: `<5B1C2E7A-0F2D-4C1E-9D1A-2A6B7C8D9E0F@boulangerie\.example>`[\s\S]*Le 1 déc\. 2026 à 10:15, Alex Côté <alex@cote\.example> a écrit/);
    assert.match(md, /liaison log verify/);
    assert.doesNotMatch(md, /Leçons|Demander les photos plus tôt/, 'no lessons, no empty section');
    const html = readFileSync(join(dir, 'exports/for-counsel-2026-12-07.html'), 'utf8');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-/);
    assert.doesNotMatch(html, /<script/);
    r = en('log', 'export-for', 'client', '--today', '2026-12-07', '--lang', 'en');
    assert.equal(r.code, 0, r.err);
    const recap = readFileSync(join(dir, 'exports/client-recap-2026-12-07.md'), 'utf8');
    assert.match(recap, /^# What we agreed: Site de commande\n/);
    assert.match(recap, /Hello Julie Tremblay-Lefèvre,/);
    assert.match(recap, /## What I will do\n\n- Je vous envoie les maquettes d'ici le vendredi 4 décembre\n/);
    assert.match(recap, /## What I need from you\n\n- Il me faudrait les photos avant le jeudi 3 décembre\n/);
    assert.doesNotMatch(recap, /sha256|[0-9a-f]{16}|\.eml|\.md\b|notes\/|Note interne|Demander les photos|Lessons/i);
    assert.equal(r.err, '', 'a sound log: no warning');
    // A record edited by hand: the recap is still written, with a warning before it goes to the client.
    const logDir = join(dir, '.liaison/log');
    const file = join(logDir, readdirSync(logDir).find(n => n.endsWith('.jsonl'))!);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Note interne', 'Note modifiée'));
    r = en('log', 'export-for', 'client', '--today', '2026-12-07', '--lang', 'en');
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /^warning: the log is broken: this recap may hold records changed by hand; run liaison log verify before sending it$/m);
    assert.match(fr('log', 'export-for', 'client', '--today', '2026-12-07').err, /^avertissement\u00a0: le journal est rompu\u00a0: ce récapitulatif peut contenir des entrées modifiées à la main/m);
  });
});
