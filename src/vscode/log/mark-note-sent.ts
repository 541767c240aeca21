// (lazy part) `Mark Note as Sent`: logs the note (path, sha256 of its text as sent, type and date
// from its front matter) and sets `status: sent` in its front matter with a WorkspaceEdit. The
// record is appended first: if the log cannot be written, the note is left unchanged.
import * as path from 'path';
import * as vscode from 'vscode';
import { applyEdit, noteLink, statusSentEdit } from '../../core/log/note-sent';
import { notePathProblem, type Channel, type LogRecord } from '../../core/log/record';
import { isoWithOffset } from '../../core/log/dates';
import type { LogHost } from './host';
import { logWorkspace, trusted } from './workspace';
import { appendOrKeep } from './log-exchange';
import { CHANNELS } from '../../core/log/record';
import { channelLabel } from './labels';
import { openLogRecord } from './record-view';

export interface MarkNoteSentArgs { uri?: vscode.Uri; channel?: Channel; show?: boolean }

export async function markNoteSent(host: LogHost, args?: MarkNoteSentArgs): Promise<LogRecord | undefined> {
  if (!trusted()) return undefined;
  // From the explorer's context menu the argument is the file's Uri itself.
  const argIsUri = (args as unknown) instanceof vscode.Uri;
  const given = argIsUri ? (args as unknown as vscode.Uri) : args?.uri instanceof vscode.Uri ? args.uri : undefined;
  const uri = given ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open the note to mark as sent.'));
    return undefined;
  }
  const folder = uri.scheme === 'file' ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
  const rel = folder ? path.relative(folder.uri.fsPath, uri.fsPath).split(path.sep).join('/') : '';
  if (!folder || notePathProblem(rel)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Only a saved note inside the workspace can be marked as sent.'));
    return undefined;
  }
  const ws = await logWorkspace(uri);
  if (!ws) return undefined;
  const doc = await vscode.workspace.openTextDocument(uri);
  let channel = argIsUri ? undefined : args?.channel;
  if (!channel) {
    const pick = await vscode.window.showQuickPick(CHANNELS.map(c => ({ label: channelLabel(c), value: c })),
      { title: vscode.l10n.t('Sent by…'), placeHolder: channelLabel('email') });
    if (!pick) return undefined;
    channel = pick.value;
  }
  const before = doc.getText();
  const edit = statusSentEdit(before);
  const sent = applyEdit(before, edit);
  const link = noteLink(rel, sent);
  const rec = await appendOrKeep(host, ws, {
    kind: 'exchange', at: isoWithOffset(new Date()), channel, direction: 'to-client',
    summary: vscode.l10n.t('Sent: {0}', link.title ?? path.basename(rel)),
    tags: link.type ? [link.type] : undefined, notes: [link],
  });
  if (!rec) return undefined;
  if (edit) {
    const we = new vscode.WorkspaceEdit();
    we.replace(uri, new vscode.Range(doc.positionAt(edit.start), doc.positionAt(edit.end)), edit.text);
    // The record holds the hash of the text as sent: say so when the note could not be saved.
    if (!(await vscode.workspace.applyEdit(we)) || !(await doc.save())) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Logged as sent, but the note could not be saved: save it now to keep its status.'));
    }
  }
  if (args?.show !== false) await openLogRecord(host, rec.id);
  return rec;
}
