// (lazy part) The promises a note makes, shown before they go into the log: one multi-select
// quick pick, every item checked; unchecking one leaves it out. Esc cancels the marking.
import * as vscode from 'vscode';
import type { Commitment } from '../../core/log/record';
import type { NotePromises } from '../../core/send/promises';

type Item = vscode.QuickPickItem & { commitment?: Commitment; nextContact?: string };

export async function confirmPromises(found: NotePromises): Promise<NotePromises | undefined> {
  const items: Item[] = [
    ...found.commitments.map(c => ({
      label: c.what, picked: true, commitment: c,
      description: c.by === 'me' ? vscode.l10n.t('my commitment, due {0}', c.due ?? '—') : vscode.l10n.t('asked of the client, by {0}', c.due ?? '—'),
    })),
    ...(found.nextContact ? [{ label: vscode.l10n.t('Next contact: {0}', found.nextContact), picked: true, nextContact: found.nextContact }] : []),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true, ignoreFocusOut: true,
    title: vscode.l10n.t('Record these promises in the log?'),
    placeHolder: vscode.l10n.t('Uncheck what is not a promise; Enter records the note as sent with the rest'),
  });
  if (!picked) return undefined;
  return {
    commitments: picked.flatMap(i => (i.commitment ? [i.commitment] : [])),
    nextContact: picked.find(i => i.nextContact)?.nextContact,
  };
}
