// Liaison: New <type>: renders the template as a snippet and opens it at
// <notesFolder>/<YYYY-MM-DD>-<type>.md (never overwriting), or untitled with no folder open.
import * as vscode from 'vscode';
import type { Lang } from '../../core/ports';
import { fixedClock, systemClock } from '../../core/ports';
import { joinPath } from '../../core/config/profile';
import type { NoteTypeId } from '../../core/notes/note-types';
import {
  dayOf, isoDay, loadTemplate, overrideTemplatePath, parseIsoDay, renderNote, TemplateError, uniqueNotePath,
} from '../../core/templates/index';
import { builtinTemplatesDir, currentFolder, noteLang, readProfile, uiLang } from '../templates/context';
import { workspaceFileSystem } from '../templates/workspace-fs';
import { prefillSnippet } from '../templates/prefill';
import { errorWords } from '../error-words';

/** Optional arguments, for tests and for other commands: language and date of the note. */
export interface NewNoteArgs { lang?: Lang; date?: string }

export interface NewNoteResult { uri: string; tabStops: number }

export async function newNote(context: vscode.ExtensionContext, type: NoteTypeId, args: NewNoteArgs = {}): Promise<NewNoteResult | undefined> {
  const folder = currentFolder();
  const { profile, raw, invalid } = await readProfile(folder);
  if (invalid) return undefined;
  const lang = args.lang ?? noteLang(raw);
  const day = args.date ? parseIsoDay(args.date) : undefined;
  const clock = day ? fixedClock(new Date(day.year, day.month - 1, day.day, 12)) : systemClock;
  const today = dayOf(clock.now());
  const root = folder?.uri.fsPath;
  const trusted = vscode.workspace.isTrusted;
  if (root && !trusted && (await workspaceFileSystem.stat(overrideTemplatePath(root, type, lang)))) {
    void vscode.window.showWarningMessage(vscode.l10n.t('This workspace is not trusted: Liaison uses its built-in template, not the one in .liaison/templates.'));
  }

  let snippet: { text: string; tabStops: number };
  try {
    const { template } = await loadTemplate({ fs: workspaceFileSystem, builtinDir: builtinTemplatesDir(context), workspaceRoot: trusted ? root : undefined }, type, lang);
    snippet = renderNote(template, { lang, profile, clock }, 'snippet');
    if (type === 'status' && root && trusted) snippet = { ...snippet, text: prefillSnippet(root, profile, snippet.text, lang, isoDay(today)) };
  } catch (e) {
    if (e instanceof TemplateError) { void showTemplateError(e); return undefined; }
    throw e;
  }

  let doc: vscode.TextDocument | undefined;
  if (root) {
    const notes = joinPath(root, profile?.notesFolder ?? 'notes');
    try {
      await workspaceFileSystem.createDirectory(notes);
      const file = await uniqueNotePath(workspaceFileSystem, notes, today, type);
      // Reserve the name on disk at once: a second command run picks the next suffix.
      await workspaceFileSystem.writeFile(file, new Uint8Array());
      doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      removeIfDiscarded(context, doc.uri);
    } catch (e) {
      // A read-only folder (or a file where the notes folder should be): the note still opens, untitled, to save elsewhere.
      void vscode.window.showWarningMessage(vscode.l10n.t('The note could not be created in {0} ({1}): it opens untitled; save it where you can write.',
        vscode.workspace.asRelativePath(notes), errorWords(vscode.l10n, uiLang(), e)));
    }
  }
  doc ??= await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  await editor.insertSnippet(new vscode.SnippetString(snippet.text), new vscode.Position(0, 0));
  return { uri: doc.uri.toString(), tabStops: snippet.tabStops };
}

// A note closed without saving would leave its reserved, empty file behind: remove it when its
// last tab closes (tab events are immediate; document close events may come much later).
const reserved = new Set<string>();
let watching = false;
function removeIfDiscarded(context: vscode.ExtensionContext, uri: vscode.Uri): void {
  reserved.add(uri.toString());
  if (watching) return;
  watching = true;
  context.subscriptions.push(vscode.window.tabGroups.onDidChangeTabs(async e => {
    const open = new Set(vscode.window.tabGroups.all.flatMap(g => g.tabs)
      .map(t => (t.input instanceof vscode.TabInputText ? t.input.uri.toString() : '')));
    for (const tab of e.closed) {
      if (!(tab.input instanceof vscode.TabInputText)) continue;
      const key = tab.input.uri.toString();
      if (!reserved.has(key) || open.has(key)) continue;
      reserved.delete(key);
      const stat = await Promise.resolve(vscode.workspace.fs.stat(tab.input.uri)).catch(() => undefined);
      if (stat && stat.size === 0) await vscode.workspace.fs.delete(tab.input.uri);
    }
  }));
}

async function showTemplateError(e: TemplateError): Promise<void> {
  const open = vscode.l10n.t('Open Template');
  const choice = await vscode.window.showErrorMessage(vscode.l10n.t('Template error: {0}', e.message), open);
  if (choice !== open) return;
  const editor = await vscode.window.showTextDocument(vscode.Uri.file(e.file));
  const pos = new vscode.Position(Math.max(0, e.line - 1), Math.max(0, e.column - 1));
  editor.selection = new vscode.Selection(pos, pos);
  editor.revealRange(new vscode.Range(pos, pos));
}
