// Words of a sentence with their stems, cut into clauses, with the cues frames need: negation,
// hypothesis, who speaks (writer, client). Runs on the folded text of one sentence (same length as
// the original, see text/normalize.ts), so token offsets map straight back to the note.
import type { Lang } from '../../ports.js';
import { stem } from './stem.js';

export interface Token {
  /** Folded form ("n'", "plantes", "didn't"). */
  word: string;
  stem: string;
  start: number;
  end: number;
  /** Index of the clause the token belongs to. */
  clause: number;
  /** Inside a short aside between commas ("was, frankly, broken"): frames do not count it in a gap. */
  aside?: boolean;
  /** A comma stands between this token and the one before it. */
  afterComma?: boolean;
}

/** Most words of an aside between two commas. */
const ASIDE_MAX = 4;

// A word, with French elisions split off ("d'notre" → "d'", "notre") and English contractions kept whole.
const WORD = /[a-z0-9\u00df-\u024f]+(?:'(?:t|s|re|ve|ll|m|d)(?![a-z]))?'?/g;
const ELIDED = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)'$/;

// Clause breaks: strong punctuation, brackets, dashes, and conjunctions that start a new clause.
// A comma alone does not break one: "was, frankly, broken" stays one clause (asides are bounded gaps).
const BREAK_MARK = /[;:()[\]\u2014\u2013]|\s-\s/g;
const BREAK_WORD: Record<Lang, Set<string>> = {
  en: new Set('but although though whereas while because since unless so which who whom whose'.split(' ')),
  fr: new Set('mais bien quoique alors tandis parce puisque sinon qui dont lorsque quand'.split(' ')),
};

// "so late", "so many times": an intensifier, not the conjunction "so we", which starts a clause;
// « bien trop petites »: an adverb, not « bien que ».
const INTENSIFIED = /^\s+(?:late|much|many|few|little|long|slow|slowly|badly|often|poorly|early|far behind)\b/;
const BIEN_QUE = /^\s+qu/;

function notConjunction(w: string, lang: Lang, after: string): boolean {
  if (lang === 'en') return w === 'so' && INTENSIFIED.test(after);
  return w === 'bien' && !BIEN_QUE.test(after);
}

const NEGATION: Record<Lang, Set<string>> = {
  en: new Set(['not', 'never', 'no', 'nothing', 'nobody', 'neither', 'nor', 'without']),
  fr: new Set(['ne', "n'", 'pas', 'jamais', 'rien', 'aucun', 'aucune', 'personne', 'ni', 'sans', 'guere', 'point']),
};

const HYPOTHESIS: Record<Lang, Set<string>> = {
  en: new Set(['if', 'whether', 'unless', 'suppose', 'supposing', 'case']),
  fr: new Set(['si', 'cas', 'supposons', 'sauf']),
};

// A possibility, not a fact: "there is a risk that the carrier arrives late", « le livreur pourrait être en retard ».
const POSSIBLE: Record<Lang, Set<string>> = {
  en: new Set(['risk', 'may', 'might', 'could', 'would', 'will', "'ll", 'shall', 'should', 'possibly', 'perhaps', 'maybe', 'chance', 'unlikely', 'likely', 'expect', 'afraid']),
  fr: new Set(['risque', 'risquent', 'risquerait', 'pourrait', 'pourraient', 'pourra', 'pourront', 'peut-etre', 'eventuellement', 'sera', 'seront', 'craindre', 'crains', 'probable', 'possible']),
};

/** Pronouns by role: the writer (the business) and the client. */
export const ROLE_WORDS: Record<'writer' | 'client', Record<Lang, Set<string>>> = {
  writer: { en: new Set(['i', 'we', "i'm", "we're", "i've", "we've", "i'll", "we'll", "i'd", "we'd", 'me', 'us', 'my', 'our']),
    fr: new Set(['je', "j'", 'nous', 'on', 'moi', 'me', "m'", 'mon', 'ma', 'mes', 'notre', 'nos']) },
  client: { en: new Set(['you', "you're", "you've", "you'll", "you'd", 'your', 'u', 'ur']),
    fr: new Set(['vous', 'tu', "t'", 'te', 'toi', 'votre', 'vos', 'ton', 'ta', 'tes']) },
};

// Subject pronouns of the writer; « nous » only before its own verb (« nous avons »), not as an object (« il nous a »).
const WRITER_SUBJECT: Record<Lang, Set<string>> = {
  en: new Set(['i', 'we', "i'm", "we're", "i've", "we've", "i'll", "we'll", "i'd", "we'd"]),
  fr: new Set(['je', "j'", 'on']),
};

// The writer as the focus of a cleft, before who/that/qui: "it was me who", « c'est nous qui ».
const CLEFT_WRITER: Record<Lang, Set<string>> = { en: new Set(['me', 'us', 'i', 'we']), fr: new Set(['moi', 'nous']) };

const POSSESSIVE = new Set(['your', 'votre', 'vos', 'ton', 'ta', 'tes']);

/**
 * True when the writer is the subject of token `k`: a writer subject pronoun in the `window` tokens
 * before it, in its clause, and not behind token `skip` (the role): "I forgot to tell the designer",
 * « j'ai oublié de prévenir le graphiste », « nous nous sommes trompés ».
 */
export function writerSubject(tokens: readonly Token[], k: number, skip: number, lang: Lang, window: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - window; j--) {
    const t = tokens[j]!;
    // A cleft on the writer: "it was me who picked", « c'est moi qui me suis trompé ».
    if (RELATIVE_AFTER.has(t.word) && CLEFT_WRITER[lang].has(tokens[j - 1]?.word ?? '')) return true;
    if (t.clause !== tokens[k]!.clause) return false;
    if (t.aside) continue; // « le graphiste, je crois, a oublié »: the aside's subject is not the verb's
    // The role nearer the action is its subject ("we think the designer overlooked it"), unless a possessive ("I got your name wrong").
    if (j === skip) { if (POSSESSIVE.has(t.word)) continue; return false; }
    if (WRITER_SUBJECT[lang].has(t.word)) return true;
    if (lang === 'fr' && t.word === 'nous' && /^(?:nous|sommes|etions|serons|serions)$|ons$/.test(tokens[j + 1]?.word ?? '')) return true;
  }
  return false;
}

// « le livreur vous a remis », « on vous l'a dit »: vous/te before another subject's verb is its object.
const OBJECT_CLITIC = new Set(["l'", 'le', 'la', 'les', 'en', 'y', 'lui']);
// Any auxiliary but the client's own (avez, aviez, as, avais with tu...): « je vous ai envoyé » too.
const THIRD_PERSON_AUX = new Set(['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'auraient', 'est', 'sont', 'etait', 'etaient',
  'ai', 'avons', 'avions', 'aurai', 'aurons', 'suis', 'sommes']);

// « je vous prie d'excuser », « nous vous remercions », « on t'envoie »: after the writer as subject, vous/te is the object.
const FIRST_PERSON_SUBJECT = new Set(['je', "j'", 'nous', 'on']);

/** True when the client pronoun at `i` is an object (« vous a remis », « je vous prie »), not the one who acts. */
export function objectPronoun(tokens: readonly Token[], i: number, lang: Lang): boolean {
  if (lang !== 'fr' || !/^(?:vous|te|t')$/.test(tokens[i]!.word)) return false;
  let p = i - 1;
  if (/^(?:ne|n')$/.test(tokens[p]?.word ?? '')) p--;
  if (p >= 0 && tokens[p]!.clause === tokens[i]!.clause && FIRST_PERSON_SUBJECT.has(tokens[p]!.word)) return true;
  let j = i + 1;
  while (j < tokens.length && OBJECT_CLITIC.has(tokens[j]!.word)) j++;
  return j < tokens.length && THIRD_PERSON_AUX.has(tokens[j]!.word);
}

// Verbs that report what someone else says or sees: what follows them is their account, not a fault
// stated by the writer ("you told us the form lost your data", « le livreur dit que l'adresse était fausse »).
const REPORTING: Record<Lang, Set<string>> = {
  en: new Set('told tell tells said say says wrote write writes mentioned mention mentions reported report reports noticed notice notices saw see sees think thinks thought believe believes believed feel feels felt heard hear hears asked ask asks explained explains claim claims claimed'.split(' ')),
  fr: new Set('dit dis dites disent disait ecrit ecrivez signale signalez indique explique raconte remarque vu pense pensez pensent croit crois croyez trouve trouvez demande affirme pretend'.split(' ')),
};

/** True when a reporting verb stands strictly between tokens a and b (a < b), in b's clause. */
export function reportedBetween(tokens: readonly Token[], a: number, b: number, lang: Lang): boolean {
  for (let j = a + 1; j < b; j++) if (tokens[j]!.clause === tokens[b]!.clause && REPORTING[lang].has(tokens[j]!.word)) return true;
  return false;
}

// "showing your staff how to block out holidays", « montrer à ton équipe comment bloquer… »: how to do
// it is being taught, not something they did.
const HOW: Record<Lang, RegExp> = { en: /^(?:how|where|when|what)$/, fr: /^(?:comment|ou|quand|quoi)$/ };
const TO: Record<Lang, RegExp> = { en: /^to$/, fr: /^(?:faire|[a-z]+(?:er|ir|re))$/ };
/** True when "how to" (« comment » + infinitive) stands strictly between tokens a and b (a < b), in b's clause. */
export function instructionBetween(tokens: readonly Token[], a: number, b: number, lang: Lang): boolean {
  for (let j = a + 1; j < b; j++) {
    if (tokens[j]!.clause !== tokens[b]!.clause || !HOW[lang].test(tokens[j]!.word)) continue;
    const next = tokens[j + 1];
    if (next && (j + 1 === b ? lang === 'fr' : TO[lang].test(next.word))) return true;
  }
  return false;
}

export function isNegation(word: string, lang: Lang): boolean {
  // "nobody's fault", "no-one's doing": the possessive of a negative word is negative too.
  return NEGATION[lang].has(word) || (lang === 'en' && (word.endsWith("n't") || /^(?:nobody|no-one|noone)'s$/.test(word)));
}

// A role after these is their object, not who acts: "I sent the files to our designer and lost…",
// « j'ai transféré le domaine à ton adresse, et supprimé… ». Not by/par (the passive's agent), nor
// from/with/at/de/chez, which do name who is at fault ("the error came from our host").
const NOT_AGENT_BEFORE: Record<Lang, Set<string>> = {
  en: new Set(['to', 'for', 'into', 'onto', 'about', 'toward', 'towards', 'via', 'than']),
  fr: new Set(['a', 'pour', 'vers', 'envers', 'aupres']),
};
// A relative right after the role makes it a subject again: "to our supplier, who never delivered".
const RELATIVE_AFTER = new Set(['who', 'which', 'that', 'qui']);

/** True when the role at `i` is the object of a preposition (and no relative clause follows it). */
export function prepositionalRole(tokens: readonly Token[], i: number, lang: Lang): boolean {
  const before = tokens[i - 1];
  if (!before || before.clause !== tokens[i]!.clause || !NOT_AGENT_BEFORE[lang].has(before.word)) return false;
  return !RELATIVE_AFTER.has(tokens[i + 1]?.word ?? '');
}

/** Tokens of folded sentence text, each with its stem and clause. */
export function tokenize(norm: string, lang: Lang): Token[] {
  // exec loops on the shared global regexes: matchAll would clone each regex on every call.
  const breaks: number[] = [];
  BREAK_MARK.lastIndex = 0;
  for (let m = BREAK_MARK.exec(norm); m; m = BREAK_MARK.exec(norm)) breaks.push(m.index);
  const out: Token[] = [];
  let clause = 0;
  let b = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(norm); m; m = WORD.exec(norm)) {
    const start = m.index;
    const text = m[0];
    while (b < breaks.length && breaks[b]! < start) { b++; if (out.length) clause++; }
    const parts = text.indexOf("'") > 0 ? splitElision(text) : [text];
    const prev = out[out.length - 1];
    // A comma between the previous token and this one (lastIndexOf from `start` would scan back
    // over the whole sentence when there is none: quadratic in a long sentence).
    const c = prev === undefined ? -1 : norm.indexOf(',', prev.end);
    const comma = c >= 0 && c <= start;
    let at = start;
    for (const w of parts) {
      if (out.length && BREAK_WORD[lang].has(w) && !notConjunction(w, lang, norm.slice(m.index + text.length))) clause++;
      const t: Token = { word: w, stem: w.endsWith("'") ? w : stem(w, lang), start: at, end: at + w.length, clause };
      if (comma && at === start) t.afterComma = true;
      out.push(t);
      at += w.length;
    }
  }
  markAsides(norm, out);
  return out;
}

function markAsides(norm: string, tokens: Token[]): void {
  const first = norm.indexOf(',');
  if (first < 0 || norm.indexOf(',', first + 1) < 0) return; // an aside needs two commas
  const commas: number[] = [];
  for (let i = first; i >= 0; i = norm.indexOf(',', i + 1)) commas.push(i);
  for (let c = 0; c + 1 < commas.length; c++) {
    const inside = tokens.filter((t) => t.start > commas[c]! && t.end <= commas[c + 1]!);
    if (inside.length && inside.length <= ASIDE_MAX && inside.every((t) => t.clause === inside[0]!.clause)) for (const t of inside) t.aside = true;
  }
}

/** Words strictly between tokens a and b (a < b), asides left out. */
export function gapBetween(tokens: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let j = a + 1; j < b; j++) if (!tokens[j]!.aside) n++;
  return n;
}

function splitElision(w: string): string[] {
  const i = w.indexOf("'");
  if (i > 0 && i < w.length - 1 && ELIDED.test(w.slice(0, i + 1))) return [w.slice(0, i + 1), ...splitElision(w.slice(i + 1))];
  return [w];
}

/**
 * How the clause of token `i` is framed: 'open' for a courtesy condition ("if you did not receive the
 * invoice", « si vous n'avez pas reçu ») or a mere possibility ("there is a risk that…", "may"), 'counterfactual' for a reproach ("if you had read",
 * « si vous aviez lu »: pluperfect after if/si), 'none' otherwise.
 */
export function hypothesis(tokens: readonly Token[], i: number, lang: Lang): 'none' | 'open' | 'counterfactual' {
  const clause = tokens[i]!.clause;
  let j = i;
  while (j > 0 && tokens[j - 1]!.clause === clause) j--;
  const lead = tokens.slice(j, Math.min(j + 2, i + 1)).findIndex((t, n) => HYPOTHESIS[lang].has(t.word)
    || (lang === 'fr' && t.word === "s'" && /^ils?$/.test(tokens[j + n + 1]?.word ?? '')));
  if (lead < 0) {
    if (inverted(tokens, j, i, lang)) return 'counterfactual';
    for (let k = j; k < i; k++) if (POSSIBLE[lang].has(tokens[k]!.word) || (lang === 'en' && tokens[k]!.word.endsWith("'ll"))) return 'open';
    return 'none';
  }
  const rest = tokens.slice(j + lead + 1, j + lead + 5).map((t) => t.word);
  const pluperfect = lang === 'en'
    ? rest.includes('had') || rest.includes("hadn't") || rest.some((w, n) => w.endsWith("'d") && PARTICIPLE.test(rest[n + 1] ?? ''))
    : rest.some((w) => /^(?:aviez|avais|avait|avions|aviez|etiez|etais|etait|avaient|etaient)$/.test(w));
  return pluperfect ? 'counterfactual' : 'open';
}

// "if you'd replied": "'d" before a past participle is "had" (not "would", as in "if you'd like").
const PARTICIPLE = /^(?:[a-z]+ed|done|sent|read|told|given|known|seen|taken|written|kept|paid|left|got|gotten|made|bought|brought|thought|rung|shown|spoken|put|set|let|run|come|gone|been|had|bothered)$/;
// A would-clause after it: "had the courier rung the bell, you'd have had it Friday".
const WOULD = /^(?:would|wouldn't|could|couldn't|might|[a-z]+'d)$/;

/**
 * An inverted condition, the English pluperfect without "if": "had the courier rung the bell, you'd have
 * had it", "had you replied, we'd be live". "Had" opens the clause and a would-clause follows it.
 */
function inverted(tokens: readonly Token[], j: number, i: number, lang: Lang): boolean {
  if (lang !== 'en' || !/^(?:had|hadn't)$/.test(tokens[j]!.word) || (j > 0 && !tokens[j]!.afterComma && tokens[j - 1]!.clause === tokens[j]!.clause)) return false;
  for (let k = i + 1; k < tokens.length; k++) if (WOULD.test(tokens[k]!.word) && tokens[k + 1]?.word === 'have') return true;
  return false;
}

/** True when a negation word stands in the `window` tokens before token `i`, in the same clause. */
export function negatedBefore(tokens: readonly Token[], i: number, lang: Lang, window = 3): boolean {
  for (let j = i - 1; j >= 0 && j >= i - window; j--) {
    if (tokens[j]!.clause !== tokens[i]!.clause) return false;
    if (isNegation(tokens[j]!.word, lang)) return true;
  }
  return false;
}
