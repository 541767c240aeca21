// The log-verify details the editor writes to its output channel, one line per finding, in the
// display language: what the CLI's `log verify` prints, word for word. No `vscode` import, so a unit
// test runs it with the French bundle; the caller passes vscode.l10n.
import type { LogIssue } from '../../core/log/chain';
import { escapeTerminal } from '../../core/log/escape';
import type { Lang } from '../../core/ports';

export interface Translator { t(message: string, ...args: Array<string | number>): string }

/** `error: .liaison/log/w-1.jsonl:3: record … was changed` (or its French), quoted record fields escaped. */
export function issueLines(l10n: Translator, lang: Lang, issues: readonly LogIssue[], where: (file: string) => string): string[] {
  return issues.map(i => l10n.t('{0}: {1}:{2}: {3}', i.severity === 'error' ? l10n.t('error') : l10n.t('warning'),
    escapeTerminal(where(i.file)), i.line, escapeTerminal(lang === 'fr' && i.fr ? i.fr : i.message)));
}
