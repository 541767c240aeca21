// Small helpers shared by the phrase rules: the author's own sentences (not the client's quoted
// words), reported speech blanked out, and a sample date
// for fixes written in the note's language.
import type { Lang } from '../../ports.js';
import type { NoteContext, Sentence, Span } from '../types.js';
import { normalizeText } from './normalize.js';
import { blankReported } from '../language/reported.js';
import { memoized } from '../memo.js';

/** A sentence ready for matching: text with quotations blanked, its normalized form, its languages. */
export interface ProseSentence extends Sentence {
  /** Text with quoted speech (“…”, «…», "…") replaced by spaces, same length. */
  plain: string;
  norm: string;
  langs: Lang[];
}

const QUOTE_PAIRS: Array<[string, string]> = [['\u201c', '\u201d'], ['\u00ab', '\u00bb'], ['"', '"'], ['\u201e', '\u201c'], ['\u2039', '\u203a']];

/** Blanks out words between quotation marks (up to 400 characters): someone else's words, or a word being mentioned. */
export function blankQuotes(text: string): string {
  if (!/["\u201c\u00ab\u201e\u2039]/.test(text)) return text;
  const chars = text.split('');
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const a = text.indexOf(open, from);
      if (a < 0) break;
      const b = text.indexOf(close, a + 1);
      if (b < 0) break;
      if (b - a <= 400) for (let i = a + 1; i < b; i++) chars[i] = ' ';
      from = b + 1;
    }
  }
  return chars.join('');
}

const prose = new WeakMap<NoteContext, ProseSentence[]>();

/** The author's sentences (blockquotes left out), each with its blanked and normalized text; computed once per note. */
export function proseSentences(ctx: NoteContext): ProseSentence[] {
  let out = prose.get(ctx);
  if (!out) {
    out = ctx.sentences().filter((s) => !s.quoted).map((s) => {
      // The same strings every run for the same sentence text (lint/memo.ts): cheap to look up again.
      const { plain, norm } = memoized(s.text, 'prose', () => {
        const p = blankReported(blankQuotes(s.text));
        return { plain: p, norm: normalizeText(p) };
      }, (v) => 4 * v.plain.length);
      return { ...s, plain, norm, langs: s.langKnown === false ? ctx.langs : [s.lang] };
    });
    prose.set(ctx, out);
  }
  return out;
}

/** The note's language for messages and fixes: the first sentence language, else the first of ctx.langs. */
export function noteLang(ctx: NoteContext): Lang {
  return ctx.langs[0] ?? 'en';
}

const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FR_DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** A plausible date to offer in a fix: the working day three days after `ref`, written out ("Friday 27 November"). */
export function sampleDate(ref: Date, lang: Lang): string {
  const d = new Date(ref.getTime());
  d.setDate(d.getDate() + 3);
  while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() + 1);
  const day = d.getDate();
  return lang === 'fr'
    ? `${FR_DAYS[d.getDay()]} ${day === 1 ? '1er' : day} ${FR_MONTHS[d.getMonth()]}`
    : `${EN_DAYS[d.getDay()]} ${day} ${EN_MONTHS[d.getMonth()]}`;
}

/** True when `span` overlaps any of `spans`. */
export function overlaps(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start < span.end && span.start < s.end);
}
