// Features of one sentence for the tone model (model/linear.ts), read from the language layer: the
// tokens and stems the frames use, with the roles abstracted so the model learns "WRITER did not" or
// "CLIENT should have" rather than "I" and "you" apart. Runs on the folded text with quotations and
// reported speech already blanked (rule-kit's `norm`), so the client's words are never features.
import type { Lang } from '../../ports.js';
import { isNegation, negatedBefore, ROLE_WORDS, tokenize, type Token } from '../language/tokens.js';
import { foldText, stem } from '../language/stem.js';
import { PACK_DATA } from '../packs/generated.js';
import { MODEL_RULES } from './rules.js';

/** A feature and the tokens (start/end in the sentence) it was read from, to show the writer why. */
export interface SentenceFeatures {
  /** Empty for a fragment the model does not judge (see `walkFeatures`). */
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
  // A function of the word alone (its stem is the word's): kept per language, as stems are.
  const cache = FORMS[lang];
  let f = cache.get(word);
  if (f === undefined) {
    f = formOf(word, stem, lang);
    if (cache.size >= 20000) cache.clear();
    cache.set(word, f);
  }
  return f;
}
const FORMS: Record<Lang, Map<string, string>> = { en: new Map(), fr: new Map() };

function formOf(word: string, stem: string, lang: Lang): string {
  const sub = SUBJECT[lang].has(word);
  if (ROLE_WORDS.writer[lang].has(word)) return sub ? 'WRITER' : 'WRITER-OF';
  if (ROLE_WORDS.client[lang].has(word)) return sub ? 'CLIENT' : 'CLIENT-OF';
  if (/^\d/.test(word)) return 'NUM';
  return stem;
}

/** What a feature is read from: a form, the first form, a negated form, two forms, a class tag, a final "?", a mark ("!", "..."), a form the client reported. */
export const Kind = { Form: 0, First: 1, Negated: 2, Pair: 3, Class: 4, NegatedClass: 5, Question: 6, Mark: 7, Reported: 8 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** Receives each feature of a sentence: its kind, one or two forms (or a class tag), and where it stands. */
export type Emit = (kind: Kind, a: string, b: string, start: number, end: number) => void;

// A fragment is not judged: under FRAGMENT_WORDS words with neither a subject pronoun nor an
// auxiliary, it is a list item, a sign-off or a label (« les créneaux de retrait », "Thanks so
// much,"), and its few words alone weigh too much. "Your concerns are noted." is still judged.
const FRAGMENT_WORDS = 5;
const FINITE: Record<Lang, Set<string>> = {
  en: new Set(('i we you u he she it they there that this what who let\'s it\'s that\'s there\'s what\'s he\'s she\'s they\'re they\'ve they\'ll it\'ll '
    + 'am is are was were be been being do does did has have had will would can could shall should may might must '
    + 'don\'t doesn\'t didn\'t won\'t can\'t isn\'t aren\'t wasn\'t weren\'t hasn\'t haven\'t hadn\'t wouldn\'t couldn\'t shouldn\'t').split(' ')),
  // Folded (ça → ca, êtes → etes); not « a », which is also the folded « à ».
  fr: new Set(('je j\' tu t\' il elle on nous vous ils elles c\' ca ce cela qu\' '
    + 'suis es est sommes etes sont etait etaient sera seront serait ai as avons avez ont avait avaient aura '
    + 'fait font va vais vont faut peut peux peuvent doit dois doivent').split(' ')),
};

/** True when the tokens make a sentence the model judges: not a short fragment without a finite verb. */
function judged(tokens: ReadonlyArray<{ word: string }>, lang: Lang): boolean {
  return tokens.length >= FRAGMENT_WORDS || tokens.some((t) => SUBJECT[lang].has(t.word) || FINITE[lang].has(t.word));
}

// What the client told the writer, in indirect speech: "You told us the form lost your data",
// « Vous m'avez signalé que le pied de page était cassé ». After the client and a verb of telling,
// up to the next comma, "and" or clause break, the words are the client's report, not the writer's
// judgement: they weigh as ">form", apart from the writer's own words (as "!form" after a negation).
// Not "asked" / « demandé »: "you asked me to rush it, so I did" is the writer's reply.
const TELLING: Record<Lang, Set<string>> = {
  en: new Set('told tell tells said say says mentioned mention mentions wrote write writes reported report reports explained explain noticed notice spotted flagged raised'.split(' ')),
  fr: new Set('dit dis dites disiez ecrit ecrivez ecris signale signalez signales indique indiquez explique expliquez mentionne mentionnez precise precisez raconte remarque constate'.split(' ')),
};
const REPORT_END: Record<Lang, Set<string>> = { en: new Set(['and', 'or']), fr: new Set(['et', 'ou']) };

/** True when token `i` is a verb of telling whose subject is the client ("you told", « vous m'avez dit »). */
function clientTells(tokens: readonly Token[], i: number, lang: Lang): boolean {
  if (!TELLING[lang].has(tokens[i]!.word)) return false;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    if (tokens[j]!.clause !== tokens[i]!.clause) return false;
    if (ROLE_WORDS.client[lang].has(tokens[j]!.word) && SUBJECT[lang].has(tokens[j]!.word)) return true;
  }
  return false;
}

/**
 * Walks the features of a folded sentence: each token's form, "!form" after a negation in its
 * clause, form pairs inside a clause, the first form ("^oh", « ^bravo »), the packs' classes of the
 * stem, and a final question mark. Counts, not a set: a feature met twice is emitted twice. One walk
 * for training (names) and for lint time (model/linear.ts scores without building names).
 * Returns false, emitting nothing, for a fragment the model does not judge.
 */
export function walkFeatures(norm: string, lang: Lang, emit: Emit): boolean {
  const tokens = tokenize(norm, lang);
  if (!judged(tokens, lang)) return false;
  const lex = lexicon(lang);
  const marks = markers(lang);
  let prev = '';
  // Inside the client's report; a pair needs two of the writer's words in a row.
  let reporting = false, paired = false;
  // The first praise word, sore fact and negated word, for the irony pairs below.
  let praise: Token | undefined, sore: Token | undefined, denied: Token | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const f = form(t.word, t.stem, lang);
    if (reporting) {
      const before = tokens[i - 1]!;
      if (t.clause !== before.clause || REPORT_END[lang].has(t.word) || norm.slice(before.end, t.start).includes(',')) reporting = false;
    } else reporting = i > 0 && clientTells(tokens, i - 1, lang);
    if (reporting) { emit(Kind.Reported, f, '', t.start, t.end); paired = false; continue; }
    if (i === 0) emit(Kind.First, f, '', t.start, t.end);
    else if (paired && tokens[i - 1]!.clause === t.clause) emit(Kind.Pair, prev, f, tokens[i - 1]!.start, t.end);
    emit(Kind.Form, f, '', t.start, t.end);
    const negated = !isNegation(t.word, lang) && negatedBefore(tokens, i, lang);
    if (negated) emit(Kind.Negated, f, '', t.start, t.end);
    const tags = lex.get(t.stem);
    if (tags) for (const c of tags) emit(negated ? Kind.NegatedClass : Kind.Class, c, '', t.start, t.end);
    const m = marks.get(t.stem);
    if (m) { emit(Kind.Class, m, '', t.start, t.end); if (i === 0) emit(Kind.First, m, '', t.start, t.end); }
    if (m === PRAISE || m === INTERJECTION) praise ??= t;
    else if (m === SORE || m === AGAIN) sore ??= t;
    if (negated) denied ??= t;
    prev = f;
    paired = true;
  }
  if (/\?[!?]*\s*$/.test(norm)) emit(Kind.Question, '', '', norm.lastIndexOf('?'), norm.lastIndexOf('?') + 1);
  for (const [name, re] of MARKS) { const m = re.exec(norm); if (m) emit(Kind.Mark, name, '', m.index, m.index + m[0].length); }
  // Irony is praise beside a sore fact ("Great, the server is down again", « Bravo, trois semaines
  // pour répondre »): each word alone is common in sincere notes, the pair much less.
  if (praise && sore) emit(Kind.Mark, 'praise+sore', '', praise.start, sore.end);
  if (praise && denied) emit(Kind.Mark, 'praise+not', '', praise.start, denied.end);
  const coda = ironicCoda(tokens, norm, lang, marks);
  if (coda) emit(Kind.Mark, 'coda', '', coda.start, tokens[tokens.length - 1]!.end);
  return true;
}

// A short evaluation tacked on after the last comma: "…, very discreet.", « …, quelle surprise. »,
// "…, how sweet". Sincere notes rarely close a fact with a two-word verdict.
const CODA_WORDS: Record<Lang, Set<string>> = {
  en: new Set('very so how such what quite truly really too'.split(' ')),
  fr: new Set('tres trop vraiment si quel quelle quels quelles tellement bien'.split(' ')),
};
function ironicCoda(tokens: readonly Token[], norm: string, lang: Lang, marks: Map<string, string>): Token | undefined {
  const comma = norm.lastIndexOf(',');
  if (comma < 0 || tokens.length < 5) return undefined;
  let first = tokens.length;
  while (first > 0 && tokens[first - 1]!.start > comma) first--;
  const n = tokens.length - first;
  if (n < 1 || n > 3 || first < 3) return undefined;
  for (let i = first; i < tokens.length; i++) {
    const t = tokens[i]!, m = marks.get(t.stem);
    if (CODA_WORDS[lang].has(t.word) || m === PRAISE || m === INTERJECTION) return tokens[first];
  }
  return undefined;
}

// Marks of tone in the writing itself: exclamation, "?!", a trailing-off "...", a word put in
// quotation marks (its text is blanked, the marks stay), an ironic emoji.
const MARKS: Array<[string, RegExp]> = [
  ['!', /!/],
  ['?!', /\?!|!\?/],
  ['...', /\.\.\.|\u2026/],
  ['quote', /["\u201c\u00ab\u2039]\s{1,30}["\u201d\u00bb\u203a]/],
  ['emoji', /[\u{1F600}-\u{1F64F}\u{1F910}-\u{1F97F}\u{1F440}]/u],
];

// Words of tone no pack classes: an interjection or a stock compliment ("oh", "wow", « génial »), and
// the words that insist ("obviously", « évidemment ») or repeat ("again", « encore »). Classed so a new
// one weighs with the others. By stem, so no word whose stem is a common neutral one ("clearly" is
// "clear", « sûrement » is « sur », "totally" is "total").
const MARKER_WORDS: Record<Lang, Record<string, string[]>> = {
  en: {
    interjection: ['oh', 'ah', 'wow', 'whoa', 'gee', 'gosh', 'yeah', 'yep', 'sure', 'great', 'brilliant', 'fantastic', 'marvellous', 'marvelous', 'splendid', 'terrific', 'awesome', 'amazing', 'perfect', 'nice', 'congratulations', 'congrats', 'bravo', 'well', 'cool', 'super'],
    insist: ['obviously', 'surely', 'evidently', 'apparently', 'really', 'literally', 'seriously', 'honestly', 'frankly', 'simply', 'just', 'absolutely', 'definitely'],
    again: ['again', 'already', 'repeat', 'repeated', 'reiterate', 'remind', 'mentioned', 'umpteenth'],
    // Praise that irony borrows, and the sore facts it is set against (lateness, breakage, silence).
    praise: ['love', 'adore', 'thrilled', 'delighted', 'wonderful', 'treat', 'joy', 'relief', 'impressive', 'genius', 'legendary', 'thoughtful', 'sweet', 'bless', 'cheers', 'generous', 'enjoy', 'appreciate', 'glad', 'pleasure', 'incredible', 'fabulous', 'excellent', 'stellar', 'record'],
    sore: ['late', 'delay', 'weeks', 'months', 'still', 'never', 'nobody', 'only', 'finally', 'eventually', 'broken', 'down', 'crashed', 'lost', 'forgot', 'missed', 'deleted', 'wrong', 'ignored', 'silence', 'itself', 'themselves', 'usual', 'always'],
  },
  fr: {
    interjection: ['oh', 'ah', 'eh', 'waouh', 'wow', 'ouah', 'ouais', 'genial', 'super', 'bravo', 'parfait', 'formidable', 'magnifique', 'merveilleux', 'excellent', 'felicitations', 'chapeau', 'charmant', 'sympa', 'top', 'ben', 'bon', 'tiens', 'extra'],
    insist: ['evidemment', 'manifestement', 'visiblement', 'apparemment', 'franchement', 'carrement', 'absolument', 'simplement', 'juste', 'serieusement', 'honnetement'],
    again: ['encore', 'deja', 'repete', 'repeter', 'rappelle', 'rappeler', 'redire', 'enieme', 'nieme'],
    praise: ['adore', 'ravi', 'delicieux', 'merveille', 'brillant', 'bonheur', 'plaisir', 'soulagement', 'aimable', 'gentil', 'mignon', 'incroyable', 'fantastique', 'legendaire', 'exploit', 'exemplaire', 'apprecie', 'illumine', 'record', 'efficacite'],
    sore: ['retard', 'tard', 'semaines', 'mois', 'toujours', 'jamais', 'personne', 'seulement', 'enfin', 'casse', 'tombe', 'plante', 'perdu', 'oublie', 'supprime', 'faux', 'ignore', 'silence', 'veille', 'habitude'],
  },
};
const PRAISE = '@tone/praise', INTERJECTION = '@tone/interjection', SORE = '@tone/sore', AGAIN = '@tone/again';
const markerMaps = new Map<Lang, Map<string, string>>();
function markers(lang: Lang): Map<string, string> {
  let m = markerMaps.get(lang);
  if (!m) {
    m = new Map();
    for (const [name, words] of Object.entries(MARKER_WORDS[lang])) for (const w of words) m.set(stem(w, lang), `@tone/${name}`);
    markerMaps.set(lang, m);
  }
  return m;
}

/** A feature's name in the model's JSON. */
export function featureName(kind: Kind, a: string, b: string): string {
  switch (kind) {
    case Kind.Form: return a;
    case Kind.First: return `^${a}`;
    case Kind.Negated: return `!${a}`;
    case Kind.Pair: return `${a} ${b}`;
    case Kind.Class: return a;
    case Kind.NegatedClass: return `!${a}`;
    case Kind.Question: return '?';
    case Kind.Mark: return `#${a}`;
    case Kind.Reported: return `>${a}`;
  }
}

/** The kind and forms a feature name stands for (the inverse of featureName). */
export function parseFeature(name: string): { kind: Kind; a: string; b: string } {
  if (name === '?') return { kind: Kind.Question, a: '', b: '' };
  if (name.startsWith('#')) return { kind: Kind.Mark, a: name.slice(1), b: '' };
  if (name.startsWith('>')) return { kind: Kind.Reported, a: name.slice(1), b: '' };
  if (name.startsWith('!@')) return { kind: Kind.NegatedClass, a: name.slice(1), b: '' };
  if (name.startsWith('@')) return { kind: Kind.Class, a: name, b: '' };
  if (name.startsWith('!')) return { kind: Kind.Negated, a: name.slice(1), b: '' };
  if (name.startsWith('^')) return { kind: Kind.First, a: name.slice(1), b: '' };
  const sp = name.indexOf(' ');
  return sp > 0 ? { kind: Kind.Pair, a: name.slice(0, sp), b: name.slice(sp + 1) } : { kind: Kind.Form, a: name, b: '' };
}

/** The features of a folded sentence by name, with where each was read (training and explanations). */
export function sentenceFeatures(norm: string, lang: Lang): SentenceFeatures {
  const names: string[] = [];
  const spans: Array<[number, number]> = [];
  walkFeatures(norm, lang, (kind, a, b, start, end) => { names.push(featureName(kind, a, b)); spans.push([start, end]); });
  return { names, spans };
}
