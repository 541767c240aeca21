// Which documents are client notes: Markdown with Liaison front matter `type:`, or Markdown inside
// the profile's notes folder. Never the user's other Markdown (README, docs). Cheap: no parser.
import * as vscode from 'vscode';
import { NOTE_TYPE_IDS } from '../../core/notes/note-types';

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const notesFolders = new Map<string, Promise<string>>();

export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown)$/i.test(path);
}

/** Front matter with a known Liaison note type. */
export function hasLiaisonType(text: string): boolean {
  const fm = FRONT_MATTER.exec(text.slice(0, 8192));
  const m = fm && /^type:[ \t]*['"]?([a-z-]+)['"]?[ \t]*$/m.exec(fm[1]!);
  return !!m && (NOTE_TYPE_IDS as string[]).includes(m[1]!);
}

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
  const rel = vscode.workspace.asRelativePath(uri, false).replace(/\\/g, '/');
  const notes = (await notesFolder(folder)).replace(/^\.?\/+|\/+$/g, '');
  const base = rel.split('/').pop() ?? '';
  return rel.startsWith(notes + '/') && !/^(readme|changelog|license|contributing)\b/i.test(base);
}

export async function isNote(doc: vscode.TextDocument): Promise<boolean> {
  if (doc.uri.scheme === 'output' || doc.uri.scheme === 'vscode-userdata' || doc.uri.scheme === 'git') return false;
  if (doc.languageId !== 'markdown' && !isMarkdownPath(doc.uri.path)) return false;
  return hasLiaisonType(doc.getText(new vscode.Range(0, 0, 200, 0))) || isInNotesFolder(doc.uri);
}
