// `Liaison: Lint All Notes`: fills the Problems panel for every note of the workspace, with a
// cancellable progress notification.
import * as vscode from 'vscode';
import { isMarkdownPath, hasNoteType, isInNotesFolder } from './note-filter';
import type { LintController } from './controller';

export async function lintAllNotes(controller: LintController): Promise<number> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: Lint All Notes checks the client notes of a workspace (an open note is checked as you type).'));
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
      if (!token.isCancellationRequested && !notes) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No client note in this workspace: a note is a Markdown file in the notes folder, or one with a type: in its front matter. Nothing was checked.'));
      } else if (!token.isCancellationRequested) {
        void vscode.window.setStatusBarMessage(vscode.l10n.t('Liaison: {0} notes linted', notes), 5000);
      }
      return notes;
    });
}
