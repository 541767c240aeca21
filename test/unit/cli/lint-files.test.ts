// Which files `liaison lint` reads (src/cli/lint-files.ts): the rules unified-engine applied before,
// in one synchronous walk.
import assert from 'node:assert/strict';
import * as l10n from '../../../src/cli/l10n.js';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFiles } from '../../../src/cli/lint-files.js';

const NOTE_EN = '---\ntype: status\n---\n# Weekly update\n\nThe login page is done.\n';
const NOTE_FR = '---\ntype: status\n---\n# Point de la semaine\n\nLa page de connexion est terminée.\n';
const opts = { extensions: ['md', 'markdown'], ignoreName: '.liaisonignore' };

describe('lint-files: the files liaison lint reads', () => {
  // The reasons asserted are the English ones, whatever the locale the suite runs in.
  beforeEach(() => l10n.setLang('en'));
  after(() => l10n.setLang(l10n.uiLangFromEnv()));
  let dir: string;
  const put = (path: string, text = NOTE_EN) => { mkdirSync(join(dir, path, '..'), { recursive: true }); writeFileSync(join(dir, path), text); };
  const paths = (patterns: string[]) => findFiles(dir, patterns, opts).files.map(f => f.path).sort();
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'liaison-files-'));
    put('notes/status.md');
    put('notes/point.markdown', NOTE_FR);
    put('notes/sub/deep.md');
    put('notes/todo.txt', 'not markdown');
    put('node_modules/pkg/readme.md');
    put('.git/info.md');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a folder: md and markdown files below it with their text, not node_modules or .git', () => {
    assert.deepEqual(paths([]), ['notes/point.markdown', 'notes/status.md', 'notes/sub/deep.md']);
    const fr = findFiles(dir, ['notes'], opts).files.find(f => f.path === 'notes/point.markdown');
    assert.equal(fr?.value, NOTE_FR);
  });

  it('a file named outright is read whatever its extension; a missing one is a problem', () => {
    assert.deepEqual(paths(['notes/todo.txt', 'notes/status.md']), ['notes/status.md', 'notes/todo.txt']);
    const r = findFiles(dir, ['missing.md'], opts);
    assert.deepEqual(r.problems, [{ path: 'missing.md', reason: 'No such file or folder' }]);
    assert.equal(r.globsMatchedNothing, false);
  });

  it('the nearest .liaisonignore, relative to its own folder, leaves files and folders out', () => {
    writeFileSync(join(dir, '.liaisonignore'), 'notes/point.markdown\n');
    writeFileSync(join(dir, 'notes/.liaisonignore'), 'sub/\n');
    // Under notes/, only the nearest file counts: the root one no longer hides point.markdown.
    assert.deepEqual(paths([]), ['notes/point.markdown', 'notes/status.md']);
    rmSync(join(dir, 'notes/.liaisonignore'));
    assert.deepEqual(paths([]), ['notes/status.md', 'notes/sub/deep.md']);
  });

  it('naming an ignored file is a problem; a glob only leaves it out', () => {
    writeFileSync(join(dir, '.liaisonignore'), 'notes/point.markdown\n');
    assert.deepEqual(findFiles(dir, ['notes/point.markdown'], opts).problems,
      [{ path: 'notes/point.markdown', reason: 'Cannot process specified file: it’s ignored' }]);
    const r = findFiles(dir, ['notes/*.markdown', 'notes/*.md'], opts);
    assert.deepEqual([r.files.map(f => f.path), r.problems], [['notes/status.md'], []]);
  });

  it('globs: what they match, each file once; a glob matching nothing is flagged', () => {
    assert.deepEqual(paths(['notes/**/*.md', 'notes/*.md']), ['notes/status.md', 'notes/sub/deep.md']);
    assert.equal(findFiles(dir, ['nosuch/**/*.md'], opts).globsMatchedNothing, true);
    assert.equal(findFiles(dir, ['nosuch/*.md', 'notes'], opts).globsMatchedNothing, false);
  });

  it('reports its progress as it finds files, so work can start before the end', () => {
    const seen: number[] = [];
    findFiles(dir, [], { ...opts, onFound: n => seen.push(n) });
    assert.deepEqual(seen, [1, 2, 3]);
  });

  it('skips, with why, a FIFO named like a note, a symlink loop and a link out of the workspace', () => {
    execFileSync('mkfifo', [join(dir, 'notes/pipe.md')]);
    symlinkSync('..', join(dir, 'notes/sub/up'));
    const out = mkdtempSync(join(tmpdir(), 'liaison-outside-'));
    try {
      writeFileSync(join(out, 'secret.md'), NOTE_EN);
      symlinkSync(join(out, 'secret.md'), join(dir, 'notes/link.md'));
      const r = findFiles(dir, [], opts);
      assert.deepEqual(r.files.map(f => f.path).sort(), ['notes/point.markdown', 'notes/status.md', 'notes/sub/deep.md']);
      assert.deepEqual(r.skipped.map(s => s.path).sort(), ['notes/link.md', 'notes/pipe.md', 'notes/sub/up']);
      assert.match(r.skipped.find(s => s.path === 'notes/pipe.md')!.why, /not a regular file/);
      assert.match(r.skipped.find(s => s.path === 'notes/sub/up')!.why, /a loop/);
      assert.match(r.skipped.find(s => s.path === 'notes/link.md')!.why, /out of the workspace/);
    } finally { rmSync(out, { recursive: true, force: true }); }
  });
});
