// Which documents are client notes (the rule is core's, src/core/notes/which-notes.ts, shared with
// the CLI); here only the editor's side: the workspace folder, its profile's notes folder, schemes.
import * as vscode from 'vscode';
import { hasNoteType, isInNotesFolder as inNotesFolder, isMarkdownPath } from '../../core/notes/which-notes';

export { hasNoteType, isMarkdownPath };
const notesFolders = new Map<string, Promise<string>>();

/** The profile's notes folder (default "notes"); an untrusted workspace gets the default. */
function notesFolder(folder: vscode.WorkspaceFolder): Promise<string> {
  const key = folder.uri.toString();
  let hit = notesFolders.get(key);
  if (!hit) {
    hit = (async () => {
      if (!vscode.workspace.isTrusted) return 'notes';
      try {
        const raw = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '.liaison', 'profile.json'));
        const data = JSON.parse(new TextDecoder().decode(raw)) as { notesFolder?: unknown };
        return typeof data.notesFolder === 'string' && data.notesFolder.trim() ? data.notesFolder.trim() : 'notes';
      } catch { return 'notes'; }
    })();
    notesFolders.set(key, hit);
  }
  return hit;
}

export function forgetNotesFolders(): void { notesFolders.clear(); }

export async function isInNotesFolder(uri: vscode.Uri): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return false;
  return inNotesFolder(vscode.workspace.asRelativePath(uri, false), await notesFolder(folder));
}

export async function isNote(doc: vscode.TextDocument): Promise<boolean> {
  if (doc.uri.scheme === 'output' || doc.uri.scheme === 'vscode-userdata' || doc.uri.scheme === 'git') return false;
  if (doc.languageId !== 'markdown' && !isMarkdownPath(doc.uri.path)) return false;
  return hasNoteType(doc.getText(new vscode.Range(0, 0, 200, 0))) || isInNotesFolder(doc.uri);
}
