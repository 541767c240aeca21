// Editor notifications built below VS Code, run with the French bundle the extension ships: an
// invalid profile's problems in the display language (core's French, key paths escaped), what
// Lint All Notes says when it ends, and the progress words of a long log read.
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProfile, type ProfileProblem } from '../../../src/core/config/profile.js';
import { nodeFileSystem } from '../../../src/node/file-system.js';
import type { Translator } from '../../../src/vscode/log/issue-lines.js';
import { profileProblemList, profileProblemsMessage } from '../../../src/vscode/templates/profile-problems.js';
import { lintAllMessage } from '../../../src/vscode/lint/lint-all-message.js';
import { readingWords } from '../../../src/vscode/log/progress-words.js';
import { tempDir } from '../log/helpers/tmp.js';

const ROOT = join(__dirname, '../../..');
const bundle: Record<string, string> = Object.assign({}, ...readdirSync(join(ROOT, 'l10n/src')).filter(f => f.endsWith('.fr.json')).sort()
  .map(f => JSON.parse(readFileSync(join(ROOT, 'l10n/src', f), 'utf8')) as Record<string, string>));
// vscode.l10n.t's behaviour: the bundle's text when there is one, else the English key; {n} filled in.
const translator = (table: Record<string, string>): Translator => ({
  t: (m, ...args) => (table[m] ?? m).replace(/\{(\d+)\}/g, (w, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : w)),
});
const FR = translator(bundle), EN = translator({});

async function problemsOf(profileText: string): Promise<ProfileProblem[]> {
  const t = tempDir('liaison-profile-');
  try {
    mkdirSync(join(t.dir, '.liaison'));
    writeFileSync(join(t.dir, '.liaison/profile.json'), profileText);
    const r = await loadProfile(nodeFileSystem, t.dir);
    assert.ok(!r.ok && 'problems' in r, 'the profile is refused');
    return (r as { problems: ProfileProblem[] }).problems;
  } finally {
    t.cleanup();
  }
}

describe('editor messages (below VS Code)', () => {
  describe('an invalid project profile', () => {
    it('lists each problem in French for a French VS Code, as core words it, with a no-break space before each colon', async () => {
      const problems = await problemsOf(JSON.stringify({ client: { name: 'Boulangerie Tremblay' }, project: 'Site', freelancer: { name: 'Alex' }, lang: 'de' }));
      const fr = profileProblemsMessage(FR, 'fr', problems);
      assert.match(fr, /^Le profil du projet \.liaison\/profile\.json n’est pas valide\u00a0: lang\u00a0: /);
      assert.ok(problems[0]!.fr && fr.includes(problems[0]!.fr), `core's French is used: ${fr}`);
      assert.ok(!fr.includes(problems[0]!.message), 'not the English');
      const en = profileProblemsMessage(EN, 'en', problems);
      assert.equal(en, `The project profile .liaison/profile.json is invalid: lang: ${problems[0]!.message}`);
    });

    it('gives a JSON syntax error its line and column in French, and says the file was left as it was', async () => {
      const problems = await problemsOf('{\n  "client": { "name": "Boulangerie" },\n}\n');
      assert.equal(problems[0]!.path, '');
      const fr = profileProblemsMessage(FR, 'fr', problems, 'kept');
      assert.match(fr, /^Le profil du projet \.liaison\/profile\.json n’a pas été modifié\u00a0: \(tout le fichier\)\u00a0: JSON invalide ligne 3, colonne 1/);
      assert.doesNotMatch(fr, /line 3|not valid JSON/);
      assert.match(profileProblemsMessage(EN, 'en', problems, 'kept'), /left unchanged: \(whole file\): not valid JSON at line 3, column 1/);
    });

    it('escapes a key path that would be a command link in the notification', () => {
      const list = profileProblemList(EN, 'en', [{ path: '[Fix](command:workbench.action.terminal.new)', message: 'unknown key' }]);
      assert.doesNotMatch(list, /\]\(command:/);
      assert.match(list, /unknown key$/);
    });
  });

  describe('Lint All Notes when it ends', () => {
    it('no folder open: a notification says to open one (not "0 notes linted"), in French too', () => {
      assert.deepEqual(lintAllMessage(EN, { folder: false }), { where: 'notification',
        text: 'Open a folder first: Lint All Notes checks the client notes of a workspace (an open note is checked as you type).' });
      assert.match(lintAllMessage(FR, { folder: false })!.text, /^Ouvrez d’abord un dossier\u00a0: Vérifier toutes les notes/);
    });

    it('no note found: a notification says what a note is and that nothing was checked', () => {
      const fr = lintAllMessage(FR, { folder: true, notes: 0, cancelled: false })!;
      assert.equal(fr.where, 'notification');
      assert.match(fr.text, /^Aucune note client dans cet espace de travail\u00a0: .* Rien n’a été vérifié\.$/);
      assert.match(lintAllMessage(EN, { folder: true, notes: 0, cancelled: false })!.text, /^No client note in this workspace: a note is a Markdown file/);
    });

    it('notes linted: the count in the status bar; cancelled: nothing said', () => {
      assert.deepEqual(lintAllMessage(FR, { folder: true, notes: 12, cancelled: false }), { where: 'status bar', text: 'Liaison\u00a0: 12 notes vérifiées' });
      assert.deepEqual(lintAllMessage(EN, { folder: true, notes: 12, cancelled: false }), { where: 'status bar', text: 'Liaison: 12 notes linted' });
      assert.equal(lintAllMessage(EN, { folder: true, notes: 3, cancelled: true }), undefined);
    });
  });

  describe('progress of a long log read', () => {
    it('counts the records in the display language and gives the share read', () => {
      assert.deepEqual(readingWords(EN, 'en', { bytes: 42, totalBytes: 100, records: 45000 }), { message: 'Reading the log: 45,000 records (42%)', percent: 42 });
      assert.deepEqual(readingWords(FR, 'fr', { bytes: 100, totalBytes: 100, records: 100000 }), { message: 'Lecture du journal\u00a0: 100\u202f000\u00a0entrées (100\u00a0%)', percent: 100 });
      assert.deepEqual(readingWords(FR, 'fr', { bytes: 5, totalBytes: 0, records: 12 }), { message: 'Lecture du journal\u00a0: 12\u00a0entrées' });
    });
  });
});
