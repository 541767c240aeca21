// File system failures in words: what is wrong with the path the user gave and what to do, instead
// of `ELOOP: too many symbolic links encountered, stat '…'`. Every path is escaped for the
// terminal: a file name may hold control or bidi characters. Only the CLI uses these messages:
// they are worded in its language (src/cli/l10n.ts).
import { lstatSync, readlinkSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { escapeTerminal } from '../core/log/escape.js';
import * as l10n from '../cli/l10n.js';
import { LogWriteError } from '../core/log/store.js';

type Doing = 'read' | 'write';

/** A path written for Windows (`C:\notes`, `\\server\share`, backslashes) given on another system. */
export function windowsPathHint(p: string, platform: string = process.platform): string {
  if (platform === 'win32' || !/^[A-Za-z]:(?:[\\/]|$)|^\\\\|\\/.test(p)) return '';
  return l10n.t('; this looks like a Windows path: here paths use / (under WSL, C:\\notes is /mnt/c/notes)');
}

const loop = (shown: string) =>
  l10n.t('{0} is a symbolic link that leads back to itself (a loop): point it at a real file or folder (ln -sfn TARGET {0}) or remove it', shown);

/** The part of `p` (itself or a parent) that is a looping symbolic link, as the user would name it. */
function loopingPart(p: string, shown: string): string {
  const abs = resolve(p);
  for (let cur = abs; dirname(cur) !== cur; cur = dirname(cur)) {
    let isLink = false;
    try { isLink = lstatSync(cur).isSymbolicLink(); } catch { continue; }
    if (!isLink) continue;
    try { statSync(cur); } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ELOOP') continue;
      const rel = relative(process.cwd(), cur);
      return rel && !rel.startsWith('..') ? rel : cur;
    }
  }
  return shown;
}

/** What is wrong with a path that should exist, or undefined when it does. */
export function missingPathProblem(p: string, shown = p): string | undefined {
  const s = escapeTerminal(shown);
  try {
    statSync(p);
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return loop(escapeTerminal(loopingPart(p, shown)));
    if (code === 'ENOENT') {
      let link: string | undefined;
      try { if (lstatSync(p).isSymbolicLink()) link = readlinkSync(p); } catch { /* not there at all */ }
      if (link !== undefined) return l10n.t('{0} is a symbolic link to {1}, which does not exist: fix the link or remove it', s, escapeTerminal(link));
      return l10n.t('{0} does not exist', s) + windowsPathHint(shown);
    }
    return fsErrorMessage(e, shown, 'read');
  }
}

/** One line for a failed read or write of `shown` (already relative to where the user is). */
export function fsErrorMessage(e: unknown, shown: string, doing: Doing): string {
  const err = e as NodeJS.ErrnoException;
  // Node leaves the path out of some errors (a read of a folder opened as a file).
  if (!shown && err?.code === 'EISDIR') return l10n.t('a folder was given where a file is expected: name a file inside it');
  const s = escapeTerminal(shown || l10n.t('the path given'));
  switch (err?.code) {
    case 'ELOOP': return loop(escapeTerminal(loopingPart(err.path ?? shown, shown)));
    case 'ENOENT':
      if (err.syscall === 'uv_cwd') return l10n.t('the current folder no longer exists (deleted or moved): cd into your project folder again');
      return doing === 'write'
        ? l10n.t('cannot write {0}: its folder does not exist and cannot be made', s) + windowsPathHint(shown)
        : l10n.t('{0} does not exist', s) + windowsPathHint(shown);
    case 'EACCES': case 'EPERM':
      return doing === 'write'
        ? l10n.t('cannot write {0}: permission denied; choose a folder you can write to, or change its permissions', s)
        : l10n.t('cannot read {0}: permission denied; make it readable (chmod u+r) or run from another folder', s);
    case 'EISDIR':
      return doing === 'write'
        ? l10n.t('{0} is a folder, not a file: give a file name, e.g. {1}/note.md', s, s.replace(/\/+$/, ''))
        : l10n.t('{0} is a folder, not a file: name a note inside it', s);
    case 'ENOTDIR': return l10n.t('{0}: a part of this path is a file, not a folder', s);
    case 'EROFS': return l10n.t('cannot write {0}: the disk is read-only; choose another place', s);
    case 'ENOSPC': case 'EDQUOT': return l10n.t('cannot write {0}: no space left on the disk; free some and try again', s);
    case 'ENAMETOOLONG': return l10n.t('{0}: the name is too long for this system; choose a shorter one', s);
    // mkdir -p meets a file where a folder should be.
    case 'EEXIST': return err.syscall === 'mkdir' ? l10n.t('{0}: a part of this path is a file, not a folder', s) : l10n.t('{0} already exists', s);
    default: return (doing === 'write' ? l10n.t('cannot write {0}: {1}', s, escapeTerminal(err?.message ?? String(e))) : l10n.t('cannot read {0}: {1}', s, escapeTerminal(err?.message ?? String(e))));
  }
}

/** The message main() prints for an error no command caught: errno errors in words, others as they are. */
export function describeError(e: unknown): string {
  // The log store has said which folder and why (its `code` is the errno it met): keep its words.
  if (e instanceof LogWriteError) return escapeTerminal(l10n.said(e));
  const err = e as NodeJS.ErrnoException;
  if (typeof err?.code === 'string' && /^E[A-Z]+$/.test(err.code)) {
    return fsErrorMessage(e, err.path ?? '', /^(?:mkdir|write|rename|unlink|copyfile|symlink|rmdir)$/.test(err.syscall ?? '') ? 'write' : 'read');
  }
  return String(err?.message ?? e).split('\n').map(escapeTerminal).join('\n');
}
