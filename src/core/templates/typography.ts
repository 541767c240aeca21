// French typography for text Liaison writes itself (UI descriptions, headings from the note-type
// list): a no-break space before : ; ? ! and inside « ». Templates are written that way already.
const NBSP = '\u00a0';

export function frenchTypography(text: string): string {
  return text
    // "Note: x" and "Note : x" both become "Note\u00a0: x"; "10:30" and "https://" stay as they are.
    .replace(/(\S)[ \u00a0\u202f]?([:;?!])(?=\s|$)/g, `$1${NBSP}$2`)
    .replace(/«[ \u00a0\u202f]?/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]?»/g, `${NBSP}»`);
}

/** A straight apostrophe between letters, as French prints it: « l'entreprise » -> « l’entreprise ». */
const apostrophes = (text: string): string => text.replace(/(?<=\p{L})'(?=\p{L})/gu, '\u2019');

/**
 * A French string Liaison shows (a lint message, a fix title, a suggested sentence): typographic
 * apostrophes and no-break spaces. What it quotes from `source` (the writer's own words in « »)
 * and code spans stay as written: a quotation is not ours to retouch.
 */
export function frenchShown(text: string, source = ''): string {
  const kept: string[] = [];
  const keep = (s: string): string => `\ue000${kept.push(s) - 1}\ue001`;
  const masked = text.replace(/«[ \u00a0\u202f]?([^«»]*?)[ \u00a0\u202f]?»|`[^`]*`/g, (all, inner: string | undefined) => {
    if (inner === undefined) return keep(all);
    return inner.trim() && source.includes(inner.trim()) ? `«${NBSP}${keep(inner)}${NBSP}»` : all;
  });
  return frenchTypography(apostrophes(masked)).replace(/\ue000(\d+)\ue001/g, (_, i: string) => kept[Number(i)]!);
}

/** Places where a French text misses its no-break space; used by tests and template checks. */
export function frenchTypographyProblems(text: string): number[] {
  const problems: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (/\S ?[;?!](?=\s|$)|[^\s\u00a0\u202f]:(?=\s|$)| :|« |«[^\u00a0]| »|[^\u00a0]»/.test(stripUrlsAndCode(line))) problems.push(i + 1);
  });
  return problems;
}

function stripUrlsAndCode(line: string): string {
  return line.replace(/`[^`]*`/g, '').replace(/\w+:\/\/\S+/g, '');
}
