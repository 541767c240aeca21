// Hostile input as a demanding user gives it to dist/cli.js: looping links, Windows paths, empty or
// unwritable --out, binary notes, escape sequences in names. Each says what is wrong and what to do,
// in one line, exits 2, and writes or overwrites nothing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const cli = join(resolve(__dirname, '../../..'), 'dist/cli.js');

function run(cwd: string, args: string[], env: Record<string, string> = {}) {
  const clean = { ...process.env };
  delete clean.LIAISON_TODAY;
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8',
    env: { ...clean, LANG: 'C', LC_ALL: '', LIAISON_CONFIG_DIR: join(cwd, '.cfg'), ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const NOTE = {
  en: '---\ntype: status\nlang: en\ndate: 2026-11-20\n---\n# Weekly update\n\nThe demo is on Friday 27 November.\n',
  fr: '---\ntype: status\nlang: fr\ndate: 2026-11-20\n---\n# Point hebdomadaire\n\nLa démo a lieu le vendredi 27 novembre.\n',
};
const ESC = '\u001b';

describe('hostile input (CLI)', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'liaison-hostile-')); mkdirSync(join(dir, 'notes')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('--today', () => {
    it('a bad --today prints one line with the expected format, not the whole help, exit 2', () => {
      for (const args of [['lint', '--today', 'garbage'], ['new', 'status', '--today', '2026-02-30']]) {
        const r = run(dir, args);
        assert.equal(r.code, 2, r.err);
        assert.equal(r.err.trim().split('\n').length, 1, r.err);
        assert.match(r.err.trim(), /^liaison: --today "(garbage|2026-02-30)" is not a real date: write it as YYYY-MM-DD, e\.g\. 2026-11-20$/);
        assert.doesNotMatch(r.err, /Usage:/);
      }
    });
    it('other option mistakes end with a one-line pointer to --help, not the whole help', () => {
      const r = run(dir, ['lint', '--format', 'xml']);
      assert.equal(r.code, 2);
      assert.deepEqual(r.err.trim().split('\n'), [
        "error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are stylish, json, sarif.",
        '(liaison --help lists the commands; liaison <command> --help, its options)']);
    });
    it('a bad LIAISON_TODAY names the variable', () => {
      const r = run(dir, ['lint'], { LIAISON_TODAY: 'tomorrow' });
      assert.equal(r.code, 2);
      assert.equal(r.err.trim(), 'liaison: LIAISON_TODAY "tomorrow" is not a real date: write it as YYYY-MM-DD, e.g. 2026-11-20');
    });
  });

  describe('symbolic links that loop, Windows paths', () => {
    it('a note linked to itself: lint, render and log say it loops and what to do, exit 2', () => {
      symlinkSync('loop.md', join(dir, 'notes/loop.md'));
      for (const [args, prefix] of [[['lint', 'notes/loop.md'], 'liaison lint'], [['render', 'notes/loop.md'], 'liaison render']] as const) {
        const r = run(dir, [...args]);
        assert.equal(r.code, 2, r.err);
        assert.equal(r.err.trim(), `${prefix}: notes/loop.md is a symbolic link that leads back to itself (a loop): point it at a real file or folder (ln -sfn TARGET notes/loop.md) or remove it`);
      }
    });
    it('a workspace (--dir) linked to itself says so, exit 2', () => {
      symlinkSync('ws', join(dir, 'ws'));
      const r = run(dir, ['log', 'list', '--dir', 'ws']);
      assert.equal(r.code, 2);
      assert.match(r.err, /--dir ws is a symbolic link that leads back to itself \(a loop\)/);
    });
    it('a notes folder linked to itself: new names the folder, writes nothing, exit 2', () => {
      rmSync(join(dir, 'notes'), { recursive: true });
      symlinkSync('notes', join(dir, 'notes'));
      const r = run(dir, ['new', 'status', '--today', '2026-11-20']);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, /^liaison: notes is a symbolic link that leads back to itself \(a loop\)/);
      assert.doesNotMatch(r.err, /ELOOP/);
    });
    it('a notes folder that is a file: new says which setting to change, writes nothing', () => {
      rmSync(join(dir, 'notes'), { recursive: true });
      writeFileSync(join(dir, 'notes'), 'my notes\n');
      const r = run(dir, ['new', 'status', '--today', '2026-11-20']);
      assert.equal(r.code, 2);
      assert.match(r.err, /^liaison: profile notesFolder "notes" is a file, not a folder: rename it, or set notesFolder to a folder in \.liaison\/profile\.json; nothing was written$/m);
      assert.equal(readFileSync(join(dir, 'notes'), 'utf8'), 'my notes\n');
    });
    it('a Windows path on Linux gets a hint', () => {
      const r = run(dir, ['log', 'list', '--dir', 'C:\\notes']);
      assert.equal(r.code, 2);
      assert.match(r.err, /--dir C:\\notes does not exist; this looks like a Windows path: here paths use \//);
    });
    it('a --dir that is a file says to give the folder', () => {
      writeFileSync(join(dir, 'notes/a.md'), NOTE.en);
      const r = run(dir, ['log', 'list', '--dir', 'notes/a.md']);
      assert.equal(r.code, 2);
      assert.match(r.err, /--dir notes\/a\.md is a file, not a folder: give the workspace folder/);
      assert.doesNotMatch(r.err, /ENOTDIR/);
    });
  });

  describe('new --out', () => {
    it('an empty --out asks for a file name and writes nothing', () => {
      const r = run(dir, ['new', 'status', '--out', '', '--today', '2026-11-20']);
      assert.equal(r.code, 2);
      assert.match(r.err, /--out needs a file name \(e\.g\. --out notes\/update\.md\), or "-" for standard output; nothing was written/);
      assert.deepEqual(readdirSync(join(dir, 'notes')), []);
    });
    it('--out naming a folder says to give a file name, even with --force', () => {
      for (const extra of [[], ['--force']]) {
        const r = run(dir, ['new', 'status', '--out', 'notes', '--today', '2026-11-20', ...extra]);
        assert.equal(r.code, 2);
        assert.match(r.err, /notes is a folder, not a file: give a file name, e.g\. notes\/note\.md/);
      }
    });
    it('--out on an existing note (EN and FR) leaves it as it was without --force', () => {
      for (const lang of ['en', 'fr'] as const) {
        writeFileSync(join(dir, `notes/${lang}.md`), NOTE[lang]);
        const r = run(dir, ['new', 'status', '--lang', lang, '--out', `notes/${lang}.md`, '--today', '2026-11-20']);
        assert.equal(r.code, 2);
        assert.match(r.err, /already exists; nothing was written\. Use --force to overwrite it/);
        assert.equal(readFileSync(join(dir, `notes/${lang}.md`), 'utf8'), NOTE[lang]);
      }
    });
    it('--out on a dangling symbolic link is refused: writing would follow it elsewhere', () => {
      symlinkSync(join(dir, 'elsewhere.md'), join(dir, 'notes/link.md'));
      const r = run(dir, ['new', 'status', '--out', 'notes/link.md', '--today', '2026-11-20']);
      assert.equal(r.code, 2);
      assert.deepEqual(readdirSync(dir).filter(n => n === 'elsewhere.md'), []);
    });
    it('a folder that cannot be made says so with the path, not ENOTDIR', () => {
      writeFileSync(join(dir, 'afile'), 'x');
      const r = run(dir, ['new', 'status', '--out', 'afile/note.md', '--today', '2026-11-20']);
      assert.equal(r.code, 2);
      assert.match(r.err, /^liaison: afile: a part of this path is a file, not a folder; nothing was written/);
    });
    it('--set refuses a control or bidi character in a value, writes nothing', () => {
      const r = run(dir, ['new', 'status', '--set', 'client=Cabinet \u202EDufresne', '--today', '2026-11-20']);
      assert.equal(r.code, 2);
      assert.equal(r.err.trim(), 'liaison: --set client: the value holds a control or bidi character (Cabinet \\u202eDufresne); type it without');
      assert.deepEqual(readdirSync(join(dir, 'notes')), []);
    });
    it('a pasted paragraph as the note type is echoed cut short', () => {
      const r = run(dir, ['new', 'x'.repeat(100_000)]);
      assert.equal(r.code, 2);
      assert.ok(r.err.length < 300, `${r.err.length} characters`);
      assert.match(r.err, /unknown note type "x{57}…"; valid types: expectations, status/);
    });
    it('a control character in the note type is escaped when echoed', () => {
      const r = run(dir, ['new', `sta${ESC}[2Jtus`]);
      assert.equal(r.code, 2);
      assert.ok(!r.err.includes(ESC), r.err);
      assert.match(r.err, /unknown note type "sta\\x1b\[2Jtus"/);
    });
  });

  describe('render', () => {
    it('a folder, a binary file and an unclosed front matter are refused, nothing printed', () => {
      writeFileSync(join(dir, 'notes/bin.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
      writeFileSync(join(dir, 'notes/open.md'), '---\ntype: status\nlang: fr\n# Point\n\nTexte.\n');
      for (const [note, says] of [
        ['notes', /^liaison render: notes is a folder, not a file: name a note inside it$/],
        ['notes/bin.md', /^liaison render: notes\/bin\.md is not a text note \(it holds NUL bytes\)/],
        ['notes/open.md', /^liaison render: notes\/open\.md: The front matter opened with `---` is never closed, so the client would read it: add a `---` line after it\. Nothing was rendered\.$/],
      ] as const) {
        const r = run(dir, ['render', note]);
        assert.equal(r.code, 2, note);
        assert.match(r.err.trim(), says);
        assert.equal(r.out, '', 'nothing reaches the client text');
      }
    });
    it('escape sequences and a bidi override in the note are shown, not obeyed, on standard output; --out keeps them (EN, FR)', () => {
      for (const [lang, line] of [['en', 'Total \u202e0001$ \u001b[2Jcleared'], ['fr', 'Montant \u202e0001$ \u001b]8;;https://x.example\u0007lien']] as const) {
        writeFileSync(join(dir, `notes/${lang}.md`), NOTE[lang] + `\n${line}\n`);
        const r = run(dir, ['render', `notes/${lang}.md`]);
        assert.equal(r.code, 0, r.err);
        assert.ok(!r.out.includes(ESC) && !r.out.includes('\u202e'), JSON.stringify(r.out));
        assert.match(r.out, /\\u202e0001\$ \\x1b/);
        assert.equal(run(dir, ['render', `notes/${lang}.md`, '--out', `${lang}.txt`]).code, 0);
        assert.ok(readFileSync(join(dir, `${lang}.txt`), 'utf8').includes(line), 'the file gets the text as it is');
      }
    });
    it('a 3 MB note and a 5,000-deep quote are refused with what to do, quickly', () => {
      const big = NOTE.en + 'We will deliver the report on Friday 27 November.\n\n'.repeat(60_000);
      writeFileSync(join(dir, 'notes/big.md'), big);
      writeFileSync(join(dir, 'notes/deep.md'), NOTE.fr + '> '.repeat(5000) + 'profond\n');
      const t0 = Date.now();
      const r = run(dir, ['render', 'notes/big.md']);
      assert.equal(r.code, 2);
      assert.match(r.err, /^liaison render: notes\/big\.md: This note is \d\.\d MB of text: too large to send as one message \(limit 2 MB\)\. Split it/);
      assert.ok(Date.now() - t0 < 20_000, 'refused before rendering (it took 110 s and 3 GB at 20 MB)');
      const d = run(dir, ['render', 'notes/deep.md', '--format', 'html']);
      assert.equal(d.code, 2);
      assert.match(d.err, /notes\/deep\.md: This note nests quotes, lists or emphasis thousands of levels deep: it cannot be rendered\. Flatten that part\./);
      assert.doesNotMatch(d.err, /call stack/);
      assert.equal(d.out, '');
    });
    it('--out never replaces the note itself, nor another file without --force', () => {
      writeFileSync(join(dir, 'notes/en.md'), NOTE.en);
      writeFileSync(join(dir, 'notes/fr.md'), NOTE.fr);
      const self = run(dir, ['render', 'notes/en.md', '--out', 'notes/en.md', '--force']);
      assert.equal(self.code, 2);
      assert.match(self.err, /--out notes\/en\.md is the note itself: rendering would replace it/);
      const other = run(dir, ['render', 'notes/en.md', '--out', 'notes/fr.md']);
      assert.equal(other.code, 2);
      assert.match(other.err, /notes\/fr\.md already exists; nothing was written\. Use --force/);
      assert.equal(readFileSync(join(dir, 'notes/en.md'), 'utf8'), NOTE.en);
      assert.equal(readFileSync(join(dir, 'notes/fr.md'), 'utf8'), NOTE.fr);
      const forced = run(dir, ['render', 'notes/en.md', '--out', 'notes/fr.md', '--force']);
      assert.equal(forced.code, 0, forced.err);
      assert.match(readFileSync(join(dir, 'notes/fr.md'), 'utf8'), /^The demo is on Friday 27 November\./m);
    });
  });

  describe('lint output is safe for a terminal', () => {
    it('escape and bidi characters in a file name and in a quoted line are shown escaped', () => {
      const name = `notes/x\u202Etxt.${ESC}]8;;evil${ESC}\\.md`;
      writeFileSync(join(dir, name), `---\ntype: status\nlang: en\n---\n# Update\n\nSend [client \u202Ename] today, ${ESC}[2J.\n`);
      const r = run(dir, ['lint', '--no-color', '--today', '2026-11-20', 'notes']);
      assert.equal(r.code, 1, r.err);
      assert.ok(!r.out.includes(ESC) && !r.out.includes('\u202E'), JSON.stringify(r.out));
      assert.match(r.out, /notes\/x\\u202etxt\.\\x1b\]8;;evil\\x1b\\\.md/);
      assert.match(r.out, /\[client \\u202ename\]/);
    });
    it('a binary file named .md is named as not text, in English and French, exit 2; the other notes are still linted', () => {
      writeFileSync(join(dir, 'notes/photo.md'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]));
      writeFileSync(join(dir, 'notes/fr.md'), NOTE.fr.replace('vendredi 27', 'jeudi 27'));
      const en = run(dir, ['lint', '--no-color', '--today', '2026-11-20', 'notes']);
      assert.equal(en.code, 2);
      assert.equal(en.err.trim(), 'liaison lint: notes/photo.md: not a text file (it holds NUL bytes): Liaison reads Markdown saved as UTF-8. Rename it or move it out of the notes folder.');
      assert.match(en.out, /notes\/fr\.md/);
      assert.doesNotMatch(en.out, /photo/);
      const fr = run(dir, ['lint', '--no-color', '--today', '2026-11-20', 'notes/photo.md'], { LANG: 'fr_FR.UTF-8' });
      assert.match(fr.err, /ce n’est pas du texte \(le fichier contient des octets nuls\)/);
    });
    for (const lang of ['en', 'fr'] as const) {
      it(`a note saved with a byte-order mark: positions as the editor shows them, --fix keeps the mark (${lang})`, () => {
        const wrong = lang === 'en' ? ['Friday 26 November', 'Thursday 26 November'] : ['vendredi 26 novembre', 'jeudi 26 novembre'];
        const body = NOTE[lang].replace(/vendredi 27 novembre|Friday 27 November/, wrong[0]!);
        writeFileSync(join(dir, 'notes/bom.md'), '\uFEFF' + body);
        writeFileSync(join(dir, 'notes/plain.md'), body);
        const json = (f: string) => (JSON.parse(run(dir, ['lint', '-f', 'json', '--today', '2026-11-20', f]).out) as Array<{ messages: Array<{ ruleId: string; line: number; column: number }> }>)[0]!.messages
          .map(m => `${m.ruleId} ${m.line}:${m.column}`).sort();
        assert.deepEqual(json('notes/bom.md'), json('notes/plain.md'));
        const r = run(dir, ['lint', '--fix', '--no-color', '--today', '2026-11-20', 'notes/bom.md']);
        assert.notEqual(r.code, 2, r.err);
        const fixed = readFileSync(join(dir, 'notes/bom.md'), 'utf8');
        assert.ok(fixed.startsWith('\uFEFF---\n'), 'the mark is kept, once');
        assert.ok(fixed.includes(wrong[1]!), fixed);
      });
    }
    it('--cache-location on a folder: the findings are reported, the failure worded, no temporary file left', () => {
      writeFileSync(join(dir, 'notes/en.md'), NOTE.en);
      const r = run(dir, ['lint', '--cache', '--cache-location', 'notes', '--today', '2026-11-20', '--no-color']);
      assert.match(r.out, /notes\/en\.md/);
      assert.match(r.err, /notes is a folder, not a file: give a file name, e\.g\. .*notes\/note\.md \(the --cache file\); the findings above are complete/);
      assert.deepEqual(readdirSync(dir).filter(n => n.endsWith('.tmp')), []);
    });
    it('no note where lint looks (no workspace): says nothing was checked, EN and FR, exit 0', () => {
      writeFileSync(join(dir, 'README.md'), '# My project\n');
      const en = run(dir, ['lint', '--today', '2026-11-20']);
      assert.equal(en.code, 0);
      assert.equal(en.out, '');
      assert.equal(en.err.trim(), 'liaison lint: no client note in . (a note is a Markdown file in notes/, or one with a type: in its front matter); nothing was checked.');
      const fr = run(dir, ['lint', '-f', 'json', '--today', '2026-11-20', 'notes'], { LANG: 'fr_FR.UTF-8' });
      assert.equal(fr.out.trim(), '[]');
      assert.match(fr.err, /^liaison lint\u00a0: aucune note client dans notes \(une note est un fichier Markdown dans notes\/ ou dont le front matter a un champ type\)\u00a0; rien n’a été vérifié\.$/m);
      writeFileSync(join(dir, 'notes/en.md'), NOTE.en);
      assert.doesNotMatch(run(dir, ['lint', '--today', '2026-11-20']).err, /no client note/);
    });
    it('a missing path with an escape sequence is escaped in the error', () => {
      const r = run(dir, ['lint', `no${ESC}[31mnote.md`]);
      assert.equal(r.code, 2);
      assert.equal(r.err.trim(), 'liaison lint: no\\x1b[31mnote.md does not exist');
    });
  });
});
