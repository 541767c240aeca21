// (lazy part) `Mark Note as Sent`: the core action (src/core/send/mark-sent.ts) with the editor's
// ports: the log append, a one-line WorkspaceEdit for `status: sent`, and a multi-select quick
// pick to confirm the promises found in the note. Refusals offer "Send Anyway"; a second send of
// the same text says when it was sent. The record is appended first: if the log cannot be
// written, the note is left unchanged.
import * as path from 'path';
import * as vscode from 'vscode';
import { notePathProblem, CHANNELS, type Channel, type LogRecord } from '../../core/log/record';
import { markSent, type MarkSentResult, type SendCheck, type SendFinding } from '../../core/send/mark-sent';
import type { NotePromises } from '../../core/send/promises';
import { sendLintOptions } from '../../core/send/lint-options';
import { sentDateWords } from '../../core/send/dates';
import { systemClock } from '../../core/ports';
import { workspaceFileSystem } from '../templates/workspace-fs';
import type { LogHost } from './host';
import { logWorkspace, readLog, trusted } from './workspace';
import { appendOrKeep } from './log-exchange';
import { channelLabel } from './labels';
import { openLogRecord } from './record-view';
import { confirmPromises } from './confirm-promises';
import { wantsPause } from './pause-before-send';

export interface MarkNoteSentArgs {
  uri?: vscode.Uri; channel?: Channel; show?: boolean; force?: boolean;
  /** 'ask' shows the promises found for confirmation; the default is 'ask' from the palette, 'all' from code. */
  promises?: 'ask' | 'all' | 'none';
}

/** What the command returns when nothing was recorded (tests and callers read it). */
export type NotSent = { status: Exclude<MarkSentResult['status'], 'sent'>; blockers: SendFinding[]; warnings: SendFinding[]; previous?: string };

const uiLang = () => (vscode.env.language.startsWith('fr') ? 'fr' : 'en');

function describe(f: SendFinding): string {
  return vscode.l10n.t('line {0}: {1}', f.line, f.message[uiLang()]);
}

async function refused(check: SendCheck): Promise<boolean> {
  const anyway = vscode.l10n.t('Send Anyway');
  const problems = vscode.l10n.t('Show Problems');
  const first = check.blockers[0]!;
  const n = check.blockers.length;
  const a = await vscode.window.showErrorMessage(n === 1
    ? vscode.l10n.t('Not marked as sent: one problem to fix before the client reads it, {0}', describe(first))
    : vscode.l10n.t('Not marked as sent: {0} problems to fix before the client reads it. The first, {1}', n, describe(first)),
  problems, anyway);
  if (a === problems) void vscode.commands.executeCommand('workbench.actions.view.problems');
  return a === anyway;
}

export async function markNoteSent(host: LogHost, args?: MarkNoteSentArgs): Promise<LogRecord | NotSent | undefined> {
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
  const opts = argIsUri ? {} : args ?? {};
  let channel = opts.channel;
  if (!channel) {
    const pick = await vscode.window.showQuickPick(CHANNELS.map(c => ({ label: channelLabel(c), value: c })),
      { title: vscode.l10n.t('Sent by…'), placeHolder: channelLabel('email') });
    if (!pick) return undefined;
    channel = pick.value;
  }
  const mode = opts.promises ?? (argIsUri || !args ? 'ask' : 'all');
  const confirm = mode === 'ask' ? confirmPromises : mode === 'none' ? async (): Promise<NotePromises> => ({ commitments: [] }) : undefined;
  // The note's lint configuration, read once for the pause check and every run below.
  const lint = await sendLintOptions(workspaceFileSystem, uri.fsPath.replace(/\\/g, '/'), ws.root.replace(/\\/g, '/'), uiLang(), systemClock);
  const run = async (force: boolean): Promise<MarkSentResult> => markSent({
    text: doc.getText(), relPath: rel, channel: channel!, force, clock: systemClock, lang: ws.lang, lint,
    records: readLog(ws).records.map(e => e.record),
  }, {
    append: input => appendOrKeep(host, ws, input),
    editNote: async e => {
      const we = new vscode.WorkspaceEdit();
      we.replace(uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text);
      // The record holds the hash of the text as sent: say so when the note could not be saved.
      if (!(await vscode.workspace.applyEdit(we)) || !(await doc.save())) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Logged as sent, but the note could not be saved: save it now to keep its status.'));
      }
    },
    confirm,
  });
  if (args?.show !== false && !opts.force) {
    if (await wantsPause(doc.getText(), lint, readLog(ws).records.map(e => e.record), ws.lang, systemClock)) return undefined;
  }
  let r = await run(!!opts.force);
  if (r.status === 'refused' && !opts.force && args?.show !== false && (await refused(r.check))) r = await run(true);
  if (r.status === 'already-sent' && args?.show !== false) {
    const again = vscode.l10n.t('Record Again');
    const a = await vscode.window.showInformationMessage(vscode.l10n.t('Already sent on {0}: nothing recorded.', sentDateWords(r.previous.at, uiLang())), again);
    if (a === again) r = await run(true);
  }
  if (r.status !== 'sent') {
    return { status: r.status, blockers: r.check.blockers, warnings: r.check.warnings, previous: r.status === 'already-sent' ? r.previous.at : undefined };
  }
  if (r.check.warnings.length) {
    const n = r.check.warnings.length;
    void vscode.window.showWarningMessage(n === 1
      ? vscode.l10n.t('Marked as sent, with one warning left, {0}', describe(r.check.warnings[0]!))
      : vscode.l10n.t('Marked as sent, with {0} warnings left. The first, {1}', n, describe(r.check.warnings[0]!)));
  }
  if (args?.show !== false) await openLogRecord(host, r.record.id);
  return r.record;
}
