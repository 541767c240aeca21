// Same-length text folding for matching: lower case, no accents, one apostrophe, plain spaces.
// Keeping the length lets every match index map straight back to the original text.

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out = ch.toLowerCase();
  if (out.length !== 1) out = ch;
  const base = out.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (base.length === 1) out = base;
  if (cache.size < 4096) cache.set(ch, out);
  return out;
}

/** Lower-cased, accent-free, apostrophes unified to ', odd spaces to ' '. Same length as input. */
export function normalizeText(text: string): string {
  // Plain ASCII (most English text): lower-casing keeps the length.
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) { out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i]; continue; }
    const ch = text[i]!;
    if (ch === '\u2019' || ch === '\u2018' || ch === '\u02bc' || ch === '\u2032') out += "'";
    else if (ch === '\u00a0' || ch === '\u202f' || ch === '\u2009' || ch === '\u2007') out += ' ';
    else if (ch === '\u2010' || ch === '\u2011' || ch === '\u2013' || ch === '\u2014') out += '-';
    else if (c >= 0xd800 && c <= 0xdfff) out += ch; // surrogate halves: keep as is
    else out += foldChar(ch);
  }
  return out;
}

/** `s` as a literal inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
