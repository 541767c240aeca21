// What every template command needs to know about where it runs: the workspace folder, the
// project profile (with a clear message when it is invalid) and the language of the note.
import * as vscode from 'vscode';
import { isLang, type Lang } from '../../core/ports';
import { loadProfile, type Profile, type ProfileProblem } from '../../core/config/profile';
import { workspaceFileSystem } from './workspace-fs';

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

async function showProfileProblems(file: vscode.Uri, problems: ProfileProblem[]): Promise<void> {
  const list = problems.map(p => `${p.path || vscode.l10n.t('(whole file)')}: ${p.message}`).join('; ');
  const open = vscode.l10n.t('Open Profile');
  const choice = await vscode.window.showErrorMessage(vscode.l10n.t('The project profile .liaison/profile.json is invalid: {0}', list), open);
  if (choice !== open) return;
  const doc = await vscode.workspace.openTextDocument(file);
  const editor = await vscode.window.showTextDocument(doc);
  // Put the cursor on the first offending key when it is there.
  const key = problems[0]?.path.split('.').pop();
  const offset = key ? doc.getText().indexOf(`"${key}"`) : -1;
  if (offset >= 0) {
    const pos = doc.positionAt(offset);
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
