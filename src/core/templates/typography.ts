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
