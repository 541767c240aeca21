// (lazy part) Before a note leaves the editor (copy, draft): the same check as Mark Note as Sent.
// Template text left or an error finding: say so, and let the writer go on anyway.
import * as vscode from 'vscode';
import { checkBeforeSending } from '../../core/send/mark-sent';
import { sendLintOptions } from '../../core/send/lint-options';
import { workspaceFileSystem } from '../templates/workspace-fs';
import type { SendTarget } from './target';
import { systemClock, type Lang } from '../../core/ports';

/** True when the note may go: nothing blocks it, or the writer chose to go on. */
export async function mayLeave(t: SendTarget, anyway: string): Promise<boolean> {
  const lang: Lang = vscode.env.language.startsWith('fr') ? 'fr' : 'en';
  const root = t.folder?.uri.scheme === 'file' ? t.folder.uri.fsPath.replace(/\\/g, '/') : undefined;
  const file = t.uri.scheme === 'file' ? t.uri.fsPath.replace(/\\/g, '/') : undefined;
  // An untrusted workspace's configuration is not read (as the linter does): defaults only.
  const opts = file && vscode.workspace.isTrusted ? await sendLintOptions(workspaceFileSystem, file, root, lang, systemClock) : { uiLang: lang, clock: systemClock };
  const { blockers } = checkBeforeSending(t.text, opts);
  if (!blockers.length) return true;
  const problems = vscode.l10n.t('Show Problems');
  const first = vscode.l10n.t('line {0}: {1}', blockers[0]!.line, blockers[0]!.message[lang]);
  const a = await vscode.window.showWarningMessage(blockers.length === 1
    ? vscode.l10n.t('This note is not ready for the client: {0}', first)
    : vscode.l10n.t('This note is not ready for the client: {0} problems. The first, {1}', blockers.length, first), anyway, problems);
  if (a === problems) void vscode.commands.executeCommand('workbench.actions.view.problems');
  return a === anyway;
}
