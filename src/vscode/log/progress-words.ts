// The words of a long log read's progress, apart from VS Code so a unit test runs them with the
// French bundle: records read so far (in the display language's digits), and the share of the
// log's bytes read when its size is known.
import type { LoadProgress } from '../../core/log/store';
import type { Translator } from './issue-lines';

export function readingWords(l10n: Translator, locale: string, p: LoadProgress): { message: string; percent?: number } {
  const n = p.records.toLocaleString(locale);
  if (!p.totalBytes) return { message: l10n.t('Reading the log: {0} records', n) };
  const percent = Math.min(100, Math.floor((p.bytes * 100) / p.totalBytes));
  return { message: l10n.t('Reading the log: {0} records ({1}%)', n, percent), percent };
}
