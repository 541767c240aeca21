// Small helpers shared by the phrase rules: the author's own sentences (not the client's quoted
// words), reported speech blanked out, and a sample date
// for fixes written in the note's language.
import type { Lang } from '../../ports.js';
import type { Finding, Fix, NoteContext, Sentence, Span } from '../types.js';
import { normalizeText } from './normalize.js';
import { blankReported } from '../language/reported.js';
import { memoActive, memoized, sentenceMemoized } from '../memo.js';

/** A sentence ready for matching: text with quotations blanked, its normalized form, its languages. */
export interface ProseSentence extends Sentence {
  /** Text with quoted speech (“…”, «…», "…") replaced by spaces, same length. */
  plain: string;
  norm: string;
  langs: Lang[];
  /** Two letters in a row in `plain`: the gate every pack and the tone model read before any work. */
  wordy: boolean;
}

const QUOTE_PAIRS: Array<[string, string]> = [['\u201c', '\u201d'], ['\u00ab', '\u00bb'], ['"', '"'], ['\u201e', '\u201c'], ['\u2039', '\u203a']];

/** Blanks out words between quotation marks (up to 400 characters): someone else's words, or a word being mentioned. */
export function blankQuotes(text: string): string {
  if (!/["\u201c\u201d\u00ab\u00bb\u201e\u2039]/.test(text)) return text;
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
  blankCutQuote(text, chars);
  return chars.join('');
}

// A quote the sentence splitter cut at its own "!!!", "?" or "." (« URGENT !!! » au sujet…): the
// sentence ends inside an opened « or “, or starts inside one closed by » or ”. A straight " has no
// side: left unpaired, it opens when a word follows it and closes when a word precedes it.
function blankCutQuote(text: string, chars: string[]): void {
  const straight = text.split('"').length - 1;
  if (straight % 2 === 1) {
    const a = text.lastIndexOf('"');
    const b = text.indexOf('"');
    if (/\S/.test(text[a + 1] ?? '') && !/\S/.test(text[a - 1] ?? ' ') && text.length - a <= 400) for (let i = a + 1; i < text.length; i++) chars[i] = ' ';
    else if (/\S/.test(text[b - 1] ?? '') && b <= 400) for (let i = 0; i < b; i++) chars[i] = ' ';
  }
  for (const [open, close] of [['\u00ab', '\u00bb'], ['\u201c', '\u201d']] as const) {
    const a = text.lastIndexOf(open);
    if (a >= 0 && text.indexOf(close, a + 1) < 0 && text.length - a <= 400) for (let i = a + 1; i < text.length; i++) chars[i] = ' ';
    const b = text.indexOf(close);
    if (b >= 0 && b <= 400 && text.lastIndexOf(open, b) < 0) for (let i = 0; i < b; i++) chars[i] = ' ';
  }
}

/** `offset` is inside a « … » or “ … ” opened earlier in the same paragraph (up to 400 characters). */
function insideQuote(text: string, offset: number): boolean {
  // Within the last 400 characters only: a lastIndexOf over the whole text would be quadratic on a
  // note of many short lines and no blank one.
  const window = text.slice(Math.max(0, offset - 400), offset);
  const before = window.slice(window.lastIndexOf('\n\n') + 1);
  if (!/[\u00ab\u201c"]/.test(before)) return false;
  // An odd count of straight quotes before it, the last one opening ("Fresh. Local. NOW."): one is
  // open. An inch mark (a 27" screen) closes nothing and opens nothing.
  const last = before.lastIndexOf('"');
  if (before.split('"').length % 2 === 0 && /\S/.test(before[last + 1] ?? '') && !/\S/.test(before[last - 1] ?? ' ')) return true;
  return before.split('\u00ab').length > before.split('\u00bb').length || before.split('\u201c').length > before.split('\u201d').length;
}

const prose = new WeakMap<NoteContext, ProseSentence[]>();
/** No pack phrase, frame or model feature fits a sentence without two letters in a row ("a", "1."). */
const TWO_LETTERS = /\p{L}\p{L}/u;

/** The author's sentences (blockquotes left out), each with its blanked and normalized text; computed once per note. */
export function proseSentences(ctx: NoteContext): ProseSentence[] {
  let out = prose.get(ctx);
  if (!out) {
    out = ctx.sentences().filter((s) => !s.quoted).map((s) => {
      // The same strings every run for the same sentence text (lint/memo.ts): cheap to look up again.
      // A sentence inside a quote the splitter cut (« Frais. Local. MAINTENANT. »): all of it is quoted.
      const inside = !/[\u00bb\u201d"]/.test(s.text) && insideQuote(ctx.text, s.span.start);
      const { plain, norm } = memoized(s.text, inside ? 'prose\u0000quoted' : 'prose', () => {
        const p = inside ? ' '.repeat(s.text.length) : blankReported(blankQuotes(s.text));
        return { plain: p, norm: normalizeText(p) };
      }, (v) => 4 * v.plain.length);
      // Built field by field: a spread of every sentence cost more than the rest of this map.
      return { text: s.text, span: s.span, lang: s.lang, langKnown: s.langKnown, quoted: s.quoted, section: s.section,
        plain, norm, langs: s.langKnown === false ? ctx.langs : [s.lang], wordy: TWO_LETTERS.test(plain) };
    });
    prose.set(ctx, out);
  }
  return out;
}

/**
 * The findings of a rule that reads each prose sentence on its own (with the note's languages and
 * day, and `variant` for its options). With a memo kept across runs (the editor), a sentence's
 * findings are kept by its text and moved to where the sentence now is: after an edit only the
 * changed sentences are checked again.
 */
export function perSentence(ctx: NoteContext, rule: string, check: (s: ProseSentence) => Finding[], variant = ''): Finding[] {
  const sentences = proseSentences(ctx);
  if (!memoActive()) return sentences.flatMap(check);
  const question = `findings\u0000${rule}\u0000${variant}\u0000${ctx.langs.join(',')}\u0000${ctx.refDate.getTime()}`;
  const out: Finding[] = [];
  // One question string per language set, built once: a new string would be hashed on every lookup.
  const questions = new Map<string, string>();
  for (const s of sentences) {
    const langs = s.langs.length === 1 ? s.langs[0]! : s.langs.join(',');
    let q = questions.get(langs);
    if (q === undefined) questions.set(langs, (q = `${question}\u0000${langs}`));
    const kept = sentenceMemoized(s, s.text, s.norm, q, () => check(s).map(f => movedFinding(f, -s.span.start)), findingsSize);
    for (const f of kept) out.push(movedFinding(f, s.span.start));
  }
  return out;
}

const moveSpan = (sp: Span, by: number): Span => ({ start: sp.start + by, end: sp.end + by });
const movedFix = (x: Fix, by: number): Fix => ({ ...x, title: { ...x.title }, span: moveSpan(x.span, by) });
/** A copy of `f` with its spans (and its fixes' spans) moved by `by`. */
function movedFinding(f: Finding, by: number): Finding {
  return { message: { ...f.message }, span: moveSpan(f.span, by), ...(f.fixes ? { fixes: f.fixes.map(x => movedFix(x, by)) } : {}) };
}
const findingsSize = (fs: readonly Finding[]): number => fs.reduce((n, f) => n + 96 + 64 * (f.fixes?.length ?? 0), 16);

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
