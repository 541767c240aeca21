// `Liaison: Lint All Notes`: fills the Problems panel for every note of the workspace, with a
// cancellable progress notification.
import * as vscode from 'vscode';
import { isMarkdownPath, hasNoteType, isInNotesFolder } from './note-filter';
import type { LintController } from './controller';
import { lintAllMessage, type LintAllMessage } from './lint-all-message';

function say(m: LintAllMessage): void {
  if (m?.where === 'notification') void vscode.window.showInformationMessage(m.text);
  else if (m) void vscode.window.setStatusBarMessage(m.text, 5000);
}

export async function lintAllNotes(controller: LintController): Promise<number> {
  if (!vscode.workspace.workspaceFolders?.length) {
    say(lintAllMessage(vscode.l10n, { folder: false }));
    return 0;
  }
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Liaison: linting notes'), cancellable: true },
    async (progress, token) => {
      const uris = (await vscode.workspace.findFiles('**/*.{md,markdown}', '{**/node_modules/**,**/.git/**,**/dist/**}', undefined, token))
        .filter(u => isMarkdownPath(u.path));
      let notes = 0;
      for (const uri of uris) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, uris.length) });
        const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
        // A file that cannot be read (a dangling link, no permission) is skipped, not the end of the run.
        const text = open ? open.getText() : await Promise.resolve(vscode.workspace.fs.readFile(uri)).then(b => new TextDecoder().decode(b), () => undefined);
        if (text === undefined) continue;
        if (!hasNoteType(text) && !(await isInNotesFolder(uri))) continue;
        notes++;
        await controller.lintText(uri, text, open?.version ?? 0, open);
      }
      say(lintAllMessage(vscode.l10n, { folder: true, notes, cancelled: token.isCancellationRequested }));
      return notes;
    });
}
