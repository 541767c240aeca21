// `liaison new` and `liaison templates` as a user runs them: the built CLI in a child process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(__dirname, '../../..');
const cli = join(repo, 'dist', 'cli.js');

function run(cwd: string, ...args: string[]): { code: number | null; out: string; err: string } {
  return runWith({ LANG: 'C' }, cwd, ...args);
}

function runWith(env: Record<string, string>, cwd: string, ...args: string[]): { code: number | null; out: string; err: string } {
  const clean = { ...process.env };
  delete clean.LC_ALL;
  delete clean.LC_MESSAGES;
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...clean, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('liaison new / liaison templates (dist/cli.js)', function () {
  this.timeout(60000);
  let dir: string;

  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'liaison-cli-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a French unforeseen-issue notice for Cabinet Dufresne (the issue\'s example)', () => {
    const r = run(dir, 'new', 'incident', '--lang', 'fr', '--set', 'client=Cabinet Dufresne', '--out', '-', '--date', '2026-11-24');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^---\ntype: incident\nlang: fr\nclient: Cabinet Dufresne\n/);
    assert.match(r.out, /\nstatus: draft\n---\n# Imprévu\n/);
    for (const h of ["Ce qui s'est passé", 'Impact', 'Options', 'Recommandation', 'Décision attendue le', 'Prochain contact']) {
      assert.match(r.out, new RegExp(`^## ${h}$`, 'm'));
    }
    assert.equal((r.out.match(/^\| [AB] \|/gm) ?? []).length, 2, 'two options');
    assert.match(r.out, /\*\*vendredi 27 novembre 2026\*\*/);
    assert.match(r.out, /Je vous appelle le mercredi 25 novembre 2026/);
    assert.match(r.out, /\[première option\]/, 'blanks stay visible');
  });

  it('fills values from ./.liaison/profile.json and writes <notesFolder>/<date>-<type>.md, never overwriting', () => {
    mkdirSync(join(dir, '.liaison'));
    writeFileSync(join(dir, '.liaison/profile.json'), JSON.stringify({
      client: { name: 'Boulangerie Tremblay', contact: 'Julie' }, project: 'Commandes en ligne', freelancer: { name: 'Alex' }, lang: 'fr', cadenceDays: 7, notesFolder: 'suivi',
    }));
    const first = run(dir, 'new', 'status', '--date', '2026-11-27');
    assert.equal(first.code, 0, first.err);
    assert.equal(first.out.trim(), 'suivi/2026-11-27-status.md');
    const text = readFileSync(join(dir, 'suivi/2026-11-27-status.md'), 'utf8');
    assert.match(text, /client: Boulangerie Tremblay\nproject: Commandes en ligne/);
    assert.match(text, /Bonjour Julie,/);
    assert.match(text, /le prochain point le vendredi 4 décembre 2026/, 'cadence of 7 days');
    assert.equal(run(dir, 'new', 'status', '--date', '2026-11-27').out.trim(), 'suivi/2026-11-27-status-2.md');
  });

  it('writes in the language of the profile, else of the locale', () => {
    assert.match(runWith({ LANG: 'fr_CA.UTF-8' }, dir, 'new', 'delay', '--out', '-').out, /^# Avis de retard$/m);
    assert.match(runWith({ LANG: 'en_GB.UTF-8' }, dir, 'new', 'delay', '--out', '-').out, /^# Delay notice$/m);
    mkdirSync(join(dir, '.liaison'));
    writeFileSync(join(dir, '.liaison/profile.json'), JSON.stringify({ client: { name: 'C' }, project: 'P', freelancer: { name: 'A' }, lang: 'en' }));
    assert.match(runWith({ LANG: 'fr_CA.UTF-8' }, dir, 'new', 'delay', '--out', '-').out, /^# Delay notice$/m);
  });

  it('dates the note on --today or LIAISON_TODAY --date wins', () => {
    const fm = (r: { out: string }) => /\ndate: (\S+)\n/.exec(r.out)?.[1];
    assert.equal(fm(run(dir, 'new', 'status', '--out', '-', '--today', '2026-03-02')), '2026-03-02');
    assert.equal(fm(runWith({ LANG: 'C', LIAISON_TODAY: '2026-03-02' }, dir, 'new', 'status', '--out', '-')), '2026-03-02');
    assert.equal(fm(runWith({ LANG: 'C', LIAISON_TODAY: '2026-03-02' }, dir, 'new', 'status', '--out', '-', '--date', '2026-04-01')), '2026-04-01');
    assert.equal(run(dir, 'new', 'status', '--out', '-', '--today', '2026-02-30').code, 2);
  });

  it('--out FILE never overwrites without --force', () => {
    writeFileSync(join(dir, 'note.md'), 'mine');
    const r = run(dir, 'new', 'risk', '--out', 'note.md');
    assert.equal(r.code, 2);
    assert.match(r.err, /note\.md already exists; nothing was written\. Use --force to overwrite it/);
    assert.equal(readFileSync(join(dir, 'note.md'), 'utf8'), 'mine');
    assert.equal(run(dir, 'new', 'risk', '--out', 'note.md', '--force').code, 0);
    assert.match(readFileSync(join(dir, 'note.md'), 'utf8'), /^---\ntype: risk/);
  });

  it('exits 2 with the valid values on a bad type, language or --set', () => {
    const type = run(dir, 'new', 'weekly');
    assert.equal(type.code, 2);
    assert.match(type.err, /unknown note type "weekly"; valid types: expectations, status, risk, incident, reply, delay, payment-reminder, change-request, closing, invoice/);
    const lang = run(dir, 'new', 'status', '--lang', 'de');
    assert.equal(lang.code, 2);
    assert.match(lang.err, /valid languages: en, fr/);
    const key = run(dir, 'new', 'status', '--set', 'colour=red', '--out', '-');
    assert.equal(key.code, 2);
    assert.match(key.err, /unknown --set key colour for status; valid keys: .*client\.name.*done-1/);
    assert.equal(run(dir, 'new', 'status', '--set', 'nothing', '--out', '-').code, 2);
    assert.equal(run(dir, 'new', 'status', '--date', '27/11/2026', '--out', '-').code, 2);
    assert.equal(existsSync(join(dir, 'notes')), false, 'nothing written on a usage error');
  });

  it('--strict fails on blanks and lists the --set keys; passes when all are given', () => {
    const r = run(dir, 'new', 'closing', '--strict', '--out', '-');
    assert.equal(r.code, 2);
    assert.match(r.err, /--set delivered=/);
    const all = ['client=C', 'contact=D', 'project=P', 'me=M', 'delivered=x', 'owed-item=x', 'owed-by=x', 'owed-amount=x', 'owed-by-date=x', 'access=x'];
    const ok = run(dir, 'new', 'closing', '--strict', '--out', '-', ...all.flatMap(a => ['--set', a]));
    assert.equal(ok.code, 0, ok.err);
    assert.doesNotMatch(ok.out, /\[/);
  });

  it('exits 2 naming key paths when the profile is invalid', () => {
    mkdirSync(join(dir, '.liaison'));
    writeFileSync(join(dir, '.liaison/profile.json'), JSON.stringify({ client: {}, project: 'P', freelancer: { name: 'A' }, cadenceDays: 0 }));
    const r = run(dir, 'new', 'status', '--out', '-');
    assert.equal(r.code, 2);
    assert.match(r.err, /invalid project profile \.liaison\/profile\.json/);
    assert.match(r.err, /client\.name/);
    assert.match(r.err, /cadenceDays/);
  });

  it('exits 2 naming file and line of a broken workspace template', () => {
    mkdirSync(join(dir, '.liaison/templates/en'), { recursive: true });
    writeFileSync(join(dir, '.liaison/templates/en/status.md'), '---\nid: status\ntype: status\nlang: en\ntitle: T\n---\n# T\n\nHello {{client.nom}}\n');
    const r = run(dir, 'new', 'status', '--out', '-');
    assert.equal(r.code, 2);
    assert.match(r.err, /\.liaison\/templates\/en\/status\.md:9:7: unknown placeholder \{\{client\.nom\}\}/);
  });

  it('lists every type in both languages, marking workspace templates', () => {
    mkdirSync(join(dir, '.liaison/templates/fr'), { recursive: true });
    writeFileSync(join(dir, '.liaison/templates/fr/delay.md'), readFileSync(join(repo, 'templates/fr/delay.md')));
    const r = run(dir, 'templates');
    assert.equal(r.code, 0);
    const lines = r.out.trim().split('\n');
    assert.equal(lines.length, 20);
    assert.match(r.out, /^incident +en {2}Something unexpected happened/m);
    assert.match(r.out, /^ +fr {2}Une relance courtoise/m);
    assert.match(r.out, /fr {2}Une date glisse.*\(workspace template\)$/m);
    assert.equal(run(dir, 'templates', '--lang', 'it').code, 2);
  });

  it('has --help for both commands', () => {
    for (const cmd of ['new', 'templates']) {
      const r = run(dir, cmd, '--help');
      assert.equal(r.code, 0);
      assert.match(r.out, new RegExp(`Usage: liaison ${cmd}`));
    }
    assert.match(run(dir, 'new', '--help').out, /--set <key=value>/);
  });
});
