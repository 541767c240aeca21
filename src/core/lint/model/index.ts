// The tone model at lint time: beside a rule's phrase pack, it gives the rule the sentences the
// phrases miss when it is confident (probability at or above the cross-validated threshold of the
// language, docs/model.md). It reads the same sentences the packs read (rule-kit's prose sentences:
// no blockquote, quotations and reported speech blanked), so the client's words are never judged.
import type { Lang } from '../../ports.js';
import type { Finding, NoteContext, OptionDef, Span } from '../types.js';
import { proseSentences, type ProseSentence } from '../text/rule-kit.js';
import { memoized } from '../memo.js';
import { LinearModel } from './linear.js';
import { modelData } from './load.js';

const models = new Map<Lang, LinearModel>();

function model(lang: Lang): LinearModel {
  let m = models.get(lang);
  if (!m) models.set(lang, (m = new LinearModel(modelData(lang))));
  return m;
}

/** The option every rule the model serves carries, so a user can keep the phrases and drop the model. */
export const MODEL_OPTION: OptionDef = {
  type: 'boolean', default: true,
  description: 'Also flag sentences the tone model (docs/model.md) confidently gives to this rule when no phrase of the pack matches.',
};

export interface ModelVerdict {
  rule: string;
  lang: Lang;
  p: number;
  /** The 2-3 words that weighed most, as written, in sentence order. */
  words: string[];
}

// Sentence -> verdict for this lint (the rules ask in turn); across runs by text (lint/memo.ts).
const verdicts = new WeakMap<ProseSentence, ModelVerdict | null>();
/** The memo's question per language, made once (not a new string per sentence). */
const QUESTION: Record<Lang, string> = { en: 'model\u0000en', fr: 'model\u0000fr' };

/** The model's rule for a sentence, or null when it is not confident any rule applies. */
export function modelVerdict(s: ProseSentence): ModelVerdict | null {
  // A sentence without two letters in a row has no feature: no lookup, no entry.
  if (!s.wordy) return null;
  let v = verdicts.get(s);
  if (v !== undefined) return v;
  const lang = s.langs[0] ?? s.lang;
  v = memoized(s.plain, QUESTION[lang], () => verdictOf(s.plain, s.norm, lang), () => 64);
  verdicts.set(s, v);
  return v;
}

function verdictOf(plain: string, norm: string, lang: Lang): ModelVerdict | null {
  const hit = model(lang).predict(norm, lang);
  if (!hit) return null;
  const words: string[] = [];
  for (const [a, b] of [...hit.why].sort((x, y) => x[0] - y[0])) {
    // A word in quotation marks weighs by its marks (its text is blanked): shown as “…”.
    const w = plain.slice(a, b).replace(/^(\S)\s+(\S)$/u, '$1…$2');
    if (!words.includes(w)) words.push(w);
  }
  return { rule: hit.label, lang, p: hit.p, words };
}

// Each note's sentences are asked once, whichever of the seven rules asks first: the others only
// read the sentences given to them (tens of thousands of one-line sentences cost one pass, not seven).
const byRule = new WeakMap<readonly ProseSentence[], Map<string, Array<[ProseSentence, ModelVerdict]>>>();
function verdictsByRule(sentences: readonly ProseSentence[]): Map<string, Array<[ProseSentence, ModelVerdict]>> {
  let m = byRule.get(sentences);
  if (!m) {
    m = new Map();
    for (const s of sentences) {
      const v = modelVerdict(s);
      if (!v) continue;
      let list = m.get(v.rule);
      if (!list) m.set(v.rule, (list = []));
      list.push([s, v]);
    }
    byRule.set(sentences, m);
  }
  return m;
}

export interface ModelMatch extends ModelVerdict {
  /** The sentence, trimmed. */
  span: Span;
  /** The words that weighed most, for the rule's message where it quotes what it found. */
  text: string;
}

/**
 * The sentences the model gives to `rule` where the rule found nothing itself (`found`: the rule's
 * findings so far), unless the rule's `model` option is false. `exempt`: sentences the rule's own
 * logic keeps silent (the writer owns the fault in the same sentence), silent for the model too.
 */
export function modelMatches(rule: string, ctx: NoteContext, found: readonly Finding[], options: Record<string, unknown>,
  exempt?: (s: ProseSentence) => boolean): ModelMatch[] {
  if (options.model === false) return [];
  const out: ModelMatch[] = [];
  for (const [s, v] of verdictsByRule(proseSentences(ctx)).get(rule) ?? []) {
    if (found.some((f) => f.span.start < s.span.end && s.span.start < f.span.end) || exempt?.(s)) continue;
    const lead = s.text.length - s.text.trimStart().length;
    const span = { start: s.span.start + lead, end: s.span.start + s.text.trimEnd().length };
    out.push({ ...v, span, text: v.words.join(' … ') });
  }
  return out;
}

/**
 * A rule's message for a model finding: the rule's own words, and that the model found it. A rule
 * whose message does not quote what it found passes the words that weighed most (`words`).
 */
export function modelMessage(message: Record<Lang, string>, words?: readonly string[]): Record<Lang, string> {
  if (!words?.length) return { en: `${message.en} (tone model)`, fr: `${message.fr} (modèle de ton)` };
  return {
    en: `${message.en} (tone model, from ${words.map((w) => `"${w}"`).join(', ')})`,
    fr: `${message.fr} (modèle de ton, d’après ${words.map((w) => `« ${w} »`).join(', ')})`,
  };
}
