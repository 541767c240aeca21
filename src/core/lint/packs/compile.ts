// Compiles a phrase pack once into matchers: roles are found first and masked to one placeholder
// word, phrases become one phrase family (text/phrases.ts, a single regex), frames run on tokens with
// stems (language/tokens.ts). A sentence's match is dropped when it overlaps an antiphrase.
import type { Lang } from '../../ports.js';
import type { Span } from '../types.js';
import { hasPhrase, matchFamily, type PhraseFamily } from '../text/phrases.js';
import { gapBetween, hypothesis, instructionBetween, negatedBefore, isNegation, objectPronoun, prepositionalRole, reportedBetween, ROLE_WORDS, tokenize, writerSubject, type Token } from '../language/tokens.js';
import { foldText, stem } from '../language/stem.js';
import type { FrameData, PackData } from './types.js';

export interface PackMatch {
  rule: string;
  lang: Lang;
  /** The matched text as written. */
  text: string;
  /** Offsets into the note (the sentence offset added). */
  span: Span;
  /** What matched: a phrase line or a frame. */
  via: 'phrase' | 'frame';
}

export interface SentenceText {
  /** The sentence with quotations blanked (same length as the original). */
  plain: string;
  /** Its folded form (text/normalize.ts). */
  norm: string;
  /** Two letters in a row somewhere in `plain` (rule-kit computes it once per sentence); else tested. */
  wordy?: boolean;
}

// One placeholder word per role: two letters no language uses, so it fits any masked span.
const ROLE_TOKENS = ['zq', 'zx', 'qz', 'xz'];
const MAX_DEPTH = 6;
/** Extra tokens scanned so a gap can hold an aside (asides do not count). */
const ASIDE_SLACK = 8;

export class CompiledPack {
  readonly rule: string;
  readonly lang: Lang;
  private readonly roleFamilies: Array<{ token: string; family: PhraseFamily }> = [];
  private readonly roleToken = new Map<string, string>();
  private readonly main: PhraseFamily;
  private readonly anti: PhraseFamily;
  private readonly frames: Array<FrameData & { entries: string[][]; negWords: boolean[] }>;
  private readonly groupCache = new Map<string, PhraseFamily>();
  /** Every phrase names a role: a sentence without one cannot match, and is not searched. */
  private readonly phrasesNeedRole: boolean;
  /** Some frames start at a pronoun (writer, client): a sentence without one of those words skips them. */
  private readonly pronounFrames: boolean;
  private readonly pronoun: RegExp;

  constructor(readonly data: PackData) {
    this.rule = data.rule;
    this.lang = data.lang;
    Object.keys(data.roles).forEach((name, i) => this.roleToken.set(name, ROLE_TOKENS[i]!));
    for (const [name, phrase] of Object.entries(data.roles)) {
      this.roleFamilies.push({ token: this.roleToken.get(name)!, family: this.family(`role:${name}`, [phrase], false) });
    }
    this.main = this.family('phrases', data.phrases);
    const roleRef = new RegExp(`\\{(?:${Object.keys(data.roles).map((r) => r.replace(/[-]/g, '\\-')).join('|') || '(?!)'})\\}`);
    this.phrasesNeedRole = data.phrases.length > 0 && data.phrases.every((l) => roleRef.test(l));
    this.anti = this.family('antiphrases', data.antiphrases);
    this.frames = data.frames.map((f) => {
      // Split as sentences are tokenized: "double-booked" is two words there.
      const entries = (data.classes[f.does] ?? []).map((e) => e.split(/[\s-]+/).filter(Boolean).map((w) => stemWord(w, this.lang)));
      return { ...f, entries, negWords: entries.map((e) => e.some((w) => isNegation(w, this.lang))) };
    });
    const whos = [...new Set(this.frames.map((f) => f.who).filter((w): w is 'writer' | 'client' => w === 'writer' || w === 'client'))];
    this.pronounFrames = whos.length > 0;
    const words = whos.flatMap((w) => [...ROLE_WORDS[w][this.lang]]).map((w) => w.replace(/'/g, "'?"));
    this.pronoun = new RegExp(`(?<![a-z0-9\u00df-\u024f'])(?:${words.join('|') || '(?!)'})(?![a-z0-9\u00df-\u024f])`);
  }

  /** Every match of the pack in one sentence, left to right; `offset` is the sentence's start in the note. */
  find(s: SentenceText, offset: number): PackMatch[] {
    const { masked, roles } = this.mask(s.norm, s.plain);
    const spans: Array<Span & { via: PackMatch['via'] }> = this.phrasesNeedRole && !roles.length ? []
      : matchFamily(this.main, s.plain, [this.lang], 0, masked).map((m) => ({ ...m.span, via: 'phrase' as const }));
    // Frames need their role in the sentence: most sentences name no third party and skip tokenizing.
    if (this.frames.length && (roles.length || (this.pronounFrames && this.pronoun.test(masked)))) {
      spans.push(...this.matchFrames(masked, roles.length > 0).map((m) => ({ ...m, via: 'frame' as const })));
    }
    if (!spans.length) return [];
    const anti = this.anti.patterns[this.lang]!.length ? matchFamily(this.anti, s.plain, [this.lang], 0, masked).map((m) => m.span) : [];
    const out: PackMatch[] = [];
    for (const raw of spans.sort((a, b) => a.start - b.start)) {
      // A placeholder stands for the whole role ("the back-end developer"): widen to it.
      const start = Math.min(raw.start, ...roles.filter((r) => r.start <= raw.start && raw.start < r.end).map((r) => r.start));
      const end = Math.max(raw.end, ...roles.filter((r) => r.start < raw.end && raw.end <= r.end).map((r) => r.end));
      if (anti.some((a) => a.start < end && start < a.end)) continue;
      if (out.some((o) => o.span.start - offset < end && start < o.span.end - offset)) continue;
      out.push({ rule: this.rule, lang: this.lang, text: s.plain.slice(start, end), span: { start: offset + start, end: offset + end }, via: raw.via });
    }
    return out;
  }

  /** True when a named group of the pack occurs in the sentence (cheaper than listing its matches). */
  hasGroup(s: SentenceText, name: string): boolean {
    return hasPhrase(this.group(name), s.plain, [this.lang], s.norm);
  }

  /** A named group of the pack (or a class) as a phrase family, for a rule's own logic. */
  group(name: string): PhraseFamily {
    let f = this.groupCache.get(name);
    if (!f) {
      const lines = this.data.groups[name] ?? (this.data.classes[name] ? [`{${name}}`] : undefined);
      if (!lines) throw new Error(`${this.data.source}: no group or class "${name}"`);
      f = this.family(name, lines);
      this.groupCache.set(name, f);
    }
    return f;
  }

  /**
   * The norm with every role occurrence replaced by its placeholder (same length), and where the roles
   * were. A name or noun phrase in apposition goes into its role's placeholder, so phrases and frames
   * read past it: « c'est mon stagiaire, Kévin, qui a… », "the subcontractor — an agency in Leeds — was…".
   */
  private mask(norm: string, plain = norm): { masked: string; roles: Span[] } {
    if (!this.roleFamilies.length) return { masked: norm, roles: [] };
    let masked = norm;
    const found: Array<Span & { token: string }> = [];
    for (const { token, family } of this.roleFamilies) {
      const hits = matchFamily(family, masked, [this.lang], 0, masked);
      if (!hits.length) continue;
      let out = '';
      let at = 0;
      for (const m of hits) {
        if (m.span.start < at || m.span.end - m.span.start < token.length) continue;
        out += masked.slice(at, m.span.start) + ' '.repeat(m.span.end - m.span.start - token.length) + token;
        at = m.span.end;
        found.push({ ...m.span, token });
      }
      masked = out + masked.slice(at);
    }
    found.sort((a, b) => a.start - b.start);
    const roles: Span[] = [];
    for (const r of found) {
      const last = roles[roles.length - 1];
      if (last && r.start < last.end) continue; // inside the previous role's apposition
      const end = appositionEnd(masked, plain, r.end, this.lang);
      if (end > r.end) masked = masked.slice(0, r.start) + ' '.repeat(end - r.start - r.token.length) + r.token + masked.slice(end);
      roles.push({ start: r.start, end });
    }
    return { masked, roles };
  }

  private matchFrames(masked: string, hasRoles: boolean): Span[] {
    const { tokens, stems } = tokensOf(masked, this.lang);
    const out: Span[] = [];
    for (const f of this.frames) {
      if (!hasRoles && this.roleToken.has(f.who)) continue;
      // Only entries whose every stem is in the sentence can match (entryAt): the rest are not tried.
      const present = f.entries.length ? presentEntries(f.entries, stems) : [];
      if (!present.length) continue;
      const within = f.within ?? 4;
      for (let i = 0; i < tokens.length; i++) {
        if (!this.isWho(tokens[i]!, f.who) || (f.who === 'client' && objectPronoun(tokens, i, this.lang)) || prepositionalRole(tokens, i, this.lang)) continue;
        // "your webmaster, who had the logins, wiped…": after a possessive, its noun heads the role.
        const head = POSSESSIVE.has(tokens[i]!.word) && tokens[i + 1] && !tokens[i + 1]!.aside ? i + 1 : i;
        const main = mainAfterRelative(tokens, head, this.lang);
        for (const e of present) {
          const entry = f.entries[e]!;
          for (let k = Math.max(0, i - within - entry.length - ASIDE_SLACK); k <= Math.min(tokens.length - entry.length, i + within + 1 + ASIDE_SLACK); k++) {
            if (k === i || !entryAt(tokens, k, entry)) continue;
            const last = k + entry.length - 1;
            const after = k > i;
            if (f.order === 'who-first' && !after) continue;
            if (after ? k <= i : last >= i) continue;
            // A relative on the role does not count in the gap: « le gars qui s'occupe du réseau a coupé… ».
            const gap = after ? Math.min(gapBetween(tokens, i, k), main >= 0 && k >= main ? gapBetween(tokens, main - 1, k) : Infinity)
              : gapBetween(tokens, last, i);
            if (gap > within || !sameClause(tokens, head, k)) continue;
            // "you told us the form lost your data": the action is in someone's report, not stated by the writer.
            if (after && (reportedBetween(tokens, i, k, this.lang) || instructionBetween(tokens, i, k, this.lang))) continue;
            const neg = negatedBefore(tokens, k, this.lang);
            if (f.negated === 'only' ? !neg : !f.negated && !f.negWords[e] && neg) continue;
            // An omission's negation follows its subject ("you never sent", « vous ne m'avez pas transmis »): one
            // before the role negates something else (« toutes mes excuses de ne pas vous avoir prévenu »).
            if (f.negated === 'only' && after && !negationBetween(tokens, i, k, this.lang)) continue;
            // "I forgot to tell the designer": the writer did it. "We were let down by the courier": passive, the role did.
            // A relative on the role is its own clause: "the agency, which we had hired, left the keys" (the writer hired, the agency left).
            if (f.unless === 'writer' && !(!after && /^(?:by|par)$/.test(tokens[i - 1]?.word ?? ''))
              && writerSubject(tokens, k, i, this.lang, main >= 0 && k >= main ? Math.min(within + 2, k - main) : within + 2)) continue;
            const h = hypothesis(tokens, k, this.lang);
            if (f.hypothesis === 'only' ? h !== 'counterfactual' : h === 'open' || (h === 'counterfactual' && f.hypothesis !== 'counterfactual')) continue;
            out.push({ start: Math.min(tokens[i]!.start, tokens[k]!.start), end: Math.max(tokens[i]!.end, tokens[last]!.end) });
          }
        }
      }
    }
    return out;
  }

  private isWho(t: Token, who: string): boolean {
    if (who === 'writer' || who === 'client') return ROLE_WORDS[who][this.lang].has(t.word);
    const token = this.roleToken.get(who);
    return t.word === token || t.word === `${token}'s`;
  }

  /** Phrase lines with {class} and {role} references expanded, as one phrase family. */
  private family(id: string, lines: string[], roles = true): PhraseFamily {
    const spoken = this.lang === 'fr' ? spokenFrench : (l: string) => l;
    return { id: `${this.rule}/${this.lang}/${id}`, patterns: { [this.lang]: lines.map((l) => spoken(foldText(this.expand(l, roles, 0)))) } };
  }

  private expand(line: string, roles: boolean, depth: number): string {
    return line.replace(/\{([\w-]+)\}/g, (_m, name: string) => {
      if (roles && this.roleToken.has(name)) return this.roleToken.get(name)!;
      const entries = this.data.classes[name];
      if (!entries) throw new Error(`${this.data.source}: {${name}} is neither a class nor a role`);
      if (depth >= MAX_DEPTH) throw new Error(`${this.data.source}: {${name}} refers to itself`);
      return `(${entries.map((e) => this.expand(e, roles, depth + 1)).join('|')})`;
    });
  }
}

// What may open a noun phrase in apposition after a role: « mon stagiaire, un intérimaire, a… », "our host, the one in Leeds, lost…".
const NP_START: Record<Lang, Set<string>> = {
  en: new Set('a an the our my his her their this these those one someone somebody mr mrs ms miss dr'.split(' ')),
  fr: new Set("un une le la l' les notre nos mon ma mes son sa ses leur leurs ce cet cette ces celui celle ceux celles m mme mlle monsieur madame".split(' ')),
};
// Capitalised words that are not names: pronouns and sentence openers.
const NOT_NAME = new Set("i je j' on nous vous tu il elle ils elles we you he she they it ce c' ca".split(' '));
// One word may come between the role and the comma: « le développeur front, Thomas, a… ».
const APPOSED_COMMAS = /^(?:\s+[a-z\u00df-\u024f-]+)?\s*,\s*([^,;:.!?()"]{1,50}?)\s*,/;
// Dashes are folded to "-" (text/normalize.ts); one between spaces, not inside "sous-traitant".
const APPOSED_DASHES = /^\s+-\s+([^;:.!?()"]{1,60}?)\s+-(?=\s)/;
const APPOSED_BRACKETS = /^\s*\(([^()]{1,60})\)/;
const NAMES = /^\s+(\p{Lu}[\p{L}'-]*)(?:\s+\p{Lu}[\p{L}'-]*)?/u;
const RELATIVE_OPEN = /^(?:qui|que|qu'|dont|who|whom|whose|which|that)(?![a-z])/;
const MAX_APPOSED_WORDS = { commas: 6, pair: 8 };

/** Where a role's apposition ends (the end of the role when it has none): a name, or a noun phrase between commas, dashes or brackets. */
function appositionEnd(masked: string, plain: string, end: number, lang: Lang): number {
  const rest = masked.slice(end);
  const words = (t: string) => t.trim().split(/\s+/).length;
  const comma = APPOSED_COMMAS.exec(rest);
  if (comma && words(comma[1]!) <= MAX_APPOSED_WORDS.commas) {
    const first = foldText(comma[1]!.split(/[\s']/)[0]! + (/^\S+'/.test(comma[1]!) ? "'" : ''));
    const at = end + comma[0].indexOf(comma[1]!);
    const capital = /\p{Lu}/u.test(plain[at] ?? '') && !NOT_NAME.has(first);
    if (NP_START[lang].has(first) || capital) return end + comma[0].length;
  }
  const pair = APPOSED_DASHES.exec(rest) ?? APPOSED_BRACKETS.exec(rest);
  if (pair && words(pair[1]!) <= MAX_APPOSED_WORDS.pair && !RELATIVE_OPEN.test(pair[1]!.trim())) return end + pair[0].length;
  const name = NAMES.exec(plain.slice(end));
  if (name && !NOT_NAME.has(foldText(name[1]!))) return end + name[0].length;
  return end;
}

/** Entries are folded before stemming, as sentence tokens are: « oublié » and a hurried « oublie » meet. */
function stemWord(w: string, lang: Lang): string {
  const f = foldText(w);
  return f.endsWith("'") ? f : stem(f, lang);
}

// The client's possessives: the noun after one is who acts ("your team", « ton associé »).
const POSSESSIVE = new Set(['your', 'votre', 'vos', 'ton', 'ta', 'tes', 'my', 'our', 'mon', 'ma', 'mes', 'notre', 'nos']);

// A relative right after the role has the role for subject: "our supplier, who never delivered", « le livreur qui a tout cassé ».
const RELATIVE = new Set(['who', 'which', 'qui']);

/** The token after the role, asides left out: « c'est l'imprimeur, pas nous, qui a inversé ». */
function nextAfter(tokens: readonly Token[], i: number): number {
  let n = i + 1;
  while (tokens[n]?.aside && !RELATIVE.has(tokens[n]!.word)) n++;
  return n;
}

/** Role `i` and action `k` in one clause, or `k` in the relative clause that opens right after the role. */
function sameClause(tokens: readonly Token[], i: number, k: number): boolean {
  const next = tokens[nextAfter(tokens, i)];
  return tokens[k]!.clause === tokens[i]!.clause || (k > i && next !== undefined && RELATIVE.has(next.word) && tokens[k]!.clause === next.clause);
}

// An object relative on the role ends where its verb does too: « l'agence, qu'on avait choisie, a laissé… », "the agency, whom we hired, left…".
const OBJECT_RELATIVE = new Set(['whom', 'que', "qu'"]);

// Where the main verb may start after a relative on the role: its auxiliary or negation.
const MAIN_VERB: Record<Lang, Set<string>> = {
  en: new Set("has have had was were is are did didn't hasn't haven't hadn't wasn't weren't isn't never still".split(' ')),
  fr: new Set("a ont avait avaient est sont etait etaient n' ne s'est se".split(' ')),
};
/** Most words of a relative clause read past. */
const RELATIVE_MAX = 10;

/**
 * When a relative clause opens right after role `i`, the index where the role's own verb may start:
 * after the comma that closes the relative (« le prestataire, qui devait livrer lundi, n'a rien envoyé »),
 * or at the next auxiliary past the relative's verb (« le gars qui s'occupe du réseau a coupé l'accès »). -1 otherwise.
 */
function mainAfterRelative(tokens: readonly Token[], i: number, lang: Lang): number {
  const r = nextAfter(tokens, i);
  if (!RELATIVE.has(tokens[r]?.word ?? '') && !OBJECT_RELATIVE.has(tokens[r]?.word ?? '')) return -1;
  for (let j = r + 2; j < tokens.length && j <= r + RELATIVE_MAX; j++) {
    if (tokens[j]!.clause !== tokens[r]!.clause) return -1;
    if (tokens[j]!.afterComma || (j > r + 2 && MAIN_VERB[lang].has(tokens[j]!.word))) return j;
  }
  return -1;
}

/** True when a negation word stands strictly between tokens a and b (a < b). */
function negationBetween(tokens: readonly Token[], a: number, b: number, lang: Lang): boolean {
  for (let j = a + 1; j < b; j++) if (isNegation(tokens[j]!.word, lang)) return true;
  return false;
}

/** Indices of the entries all of whose stems occur in the sentence, in order. */
function presentEntries(entries: readonly string[][], stems: ReadonlySet<string>): number[] {
  const out: number[] = [];
  for (let e = 0; e < entries.length; e++) if (entries[e]!.every((w) => stems.has(w))) out.push(e);
  return out;
}

// Every pack with frames tokenizes the same masked sentence: tokens are kept for a note's worth of texts.
const TOKENS: Record<Lang, Map<string, { tokens: Token[]; stems: Set<string> }>> = { en: new Map(), fr: new Map() };

function tokensOf(masked: string, lang: Lang): { tokens: Token[]; stems: Set<string> } {
  const cache = TOKENS[lang];
  let hit = cache.get(masked);
  if (!hit) {
    const tokens = tokenize(masked, lang);
    hit = { tokens, stems: new Set(tokens.map((t) => t.stem)) };
    if (cache.size >= 2048) cache.clear();
    cache.set(masked, hit);
  }
  return hit;
}

function entryAt(tokens: readonly Token[], k: number, entry: readonly string[]): boolean {
  for (let j = 0; j < entry.length; j++) if (tokens[k + j]?.stem !== entry[j]) return false;
  return true;
}

// Written French as people type it fast: « j'pouvais pas », « c'est pas d'notre faute », « il a pas vu », « t'as vu ».
// Each pack line also finds its elided and ne-less forms, so packs list the standard form only.
const FR_ELIDABLE: Record<string, string> = { de: "(de|d')", je: "(je|j')", que: "(que|qu')", le: "(le|l')", ne: "(ne|n')?", tu: "(tu|t')" };
const FR_WORD = /(?<=^|[\s(|])(de|je|que|le|ne|tu|ce n'est|ce n'etait|n'[a-z]+)(?=$|[\s)|?])/g;

/** Adds the spoken variants of a French pack line (a phrase in the pack syntax). */
export function spokenFrench(line: string): string {
  return line.replace(FR_WORD, (w) => {
    if (FR_ELIDABLE[w]) return FR_ELIDABLE[w]!;
    if (w === "ce n'est") return "(ce n'est|c'est)";
    if (w === "ce n'etait") return "(ce n'etait|c'etait)";
    return `(${w}|${w.slice(2)})`;
  });
}
