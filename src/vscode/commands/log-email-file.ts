// Liaison: Log Email File…: a client's email saved as .eml goes into the log with its original
// kept unchanged as <logFolder>/mail/<sha256>.eml (also from the explorer's context menu on an
// .eml). The same Message-ID twice is refused with the record that already holds it.
import * as vscode from 'vscode';
import type { LogRecord } from '../../core/log/record';
import { appendRecord, LogWriteError } from '../../node/log-store';
import { alreadyImported, emailRecord, EmailImportError, MAIL_GITATTRIBUTES, parseEmail } from '../../core/mail/import';
import { appendOptions, logWorkspace, readLog, trusted } from '../log/workspace';
import { displayLang } from '../log/labels';
import { errorWords } from '../error-words';
import { escapeNotification } from '../../core/log/escape';
import { sha256Hex } from '../../core/log/canonical';

export interface LogEmailArgs { uris?: vscode.Uri[]; show?: boolean }

function filesOf(args: unknown, all?: unknown): vscode.Uri[] | undefined {
  // Explorer: (clicked, selected[]); code: { uris }.
  if (Array.isArray(all) && all.every(u => u instanceof vscode.Uri)) return all as vscode.Uri[];
  if (args instanceof vscode.Uri) return [args];
  return (args as LogEmailArgs | undefined)?.uris;
}

export async function logEmailFile(args?: unknown, selected?: unknown): Promise<LogRecord[] | undefined> {
  if (!trusted()) return undefined;
  let uris = filesOf(args, selected);
  if (!uris?.length) {
    uris = await vscode.window.showOpenDialog({ canSelectMany: true, filters: { [vscode.l10n.t('Email files')]: ['eml'] },
      title: vscode.l10n.t('Log Email File…'), openLabel: vscode.l10n.t('Log') });
    if (!uris?.length) return undefined;
  }
  const ws = await logWorkspace(uris[0]);
  if (!ws) return undefined;
  const known = readLog(ws).records.map(e => e.record);
  const written: LogRecord[] = [];
  const problems: string[] = [];
  for (const uri of uris) {
    const name = vscode.workspace.asRelativePath(uri);
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      const parsed = await parseEmail(bytes);
      const twin = alreadyImported([...known, ...written], parsed.email.messageId, parsed.email.sha256);
      const namesake = twin ? undefined : alreadyImported([...known, ...written], parsed.email.messageId);
      if (twin) { problems.push(vscode.l10n.t('{0} is already in the log (record of {1}): not imported again.', escapeNotification(name), twin.at.slice(0, 10))); continue; }
      // The original first: a record never points at a file that is not there.
      const original = vscode.Uri.joinPath(vscode.Uri.file(ws.logDir), parsed.email.file);
      const exists = await Promise.resolve(vscode.workspace.fs.stat(original)).then(() => true, () => false);
      if (!exists) {
        const attrs = vscode.Uri.joinPath(original, '..', '.gitattributes');
        if (!(await Promise.resolve(vscode.workspace.fs.stat(attrs)).then(() => true, () => false))) {
          await vscode.workspace.fs.writeFile(attrs, new TextEncoder().encode(MAIL_GITATTRIBUTES));
        }
        await vscode.workspace.fs.writeFile(original, bytes);
      } else if (sha256Hex(await vscode.workspace.fs.readFile(original)) !== parsed.email.sha256) {
        // Named by its own hash: other bytes there (damaged, or put in its place) would pass for this email's original.
        problems.push(vscode.l10n.t('{0}: {1} already exists in the log folder with other content (damaged or replaced): move it aside and import again; nothing was written.', escapeNotification(name), parsed.email.file));
        continue;
      }
      written.push(await appendRecord(ws.logDir, emailRecord(parsed, ws.profile), appendOptions()));
      if (namesake) problems.push(vscode.l10n.t('{0}: another email with the same Message-ID is already in the log (record of {1}), with other content; both are kept: compare them.', escapeNotification(name), namesake.at.slice(0, 10)));
    } catch (e) {
      if (!(e instanceof EmailImportError) && !(e instanceof LogWriteError) && !(e instanceof vscode.FileSystemError)) throw e;
      problems.push(`${escapeNotification(name)}: ${errorWords(vscode.l10n, displayLang(), e)}`);
    }
  }
  if (problems.length) void vscode.window.showErrorMessage(problems.join(' '));
  if (written.length) {
    const show = vscode.l10n.t('Show');
    const msg = written.length === 1 ? vscode.l10n.t('Email logged: {0}', escapeNotification(written[0]!.summary)) : vscode.l10n.t('{0} emails logged.', written.length);
    if ((args as LogEmailArgs | undefined)?.show !== false) {
      void vscode.window.showInformationMessage(msg, show).then(a => {
        if (a === show) void vscode.commands.executeCommand('liaison.openLogRecord', written[written.length - 1]!.id);
      });
    }
  }
  return written;
}
