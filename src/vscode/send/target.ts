// Which note a send command acts on: the Uri the explorer passes, `{ uri }` from a test or another
// command, else the active editor. The note's text is the editor's (unsaved edits included).
import * as vscode from 'vscode';
import { loadProfile, type Profile } from '../../core/config/profile';
import { nodeFileSystem } from '../../node/file-system';
import { guardDepth, sendProblem } from '../../core/send/renderable';
import { renderClientNote } from '../../core/send/render';

export interface SendArgs { uri?: vscode.Uri | string; open?: boolean; /** Skip the check for unfilled template text and errors. */ force?: boolean }

export interface SendTarget { uri: vscode.Uri; text: string; profile?: Profile; folder?: vscode.WorkspaceFolder }

export function argUri(args: unknown): vscode.Uri | undefined {
  if (args instanceof vscode.Uri) return args;
  const u = (args as SendArgs | undefined)?.uri;
  return typeof u === 'string' ? vscode.Uri.parse(u) : u instanceof vscode.Uri ? u : undefined;
}

export async function sendTarget(args: unknown): Promise<SendTarget | undefined> {
  const uri = argUri(args) ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open the note to send first.'));
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  // Too large, an unclosed front matter, or nested past the parser's stack: say so, send nothing.
  const problem = sendProblem(doc.getText()) ?? guardDepth(() => renderClientNote(doc.getText())).problem;
  if (problem) {
    void vscode.window.showErrorMessage(problem[vscode.env.language.toLowerCase().startsWith('fr') ? 'fr' : 'en']);
    return undefined;
  }
  const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
  const r = folder?.uri.scheme === 'file' ? await loadProfile(nodeFileSystem, folder.uri.fsPath).catch(() => undefined) : undefined;
  return { uri, text: doc.getText(), profile: r?.ok ? r.profile : undefined, folder };
}
