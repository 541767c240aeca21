// Step back before answering (P9): before a note is marked as sent, a reply with tone findings, or
// one written soon after an upset client's message, gets a gentle suggestion to reread it after a
// pause (liaison.send.pauseMinutes; 0 turns it off). Never a block: "Send Now" goes on.
import * as vscode from 'vscode';
import type { LintOptions } from '../../core/lint/engine';
import type { LogRecord } from '../../core/log/record';
import { checkBeforeSending } from '../../core/send/mark-sent';
import { pauseSuggestion } from '../../core/log/pause';
import type { Clock, Lang } from '../../core/ports';

const UPSET_TAGS = /^(upset|angry|complaint|mécontent|fâché|plainte|réclamation)$/i;

/** True when the writer chose to reread first (nothing is recorded then). */
export async function wantsPause(text: string, lint: LintOptions, records: readonly LogRecord[], lang: Lang, clock: Clock): Promise<boolean> {
  const minutes = vscode.workspace.getConfiguration('liaison.send').get<number>('pauseMinutes', 30);
  const check = checkBeforeSending(text, lint);
  const lastClient = [...records].filter(r => r.direction === 'from-client').sort((a, b) => a.at.localeCompare(b.at)).pop();
  const isReply = /^type:\s*reply\s*$/m.test(text.slice(0, 2048));
  const suggestion = pauseSuggestion({
    replyFindings: [...check.blockers, ...check.warnings], lastClientMessageAt: lastClient?.at,
    upset: isReply || (lastClient?.tags ?? []).some(t => UPSET_TAGS.test(t)), now: clock.now(), minutes, lang,
  });
  if (!suggestion) return false;
  const sendNow = vscode.l10n.t('Send Now');
  const reread = vscode.l10n.t('Reread First');
  return (await vscode.window.showInformationMessage(suggestion.message, sendNow, reread)) === reread;
}
