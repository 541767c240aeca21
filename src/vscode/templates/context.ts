// What every template command needs to know about where it runs: the workspace folder, the
// project profile (with a clear message when it is invalid) and the language of the note.
import * as vscode from 'vscode';
import { isLang, type Lang } from '../../core/ports';
import { loadProfile, type Profile, type ProfileProblem } from '../../core/config/profile';
import { workspaceFileSystem } from './workspace-fs';
import { profileProblemsMessage } from './profile-problems';

export function currentFolder(): vscode.WorkspaceFolder | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)) || vscode.workspace.workspaceFolders?.[0];
}

export function uiLang(): Lang {
  return vscode.env.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export type ProfileLoad = { profile?: Profile; raw?: Record<string, unknown>; invalid?: true };

/** Missing profile: nothing. Invalid profile: a message naming each key path, with an action to open the file. */
export async function readProfile(folder: vscode.WorkspaceFolder | undefined): Promise<ProfileLoad> {
  if (!folder) return {};
  const r = await loadProfile(workspaceFileSystem, folder.uri.fsPath);
  if (r.ok) return { profile: r.profile, raw: r.raw };
  if ('missing' in r) return {};
  void showProfileProblems(vscode.Uri.file(r.file), r.problems);
  return { invalid: true };
}

/** The problems, with an action that opens the file at the first one; `kept`: Set Up left the file as it was. */
export async function showProfileProblems(file: vscode.Uri, problems: ProfileProblem[], kept?: 'kept'): Promise<void> {
  const open = vscode.l10n.t('Open Profile');
  const choice = await vscode.window.showErrorMessage(profileProblemsMessage(vscode.l10n, uiLang(), problems, kept), open);
  if (choice !== open) return;
  const doc = await vscode.workspace.openTextDocument(file);
  const editor = await vscode.window.showTextDocument(doc);
  // Put the cursor on the JSON syntax error, else on the first offending key when it is there.
  const first = problems[0];
  const key = first?.path.split('.').pop();
  const offset = key ? doc.getText().indexOf(`"${key}"`) : -1;
  const pos = first?.line ? new vscode.Position(first.line - 1, (first.column ?? 1) - 1) : offset >= 0 ? doc.positionAt(offset) : undefined;
  if (pos) {
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos));
  }
}

/** The note's language: the profile's when it says, else the setting, else the UI language. */
export function noteLang(raw: Record<string, unknown> | undefined): Lang {
  if (isLang(raw?.lang)) return raw.lang;
  const setting = vscode.workspace.getConfiguration('liaison.templates').get<string>('defaultLanguage');
  return isLang(setting) ? setting : uiLang();
}

export function builtinTemplatesDir(context: vscode.ExtensionContext): string {
  return vscode.Uri.joinPath(context.extensionUri, 'templates').fsPath;
}
