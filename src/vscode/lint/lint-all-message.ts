// What Lint All Notes says when it ends, apart from VS Code so a unit test runs it with the French
// bundle: no folder open and no note found are said in a notification (not "0 notes linted"), a
// finished run in the status bar, a cancelled one not at all.
import type { Translator } from '../log/issue-lines';

export type LintAllOutcome = { folder: false } | { folder: true; notes: number; cancelled: boolean };
export type LintAllMessage = { where: 'notification' | 'status bar'; text: string } | undefined;

export function lintAllMessage(l10n: Translator, o: LintAllOutcome): LintAllMessage {
  if (!o.folder) return { where: 'notification', text: l10n.t('Open a folder first: Lint All Notes checks the client notes of a workspace (an open note is checked as you type).') };
  if (o.cancelled) return undefined;
  if (!o.notes) return { where: 'notification', text: l10n.t('No client note in this workspace: a note is a Markdown file in the notes folder, or one with a type: in its front matter. Nothing was checked.') };
  return { where: 'status bar', text: l10n.t('Liaison: {0} notes linted', o.notes) };
}
