// The CLI in French, as a French user runs it (dist/cli.js with LANG=fr_FR.UTF-8): usage errors,
// --help, commander's own errors, log verify findings, path problems. LANG=C (or LC_ALL=C over a
// French LANG) keeps every message English, and machine output (JSON) is the same in both.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const cli = join(resolve(__dirname, '../../..'), 'dist/cli.js');
const NBSP = '\u00a0';

function run(cwd: string, env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8',
    env: { ...process.env, LANG: '', LC_ALL: '', LC_MESSAGES: '', LIAISON_TODAY: '2026-11-20', LIAISON_CONFIG_DIR: join(cwd, '.cfg'), ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const fr = (cwd: string, ...args: string[]) => run(cwd, { LANG: 'fr_FR.UTF-8' }, ...args);
const en = (cwd: string, ...args: string[]) => run(cwd, { LANG: 'C' }, ...args);

describe('the CLI in French (LANG=fr_FR.UTF-8)', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'liaison-fr-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('says a usage error in French, exit 2, and in English under LANG=C', () => {
    const f = fr(dir, 'new', 'facture');
    assert.equal(f.code, 2);
    assert.equal(f.err, `liaison${NBSP}: type de note inconnu «${NBSP}facture${NBSP}»${NBSP}; types valides${NBSP}: expectations, status, risk, incident, reply, delay, payment-reminder, change-request, closing, invoice\n`);
    const e = en(dir, 'new', 'facture');
    assert.equal(e.code, 2);
    assert.match(e.err, /^liaison: unknown note type "facture"; valid types: expectations, /);
  });

  it('words commander\'s own errors in French: an unknown option, a value not among the choices', () => {
    const unknown = fr(dir, 'lint', '--frob');
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, new RegExp(`^erreur${NBSP}: option inconnue «${NBSP}--frob${NBSP}»\n\\(liaison --help liste les commandes${NBSP}; `));
    const choice = fr(dir, 'lint', '--format', 'xml');
    assert.equal(choice.code, 2);
    assert.match(choice.err, /n’accepte pas «\u00a0xml\u00a0»\u00a0: choisissez parmi stylish, json, sarif\./);
    assert.match(en(dir, 'lint', '--frob').err, /^error: unknown option '--frob'\n\(liaison --help lists the commands; /);
  });

  it('shows --help in French, never starting a wrapped line with the colon or semicolon it follows', () => {
    const f = fr(dir, 'lint', '--help');
    assert.equal(f.code, 0);
    assert.match(f.out, /^Utilisation\u00a0: liaison lint \[options\] \[paths\.\.\.\]$/m);
    assert.match(f.out, /^ {2}-h, --help +afficher l’aide de la commande$/m);
    assert.match(f.out, /^ {2}-q, --quiet +signaler les erreurs seulement, pas les/m);
    assert.match(f.out, /^ {2}--max-warnings <n> +sortir avec 1 au-delà de n avertissements$/m);
    assert.match(f.out.replace(/[ \n]+/g, ' '), /\(par défaut\u00a0: la date du système\) \(variable\u00a0: LIAISON_TODAY\)/);
    assert.doesNotMatch(f.out, /^\s+[:;?!»]/m);
    const top = fr(dir, '--help');
    assert.match(top.out, /^Commandes\u00a0:$/m);
    assert.match(top.out, /^ {2}log +Le journal du projet\u00a0: chaque échange avec le/m);
    const e = en(dir, 'lint', '--help');
    assert.match(e.out, /^Usage: liaison lint \[options\] \[paths\.\.\.\]$/m);
    assert.match(e.out, /^ {2}-h, --help +display help for command$/m);
  });

  it('names a tampered record in French in log verify; the JSON is the same in both languages', () => {
    assert.equal(fr(dir, 'log', 'add', '--summary', 'Appel : la date de livraison', '--at', '2026-11-18').code, 0);
    assert.equal(fr(dir, 'log', 'add', '--summary', 'Devis envoyé', '--at', '2026-11-19').code, 0);
    const file = join(dir, '.liaison/log', readdirSync(join(dir, '.liaison/log')).find(n => n.endsWith('.jsonl'))!);
    writeFileSync(file, readFileSync(file, 'utf8').replace('la date de livraison', 'la date de facturation'));
    const f = fr(dir, 'log', 'verify', '--no-git');
    assert.equal(f.code, 1);
    assert.match(f.out, /^erreur\u00a0: \.liaison\/log\/w-[0-9a-f]+\.jsonl:1\u00a0: l’entrée \S+ \(ligne 1\) a été modifiée après son écriture\u00a0: son contenu ne correspond plus à son empreinte$/m);
    assert.match(f.out, /^journal ROMPU\u00a0: 2 entrée\(s\) dans 1 fichier\(s\)\u00a0; voyez les erreurs ci-dessus$/m);
    const e = en(dir, 'log', 'verify', '--no-git');
    assert.equal(e.code, 1);
    assert.match(e.out, /^error: \.liaison\/log\/w-[0-9a-f]+\.jsonl:1: record \S+ \(line 1\) was changed after it was written/m);
    assert.match(e.out, /^log BROKEN: 2 record\(s\) in 1 file\(s\); see the errors above$/m);
    const jsonFr = fr(dir, 'log', 'verify', '--no-git', '--format', 'json');
    assert.equal(jsonFr.out, en(dir, 'log', 'verify', '--no-git', '--format', 'json').out);
    assert.doesNotMatch(jsonFr.out, /"fr"|entrée/);
  });

  it('says a path problem in French, the file name still escaped', () => {
    const f = fr(dir, 'render', 'notes/absente.md');
    assert.equal(f.code, 2);
    assert.equal(f.err, `liaison render${NBSP}: notes/absente.md n’existe pas\n`);
    const hostile = fr(dir, 'log', 'import-email', 'x\u001b[2J.eml');
    assert.equal(hostile.code, 2);
    assert.equal(hostile.err, `liaison log import-email${NBSP}: x\\x1b[2J.eml n’existe pas${NBSP}: vérifiez le chemin (le .eml enregistré depuis votre messagerie)\n`);
    assert.equal(en(dir, 'render', 'notes/absente.md').err, 'liaison render: notes/absente.md does not exist\n');
  });

  it('reads LC_ALL before LANG, and lint --lang en gives an English report and messages under a French locale', () => {
    assert.match(run(dir, { LANG: 'fr_FR.UTF-8', LC_ALL: 'C' }, 'new', 'facture').err, /^liaison: unknown note type/);
    assert.match(run(dir, { LANG: 'C', LC_MESSAGES: 'fr_CA.UTF-8' }, 'new', 'facture').err, /^liaison\u00a0: type de note inconnu/);
    const lint = fr(dir, 'lint', '--lang', 'en', 'notes/*.md');
    assert.equal(lint.code, 2);
    assert.match(lint.err, /^liaison lint: no Markdown file matches notes\/\*\.md; check the pattern/);
    assert.match(fr(dir, 'lint', 'notes/*.md').err, /^liaison lint\u00a0: aucun fichier Markdown ne correspond à notes\/\*\.md\u00a0; vérifiez le motif/);
  });

  it('lists the problems of an invalid profile in French: schema (Ajv\'s French), folders, JSON syntax', () => {
    mkdirSync(join(dir, '.liaison'));
    writeFileSync(join(dir, '.liaison/profile.json'), '{"lang": "de", "logFolder": "/srv/log", "extra": 1}');
    const f = fr(dir, 'log', 'list');
    assert.equal(f.code, 2);
    assert.match(f.err, /^liaison log\u00a0: profil de projet invalide .*profile\.json\u00a0:$/m);
    assert.match(f.err, /^ {2}extra\u00a0: clé inconnue$/m);
    assert.match(f.err, /^ {2}lang\u00a0: doit être égal à une des valeurs prédéfinies$/m);
    assert.match(f.err, /^ {2}logFolder\u00a0: doit être relatif à l’espace de travail, pas un chemin absolu$/m);
    assert.match(en(dir, 'log', 'list').err, /^ {2}extra: unknown key$/m);
    writeFileSync(join(dir, '.liaison/profile.json'), '{"lang": "fr",');
    assert.match(fr(dir, 'new', 'status').err, /^ {2}\(fichier\)\u00a0: JSON invalide ligne \d+, colonne \d+\u00a0: une clé entre "guillemets droits doubles" est attendue ici/m);
  });

  it('lists what is wrong with a record given as JSON in French', () => {
    writeFileSync(join(dir, 'record.json'), '{"kind": "exchange", "at": "2026-11-18T10:00:00+01:00", "summary": "", "channel": "pigeon"}');
    const f = fr(dir, 'log', 'add', '--from-json', 'record.json');
    assert.equal(f.code, 2);
    assert.equal(f.err, 'liaison log\u00a0: l’entrée n’est pas valide\u00a0:\n  summary\u00a0: obligatoire\n' +
      '  channel\u00a0: doit valoir l’une de ces valeurs\u00a0: email, call, meeting, chat, letter, other\n');
    assert.match(en(dir, 'log', 'add', '--from-json', 'record.json').err, /^ {2}summary: required$/m);
  });

  it('sums up what new left to fill in French', () => {
    const f = fr(dir, 'new', 'status', '--lang', 'fr', '--out', 'point.md');
    assert.equal(f.code, 0, f.err);
    assert.match(f.err, /^\d+ blanc\(s\) entre \[crochets\] à remplir\.$/m);
    assert.match(en(dir, 'new', 'status', '--lang', 'fr', '--out', 'point2.md').err, /^\d+ blank\(s\) left in \[brackets\] for you to fill in\.$/m);
  });

  it('words .liaisonrc problems in the lint report in French, saying what to write; English under LANG=C', () => {
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes/point.md'), '---\ntype: status\nlang: fr\n---\n# Point\n');
    writeFileSync(join(dir, '.liaisonrc.json'), '{"rules": {"no-vague-dates": "loud", "vague-timing": ["warning", {"x": 1}]}, "lang": 3}');
    const config = (r: { out: string }) => r.out.split('\n').filter(l => l.includes('lint-config')).join('\n');
    const f = config(fr(dir, 'lint', '--no-color', 'notes/point.md'));
    assert.match(f, /\.liaisonrc\.json: lang: clé inconnue\u00a0: ce fichier accepte rules et maxFullLintBytes/);
    assert.match(f, /rules\.no-vague-dates: règle inconnue\u00a0: écrivez l’une de celles-ci\u00a0: required-sections, /);
    assert.match(f, /rules\.vague-timing\[1\]\.x: option inconnue\u00a0: cette règle accepte /);
    assert.doesNotMatch(f, /unknown|expected/);
    assert.match(config(en(dir, 'lint', '--no-color', 'notes/point.md')), /lang: unknown key \(expected rules, maxFullLintBytes\)/);
    writeFileSync(join(dir, '.liaisonrc.json'), '{"rules": {"vague-timing": "off"}');
    assert.match(config(fr(dir, 'lint', '--no-color', 'notes/point.md')), /JSON invalide ligne 1, colonne \d+\u00a0: il manque une } fermante\u00a0; corrigez puis enregistrez/);
  });
});
