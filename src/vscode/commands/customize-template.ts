// Liaison: Customize Template…: copies a built-in template into .liaison/templates/<lang>/<type>.md
// (unless already there) and opens it. That copy then wins over the built-in one.
import * as vscode from 'vscode';
import { LANGS, type Lang } from '../../core/ports';
import { NOTE_TYPES, type NoteTypeId } from '../../core/notes/note-types';
import { builtinTemplatePath, overrideTemplatePath } from '../../core/templates/store';
import { frenchTypography } from '../../core/templates/typography';
import { builtinTemplatesDir, currentFolder, uiLang } from '../templates/context';
import { workspaceFileSystem } from '../templates/workspace-fs';

export interface CustomizeTemplateArgs { type?: NoteTypeId; lang?: Lang }

export async function customizeTemplate(context: vscode.ExtensionContext, args: CustomizeTemplateArgs = {}): Promise<string | undefined> {
  const folder = currentFolder();
  if (!folder) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: customized templates live in the workspace, in .liaison/templates.'));
    return undefined;
  }
  let { type, lang } = args;
  if (!type || !lang) {
    const ui = uiLang();
    const items = NOTE_TYPES.flatMap(t => LANGS.map(l => ({
      label: `${t.id} (${l})`,
      description: l === 'fr' ? frenchTypography(t.titles.fr[0]) : t.titles.en[0],
      detail: ui === 'fr' ? frenchTypography(t.description.fr) : t.description.en,
      type: t.id, lang: l,
    })));
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Customize a template'), placeHolder: vscode.l10n.t('Which template do you want to adapt for this workspace?'), matchOnDescription: true });
    if (!picked) return undefined;
    ({ type, lang } = picked);
  }
  const target = overrideTemplatePath(folder.uri.fsPath, type, lang);
  if (!(await workspaceFileSystem.stat(target))) {
    const text = await workspaceFileSystem.readFile(builtinTemplatePath(builtinTemplatesDir(context), type, lang));
    await workspaceFileSystem.createDirectory(target.slice(0, target.lastIndexOf('/')));
    await workspaceFileSystem.writeFile(target, text);
  }
  await vscode.window.showTextDocument(vscode.Uri.file(target), { preview: false });
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(vscode.l10n.t('This workspace is not trusted: Liaison ignores its templates until you trust it.'));
  }
  return vscode.Uri.file(target).toString();
}
