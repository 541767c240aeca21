// Liaison: Copy for Email: the note as the client reads it (no front matter, comments or internal
// sections), as plain text on the clipboard, ready to paste into any mail client.
import * as vscode from 'vscode';
import { renderClientNote } from '../../core/send/render';
import { sendTarget } from '../send/target';
import { anchorFooter } from '../send/anchor';
import { mayLeave } from '../send/precheck';
import { escapeNotification } from '../../core/log/escape';

export interface CopyResult { title: string; text: string; omitted: string[]; anchor?: string }

export async function copyForEmail(args?: unknown): Promise<CopyResult | undefined> {
  const t = await sendTarget(args);
  if (!t) return undefined;
  if (!(args as { force?: boolean } | undefined)?.force && !(await mayLeave(t, vscode.l10n.t('Copy Anyway')))) return undefined;
  const plain = renderClientNote(t.text);
  const footer = await anchorFooter(t.uri, plain.title, plain.lang, 'copied for email');
  const note = footer ? renderClientNote(t.text, { footer }) : plain;
  await vscode.env.clipboard.writeText(note.text);
  const markSent = vscode.l10n.t('Mark as Sent');
  // The title and headings are the note's text (a cloned repository's, maybe): no command link in the notification.
  const title = escapeNotification(note.title);
  const msg = note.omitted.length
    ? vscode.l10n.t('Copied for email: "{0}" (left out, internal: {1}). Paste it into your message.', title, note.omitted.map(escapeNotification).join(', '))
    : vscode.l10n.t('Copied for email: "{0}". Paste it into your message.', title);
  void vscode.window.showInformationMessage(msg, markSent).then(a => {
    if (a === markSent) void vscode.commands.executeCommand('liaison.markNoteSent', { uri: t.uri, channel: 'email', promises: 'ask' });
  });
  return { title: note.title, text: note.text, omitted: note.omitted, anchor: footer };
}
