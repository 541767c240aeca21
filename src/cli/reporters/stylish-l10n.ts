// vfile-reporter writes its severity column ("error", "warning") and its closing count ("✖ 2
// errors, ⚠ 1 warning") in English; in French, the same report with those words in French, the
// columns still aligned (the messages themselves are already in the report's language).
import * as l10n from '../l10n.js';

/** One finding's line: position, padding, the severity (coloured or not), padding, the rest. */
const ROW = /^(\d+:\d+(?:-\d+:\d+)? +)(\x1b\[3[13]m)?(error|warning)(\x1b\[39m)?( +)(.*)$/;

const severity = (label: string): string => (label === 'error' ? l10n.t('error') : l10n.t('warning'));

function count(n: number, label: string): string {
  if (label === 'error') return n === 1 ? l10n.t('{0} error', n) : l10n.t('{0} errors', n);
  return n === 1 ? l10n.t('{0} warning', n) : l10n.t('{0} warnings', n);
}

/** The stylish report `text` with its own words in the CLI's language (unchanged in English). */
export function localStylish(text: string): string {
  if (l10n.lang() === 'en' || !text) return text;
  const lines = text.split('\n');
  const rows = lines.map(l => ROW.exec(l));
  const width = Math.max(0, ...rows.map(m => (m ? severity(m[3]!).length : 0)));
  const out = lines.map((line, i) => {
    const m = rows[i];
    if (!m) return line;
    const word = severity(m[3]!);
    return `${m[1]}${m[2] ?? ''}${word}${m[4] ?? ''}${' '.repeat(width - word.length + 1)}${m[6]}`;
  });
  // The closing line counts findings: "✖ 2 errors, ⚠ 1 warning", or "3 messages (…)".
  const last = out.length - 1;
  out[last] = out[last]!.replace(/\b(\d+) (error|warning)s?\b/g, (_, n: string, label: string) => count(Number(n), label));
  return out.join('\n');
}
