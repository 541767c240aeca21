// File system failures in words (src/node/path-problem.ts): what is wrong with the path and what
// to do, for the errors a test cannot provoke as root (permissions, a full or read-only disk).
import assert from 'node:assert/strict';
import { describeError, fsErrorMessage, windowsPathHint } from '../../../src/node/path-problem.js';
import * as l10n from '../../../src/cli/l10n.js';

const errno = (code: string, syscall = 'open', path?: string) => Object.assign(new Error(`${code}: raw`), { code, syscall, path });

describe('path problems in words', () => {
  // The wording asserted is the English one, whatever the locale the suite runs in.
  beforeEach(() => l10n.setLang('en'));
  after(() => l10n.setLang(l10n.uiLangFromEnv()));

  it('are said in French to a French user, the path escaped as in English', () => {
    l10n.setLang('fr');
    assert.equal(fsErrorMessage(errno('EACCES'), 'notes/\u001b[2Ja.md', 'write'),
      'impossible d’écrire notes/\\x1b[2Ja.md\u00a0: permission refusée\u00a0; choisissez un dossier où vous pouvez écrire, ou changez ses droits');
    assert.equal(fsErrorMessage(errno('ENOENT'), 'C:\\notes\\a.md', 'read'),
      'C:\\notes\\a.md n’existe pas\u00a0; cela ressemble à un chemin Windows\u00a0: ici, les chemins s’écrivent avec / (sous WSL, C:\\notes devient /mnt/c/notes)');
  });

  it('permission, read-only, full disk and long names say what to do', () => {
    assert.equal(fsErrorMessage(errno('EACCES'), 'notes/a.md', 'write'), 'cannot write notes/a.md: permission denied; choose a folder you can write to, or change its permissions');
    assert.equal(fsErrorMessage(errno('EACCES'), 'notes/a.md', 'read'), 'cannot read notes/a.md: permission denied; make it readable (chmod u+r) or run from another folder');
    assert.equal(fsErrorMessage(errno('EROFS'), 'a.md', 'write'), 'cannot write a.md: the disk is read-only; choose another place');
    assert.equal(fsErrorMessage(errno('ENOSPC'), 'a.md', 'write'), 'cannot write a.md: no space left on the disk; free some and try again');
    assert.match(fsErrorMessage(errno('ENAMETOOLONG'), 'x'.repeat(300), 'write'), /the name is too long for this system; choose a shorter one$/);
  });
  it('an error no command caught is worded, with its path, and escaped', () => {
    assert.equal(describeError(errno('EACCES', 'mkdir', '/srv/notes')), 'cannot write /srv/notes: permission denied; choose a folder you can write to, or change its permissions');
    assert.equal(describeError(errno('ENOENT', 'uv_cwd')), 'the current folder no longer exists (deleted or moved): cd into your project folder again');
    assert.equal(describeError(new Error('bad \u001b[2J\nsecond line')), 'bad \\x1b[2J\nsecond line');
  });
  it('a Windows path gets a hint on Linux and macOS, not on Windows', () => {
    for (const p of ['C:\\notes', 'D:/clients', '\\\\server\\share', 'notes\\2026-11-20-status.md']) assert.match(windowsPathHint(p, 'linux'), /looks like a Windows path/, p);
    assert.equal(windowsPathHint('C:\\notes', 'win32'), '');
    assert.equal(windowsPathHint('notes/status.md', 'darwin'), '');
  });
});
