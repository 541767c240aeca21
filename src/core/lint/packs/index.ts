// The phrase packs, compiled on first use. Rules ask for their pack in a sentence's language.
import type { Lang } from '../../ports.js';
import type { Fix, Span } from '../types.js';
import { CompiledPack, type PackMatch, type SentenceText } from './compile.js';
import { PACK_DATA } from './generated.js';
import { matchFamily, normalizeText } from '../text/phrases.js';
import { memoActive, sentenceMemoized, spansSize } from '../memo.js';
import { frenchShown } from '../../templates/typography.js';
import { sampleDate } from '../text/rule-kit.js';

export type { PackMatch, SentenceText } from './compile.js';
export { CompiledPack } from './compile.js';

/** The words of a pack group or class used as a word list, every language, folded like the text they are compared with. */
export function packWords(rule: string, group: string): Set<string> {
  return new Set(PACK_DATA.filter((p) => p.rule === rule)
    .flatMap((p) => p.groups[group] ?? p.classes[group] ?? []).flatMap((line) => normalizeText(line).split(/\s+/)).filter(Boolean));
}

/**
 * The lines of a pack class or group of `rule` used as a phrase list by a rule's own code, every language, folded
 * like the text they are compared with; one phrase a line, `word*` for a word and its endings.
 */
export function packLines(rule: string, name: string): string[] {
  return PACK_DATA.filter((p) => p.rule === rule).flatMap((p) => p.groups[name] ?? p.classes[name] ?? [])
    .map((line) => normalizeText(line).trim()).filter(Boolean);
}

// rule -> lang -> pack (null: none); looked up once per sentence and rule, so no string keys.
const compiled = new Map<string, Map<Lang, CompiledPack | null>>();

/** The compiled pack of `rule` in `lang`, or undefined when the rule has none in that language. */
export function pack(rule: string, lang: Lang): CompiledPack | undefined {
  let byLang = compiled.get(rule);
  if (!byLang) compiled.set(rule, (byLang = new Map()));
  let p = byLang.get(lang);
  if (p === undefined) {
    const data = PACK_DATA.find((d) => d.rule === rule && d.lang === lang);
    p = data ? new CompiledPack(data) : null;
    byLang.set(lang, p);
  }
  return p ?? undefined;
}

// No phrase of any pack fits in a sentence without two letters in a row ("a", "-", "1."): skipping
// those keeps a note made of thousands of one-letter lines linear in the work above the parse.
const TWO_LETTERS = /\p{L}\p{L}/u;
/** The gate above, read once per sentence when rule-kit built it (every rule asks it again). */
const wordy = (s: SentenceText): boolean => s.wordy ?? TWO_LETTERS.test(s.plain);

/** The rules that have a pack, and their languages. */
export function packRules(): Array<{ rule: string; lang: Lang }> {
  return PACK_DATA.map((d) => ({ rule: d.rule, lang: d.lang }));
}

type PackSentence = SentenceText & { span: Span; langs: readonly Lang[] };

/**
 * A pack's answer about a sentence depends on the question, the sentence's text (as blanked and as
 * folded) and its languages, not on where the sentence stands: memoised by those (lint/memo.ts).
 */
function packMemo<T>(question: string, s: SentenceText & { langs: readonly Lang[] }, compute: () => T, size: (v: T) => number): T {
  // Outside the editor no memo is kept: no question string to build for every sentence and rule.
  if (!memoActive()) return compute();
  return sentenceMemoized(s, s.plain, s.norm, `${question}\u0000${s.langs.length === 1 ? s.langs[0] : s.langs.join(',')}`, compute, size);
}

/** Matches found at offset 0 (memoised), moved to the sentence's place; fresh objects for every caller. */
function placed(found: readonly PackMatch[], offset: number): PackMatch[] {
  if (!found.length) return [];
  return found.map((m) => ({ ...m, span: { start: m.span.start + offset, end: m.span.end + offset } }));
}

/** Matches of `rule`'s pack in one sentence, for each of its languages. */
export function findInSentence(rule: string, s: PackSentence): PackMatch[] {
  if (!wordy(s)) return [];
  return placed(packMemo(`find\u0000${rule}`, s, () => {
    const out: PackMatch[] = [];
    for (const lang of s.langs) out.push(...(pack(rule, lang)?.find(s, 0) ?? []));
    return out.sort((a, b) => a.span.start - b.span.start);
  }, spansSize), s.span.start);
}

/**
 * The pack's rewrites as quick fixes replacing `span` (usually the sentence): unsafe (picked by the
 * writer, never by "fix all"), snippets so the writer fills in the ${1:…} parts. A date the pack
 * writes as an example (${3:Friday 27 November}) becomes one after `ref`, the note's date, so a
 * fix never suggests a day already past.
 */
export function rewriteFixes(rule: string, lang: Lang, span: Span, ref?: Date): Fix[] {
  return (pack(rule, lang)?.data.rewrites ?? []).map((r) => {
    const text = ref ? r.text.replace(WRITTEN_DATE, (_, n: string) => `\${${n}:${sampleDate(ref, lang)}}`) : r.text;
    return {
      title: { en: `Rewrite: ${r.title.en}`, fr: frenchShown(`Reformuler : ${r.title.fr}`) },
      // What is inserted is shown too: a French rewrite gets ’ and its no-break spaces.
      span, text: lang === 'fr' ? frenchShown(text) : text, snippet: true, safe: false,
    };
  });
}

/** A snippet field holding a written day: ${2:Friday 27 November}, ${3:vendredi 1er décembre}. */
const WRITTEN_DATE = /\$\{(\d+):(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2}(?:er)? \p{L}+\}/gu;

/** Matches of a named group of `rule`'s packs (groups: in the YAML) in one sentence, in its languages. */
export function findGroup(rule: string, group: string, s: PackSentence): PackMatch[] {
  if (!wordy(s)) return [];
  return placed(packMemo(`group\u0000${rule}\u0000${group}`, s, () => {
    const out: PackMatch[] = [];
    for (const lang of s.langs) {
      const p = pack(rule, lang);
      if (!p) continue;
      for (const m of matchFamily(p.group(group), s.plain, [lang], 0, s.norm)) {
        out.push({ rule, lang, text: m.text, span: m.span, via: 'phrase' });
      }
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  }, spansSize), s.span.start);
}

/** True when a named group of `rule`'s packs occurs in the sentence, in one of its languages. */
export function hasGroup(rule: string, group: string, s: SentenceText & { langs: readonly Lang[] }): boolean {
  if (!wordy(s)) return false;
  return packMemo(`has\u0000${rule}\u0000${group}`, s, () => s.langs.some((lang) => pack(rule, lang)?.hasGroup(s, group) ?? false), () => 8);
}
