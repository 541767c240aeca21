// Why a write or a read failed, for a notification in the display language: core's own French
// when its error has one (the log store, email import), else the file-system code in words
// (VS Code's 'NoPermissions' and Node's 'EACCES' are not for users), else the error's message.
// No `vscode` import, so a unit test runs it with the French bundle; callers pass vscode.l10n.
import { escapeNotification } from '../core/log/escape';
import type { Lang } from '../core/ports';

export interface Translator { t(message: string, ...args: Array<string | number>): string }

const NO_PERMISSION = new Set(['NoPermissions', 'EACCES', 'EPERM', 'EROFS']);
const IN_THE_WAY = new Set(['FileExists', 'FileNotADirectory', 'EEXIST', 'ENOTDIR']);

/** The reason, escaped for a notification (an error may quote a file name or a record). */
export function errorWords(l10n: Translator, lang: Lang, e: unknown): string {
  const err = e as { code?: unknown; fr?: unknown; message?: unknown; problems?: unknown };
  const fr = Array.isArray(err?.fr) ? err.fr.join('\u00a0; ') : typeof err?.fr === 'string' ? err.fr : undefined;
  if (lang === 'fr' && fr) return escapeNotification(fr);
  // The log store's and email import's own words, when they wrote some: they already name the folder and the cause.
  if (fr !== undefined || Array.isArray(err?.problems)) return escapeNotification(err.message);
  const code = typeof err?.code === 'string' ? err.code : '';
  if (NO_PERMISSION.has(code)) return l10n.t('no permission to write there');
  if (IN_THE_WAY.has(code)) return l10n.t('a file is in the way of the folder');
  if (code === 'ENOSPC' || code === 'NoSpace') return l10n.t('the disk is full');
  return escapeNotification(typeof err?.message === 'string' ? err.message : String(e));
}
