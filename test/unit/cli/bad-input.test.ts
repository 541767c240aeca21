// Bad input as users give it to dist/cli.js: each case says what to do, exits 0/1/2 as
// docs/cli.md documents, and never rewrites or loses data.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const cli = join(resolve(__dirname, '../../..'), 'dist/cli.js');

function run(cwd: string, lang: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8',
    env: { ...process.env, LANG: lang, LC_ALL: '', LIAISON_TODAY: '2026-11-20', LIAISON_CONFIG_DIR: join(cwd, '.cfg') } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('bad input (CLI)', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'liaison-bad-')); mkdirSync(join(dir, 'notes')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  for (const [lang, uiLang, body, says] of [
    ['en', 'C', 'Café on Friday 21 November.', /not UTF-8 text: --fix left it unchanged/],
    ['fr', 'fr_FR.UTF-8', 'Réunion le vendredi 21 novembre.', /pas en UTF-8\u00a0: --fix ne l’a pas modifié/],
  ] as const) {
    it(`lint --fix leaves a Latin-1 note byte for byte and says to save it as UTF-8, exit 2 (${lang})`, () => {
      const bytes = Buffer.from(`---\ntype: status\nlang: ${lang}\ndate: 2026-11-20\n---\n# Status\n\n${body}\n`, 'latin1');
      writeFileSync(join(dir, 'notes/latin1.md'), bytes);
      const r = run(dir, uiLang, 'lint', '--fix', '--no-color', 'notes/latin1.md');
      assert.equal(r.code, 2, r.out + r.err);
      assert.match(r.err, says);
      assert.deepEqual(readFileSync(join(dir, 'notes/latin1.md')), bytes);
    });
  }

  it('lint --fix still fixes a UTF-8 note that holds a real U+FFFD', () => {
    writeFileSync(join(dir, 'notes/n.md'), '---\ndate: 2026-11-20\n---\n# Notes\n\nThe demo \uFFFD is on Friday 26 November.\n');
    const r = run(dir, 'C', 'lint', '--fix', '--no-color', 'notes/n.md');
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(readFileSync(join(dir, 'notes/n.md'), 'utf8'), /Thursday 26 November/);
  });
  it('lint with a glob that matches nothing says so, exit 2, in English and French', () => {
    writeFileSync(join(dir, 'notes/a.md'), '---\ntype: status\n---\n# Update\n');
    const en = run(dir, 'C', 'lint', 'nosuch/**/*.md');
    assert.equal(en.code, 2);
    assert.match(en.err, /no Markdown file matches nosuch\/\*\*\/\*\.md; check the pattern/);
    const fr = run(dir, 'fr_FR.UTF-8', 'lint', 'nosuch/*.md');
    assert.equal(fr.code, 2);
    assert.match(fr.err, /aucun fichier Markdown ne correspond à nosuch\/\*\.md/);
    assert.equal(run(dir, 'C', 'lint', 'notes/*.md').code, 0, 'a glob that matches still lints');
  });

  it('import-email: a folder or an empty file is named with what to do, the other files still go in; attachments are listed (EN, FR)', () => {
    mkdirSync(join(dir, 'inbox'));
    writeFileSync(join(dir, 'empty.eml'), '');
    const eml = ['From: Julie <julie@example.com>', 'To: Alex <alex@example.com>', 'Subject: Logo final', 'Date: Tue, 01 Dec 2026 09:12:00 -0500',
      'Message-ID: <logo-1@example.com>', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b1"', '', '--b1', 'Content-Type: text/plain; charset=utf-8', '',
      'Here is the final logo.', '', '--b1', 'Content-Type: image/png; name="logo.png"', 'Content-Disposition: attachment; filename="logo.png"',
      'Content-Transfer-Encoding: base64', '', 'iVBORw0KGgo=', '--b1--', ''].join('\r\n');
    writeFileSync(join(dir, 'logo.eml'), eml);
    const r = run(dir, 'C', 'log', 'import-email', 'inbox', 'empty.eml', 'logo.eml');
    assert.equal(r.code, 2, 'a folder is a mistake in the command line');
    assert.match(r.err, /^liaison log import-email: inbox is a folder: give the \.eml files inside it, e\.g\. inbox\/\*\.eml$/m);
    assert.match(r.err, /^liaison log import-email: empty\.eml: the file is empty: save the whole message from your mail program \(File, Save As, \.eml\) and import that file$/m);
    assert.doesNotMatch(r.err, /From address|at .*\.js:/);
    assert.match(r.out, /^imported logo\.eml: from the client, .*"Logo final"/m);
    assert.match(r.out, /^ {2}1 attachment\(s\), kept in the original: logo\.png$/m);
    const f = run(dir, 'fr_FR.UTF-8', 'log', 'import-email', 'inbox', 'empty.eml');
    assert.match(f.err, /inbox est un dossier\u00a0: donnez les fichiers \.eml qu’il contient/);
    assert.match(f.err, /empty\.eml\u00a0: le fichier est vide\u00a0: enregistrez le message entier depuis votre messagerie/);
  });
});
