// Liaison: Open as Email Draft…: writes the note as an unsent .eml (To from the profile, Subject
// from the title, text and HTML parts) in the extension's storage, not the workspace, and opens it
// with the system mail client. When nothing opens it, a mailto: link is the fallback.
import * as vscode from 'vscode';
import { draftFromNote } from '../../core/send/draft';
import { sendTarget } from '../send/target';
import { anchorFooter } from '../send/anchor';
import { renderClientNote } from '../../core/send/render';
import { mayLeave } from '../send/precheck';

export interface DraftResult { file: string; eml: string; mailto: string; opened: 'eml' | 'mailto' | 'none'; anchor?: string }

const safeName = (title: string) => (title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'note').slice(0, 60);

export async function openEmailDraft(context: vscode.ExtensionContext, args?: unknown): Promise<DraftResult | undefined> {
  const t = await sendTarget(args);
  if (!t) return undefined;
  if (!(args as { force?: boolean } | undefined)?.force && !(await mayLeave(t, vscode.l10n.t('Open Anyway')))) return undefined;
  const plain = renderClientNote(t.text);
  const footer = await anchorFooter(t.uri, plain.title, plain.lang, 'email draft');
  const d = draftFromNote(t.text, t.profile, new Date(), { footer });
  const dir = vscode.Uri.joinPath(context.globalStorageUri, 'drafts');
  await vscode.workspace.fs.createDirectory(dir);
  const file = vscode.Uri.joinPath(dir, `${safeName(d.note.title)}.eml`);
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(d.eml));
  const result: DraftResult = { file: file.fsPath, eml: d.eml, mailto: d.mailto, opened: 'none', anchor: footer };
  if (!d.to.length) void vscode.window.showWarningMessage(vscode.l10n.t('The profile has no client email: the draft has no recipient. Add "email" under "client" in .liaison/profile.json.'));
  if ((args as { open?: boolean } | undefined)?.open === false) return result;
  if (await vscode.env.openExternal(file)) result.opened = 'eml';
  else if (await vscode.env.openExternal(vscode.Uri.parse(d.mailto))) result.opened = 'mailto';
  const markSent = vscode.l10n.t('Mark as Sent');
  void vscode.window.showInformationMessage(result.opened === 'none'
    ? vscode.l10n.t('The draft is in {0}: open it with your mail client.', file.fsPath)
    : vscode.l10n.t('Draft opened in your mail client. Once it is sent, mark the note as sent.'), markSent).then(a => {
    if (a === markSent) void vscode.commands.executeCommand('liaison.markNoteSent', { uri: t.uri, channel: 'email', promises: 'ask' });
  });
  return result;
}
