// (lazy part) Writes an export (Markdown and HTML side by side) into the exports folder
// (setting liaison.export.folder, default "exports", inside the workspace) and offers to open it.
import * as path from 'path';
import * as vscode from 'vscode';
import type { ExportDoc } from '../../core/log/export-doc';
import { docToHtmlInTurns, docToMarkdownInTurns } from '../../core/log/export-doc';
import { hostTurn } from '../log/log-read';
import type { LoadedLog } from '../../core/log/store';
import { notePathProblem, quotableNote } from '../../core/log/record';
import { sha256Hex } from '../../core/log/canonical';
import { confine } from '../../node/workspace-path';
import { displayLang } from '../log/labels';
import { errorWords } from '../error-words';

export function exportFolder(root: string): string {
  const configured = vscode.workspace.getConfiguration('liaison.export').get<string>('folder', 'exports').trim() || 'exports';
  // Exports stay inside the workspace, whatever the setting says.
  const safe = path.isAbsolute(configured) || configured.split(/[\\/]/).includes('..') ? 'exports' : configured;
  return path.join(root, safe);
}

const read = (uri: vscode.Uri) => Promise.resolve(vscode.workspace.fs.readFile(uri)).then(b => b, () => undefined);

/** The sent notes' current text and the emails' originals the counsel export quotes in full. */
export async function exportSources(root: string, logDir: string, log: LoadedLog) {
  const noteTexts: Record<string, string | undefined> = {};
  const originals: Record<string, Uint8Array | undefined> = {};
  for (const { record: r } of log.records) {
    for (const n of r.notes ?? []) {
      if (n.path in noteTexts || notePathProblem(n.path)) continue;
      // Symlinks followed: a note linked out of the workspace is not read (it would be copied into the export).
      const b = confine(root, n.path).problem === undefined ? await read(vscode.Uri.file(path.join(root, n.path))) : undefined;
      const text = b ? new TextDecoder().decode(b) : undefined;
      noteTexts[n.path] = text !== undefined && quotableNote(n.path, text, n.sha256, t => sha256Hex(t)) ? text : undefined;
    }
    const m = r.email?.file;
    if (m && /^mail\/[0-9a-f]{64}\.eml$/.test(m) && !(m in originals)) originals[m] = await read(vscode.Uri.file(path.join(logDir, m)));
  }
  return { noteTexts, originals };
}

export async function writeExport(root: string, base: string, doc: ExportDoc, open: boolean): Promise<{ md: string; html: string } | undefined> {
  const folder = exportFolder(root);
  // The setting stays inside the workspace, but the folder itself may be a link out of it (a
  // cloned repository's `exports -> ~/.config/…`): refused, as the CLI refuses a linked log folder.
  const confined = confine(root, path.relative(root, folder) || '.');
  if (confined.problem !== undefined) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The export was not written: {0}', confined.problem));
    return undefined;
  }
  const md = path.join(folder, base + '.md');
  const html = path.join(folder, base + '.html');
  try {
    await vscode.workspace.fs.createDirectory(vscode.Uri.file(folder));
    await vscode.workspace.fs.writeFile(vscode.Uri.file(md), new TextEncoder().encode(await docToMarkdownInTurns(doc, hostTurn)));
    await vscode.workspace.fs.writeFile(vscode.Uri.file(html), new TextEncoder().encode(await docToHtmlInTurns(doc, hostTurn)));
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The export could not be written: {0}', errorWords(vscode.l10n, displayLang(), e)));
    return undefined;
  }
  if (open) {
    const openHtml = vscode.l10n.t('Open HTML');
    const openMd = vscode.l10n.t('Open Markdown');
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported to {0} ({1} and {2}).', path.relative(root, folder) || '.', path.basename(html), path.basename(md)), openHtml, openMd)
      .then(a => {
        if (a === openHtml) void vscode.env.openExternal(vscode.Uri.file(html));
        if (a === openMd) void vscode.window.showTextDocument(vscode.Uri.file(md));
      });
  }
  return { md, html };
}
