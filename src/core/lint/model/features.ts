// Features of one sentence for the tone model (model/linear.ts), read from the language layer: the
// tokens and stems the frames use, with the roles abstracted so the model learns "WRITER did not" or
// "CLIENT should have" rather than "I" and "you" apart. Runs on the folded text with quotations and
// reported speech already blanked (rule-kit's `norm`), so the client's words are never features.
import type { Lang } from '../../ports.js';
import { isNegation, negatedBefore, ROLE_WORDS, tokenize } from '../language/tokens.js';
import { foldText, stem } from '../language/stem.js';
import { PACK_DATA } from '../packs/generated.js';
import { MODEL_RULES } from './rules.js';

/** A feature and the tokens (start/end in the sentence) it was read from, to show the writer why. */
export interface SentenceFeatures {
  names: string[];
  /** For each name, the [start, end) of the words it came from. */
  spans: Array<[number, number]>;
}

// Subject pronouns stand apart from possessives and objects: "we forgot" is not "our designer forgot".
const SUBJECT: Record<Lang, Set<string>> = {
  en: new Set(['i', 'we', "i'm", "we're", "i've", "we've", "i'll", "we'll", "i'd", "we'd", 'you', "you're", "you've", "you'll", "you'd", 'u']),
  fr: new Set(['je', "j'", 'nous', 'on', 'vous', 'tu', "t'"]),
};

// The packs' word classes (third parties, fault verbs, hedges...) by stem: a word the packs class
// together weighs together, so "the courier mislaid" learns from "the designer lost".
const lexicons = new Map<Lang, Map<string, string[]>>();
// Class names that say nothing about tone (a determiner, a unit of time).
const NEUTRAL_CLASS = /^(?:determiner|unit|unite)$/;

function lexicon(lang: Lang): Map<string, string[]> {
  let lex = lexicons.get(lang);
  if (lex) return lex;
  lex = new Map();
  for (const p of PACK_DATA) {
    if (p.lang !== lang || !MODEL_RULES.includes(p.rule)) continue;
    for (const [name, entries] of Object.entries(p.classes)) {
      if (NEUTRAL_CLASS.test(name)) continue;
      const tag = `@${p.rule}/${name}`;
      for (const entry of entries) {
        if (entry.includes('{')) continue;
        // "hosting provider" is classed by its head; "(vexe|vexee)" by each form.
        const head = foldText(entry).replace(/^\((.*)\)$/, '$1').split('|');
        for (const alt of head) {
          const word = alt.trim().split(/[\s-]+/).pop();
          if (!word || !/^[a-z\u00df-\u024f']+$/.test(word)) continue;
          const s = stem(word, lang);
          const tags = lex.get(s) ?? [];
          if (!tags.includes(tag)) tags.push(tag);
          lex.set(s, tags);
        }
      }
    }
  }
  lexicons.set(lang, lex);
  return lex;
}

/** The token as the model sees it: a role placeholder, a number, or its stem. */
function form(word: string, stem: string, lang: Lang): string {
  const sub = SUBJECT[lang].has(word);
  if (ROLE_WORDS.writer[lang].has(word)) return sub ? 'WRITER' : 'WRITER-OF';
  if (ROLE_WORDS.client[lang].has(word)) return sub ? 'CLIENT' : 'CLIENT-OF';
  if (/^\d/.test(word)) return 'NUM';
  return stem;
}

/**
 * The features of a folded sentence: each token's form, "!form" after a negation in its clause,
 * form bigrams inside a clause, the first form ("^oh", « ^bravo »), and a final question mark.
 * Each feature once, in order of appearance, so a weight is read once per sentence.
 */
export function sentenceFeatures(norm: string, lang: Lang): SentenceFeatures {
  const tokens = tokenize(norm, lang);
  const names: string[] = [];
  const spans: Array<[number, number]> = [];
  const seen = new Set<string>();
  const add = (name: string, start: number, end: number) => {
    if (seen.has(name)) return;
    seen.add(name);
    names.push(name);
    spans.push([start, end]);
  };
  const forms = tokens.map((t) => form(t.word, t.stem, lang));
  const lex = lexicon(lang);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const f = forms[i]!;
    if (i === 0) add(`^${f}`, t.start, t.end);
    add(f, t.start, t.end);
    const negated = !isNegation(t.word, lang) && negatedBefore(tokens, i, lang);
    if (negated) add(`!${f}`, t.start, t.end);
    const next = tokens[i + 1];
    if (next && next.clause === t.clause) add(`${f} ${forms[i + 1]}`, t.start, next.end);
    for (const c of lex.get(t.stem) ?? []) add(negated ? `!${c}` : c, t.start, t.end);
  }
  if (/\?\s*$/.test(norm)) add('?', norm.lastIndexOf('?'), norm.lastIndexOf('?') + 1);
  return { names, spans };
}
