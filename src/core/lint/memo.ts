// Sentence work shared by the rules, and kept across runs in the editor. The answers memoised here
// are pure functions of a text and a question: which language a sentence is in, which pack phrases
// or cue phrases it holds (for given languages), which dates a line mentions (for given languages
// and reference day). Several rules ask the same question about one sentence (dismissive asks
// defensive-tone's pack, two rules ask for the deadline cue), and after a one-character edit nearly
// every sentence is asked again with the same text: the memo answers both.
//
// The engine makes the memo active while a rule runs (rules are synchronous, so two lints never
// share the active slot); outside a lint the memoised functions compute as before. Answers are kept
// relative to the sentence (offset 0) and copied on the way out, so no caller can change them.
// Entries are keyed by the text itself, questions by short strings: V8 keeps a string's hash in the
// string, so asking about the same sentence again does not hash its text again.

// The packs and cue lists are bundled at build time, so a memo kept across runs stays valid for the
// life of the process: no pack version is part of the keys.

interface Entry {
  answers: Map<string, unknown>;
  bytes: number;
  live: boolean;
  /** When the entry was last used (LintMemo's clock). */
  used: number;
  /** The folded form pack answers were computed with (see sentenceMemoized). */
  norm?: string;
}

/** A bounded memo: least recently used texts out first once texts and answers pass `maxBytes`. */
export class LintMemo {
  private readonly map = new Map<string, Entry>();
  private bytes = 0;
  private clock = 0;
  hits = 0;
  misses = 0;

  constructor(readonly maxBytes = 4 * 1024 * 1024) {}

  /** The answer to `question` about `text`, computed on a miss; `size` estimates the answer's bytes. */
  answer<T>(text: string, question: string, compute: () => T, size: (value: T) => number): T {
    return this.ask(this.entry(text), question, compute, size);
  }

  /** The entry of `text`, made the most recent. */
  entry(text: string): Entry {
    let e = this.map.get(text);
    if (e) {
      // Recency by a counter, not by moving the key to the end of the map: a lookup stays one get.
      e.used = ++this.clock;
      return e;
    }
    e = { answers: new Map(), bytes: 2 * text.length + 64, live: true, used: ++this.clock };
    this.map.set(text, e);
    this.bytes += e.bytes;
    this.evict();
    return e;
  }

  ask<T>(e: Entry, question: string, compute: () => T, size: (value: T) => number): T {
    const got = e.answers.get(question);
    if (got !== undefined || e.answers.has(question)) { this.hits++; return got as T; }
    this.misses++;
    const value = compute();
    e.answers.set(question, value);
    const bytes = 2 * question.length + 16 + size(value);
    e.bytes += bytes;
    if (e.live) { this.bytes += bytes; this.evict(); }
    return value;
  }

  /** The answer kept for `question` about `text`, or undefined (for callers that compute it themselves). */
  peek<T>(text: string, question: string): T | undefined {
    const e = this.entry(text);
    if (e.answers.has(question)) { this.hits++; return e.answers.get(question) as T; }
    this.misses++;
    return undefined;
  }

  put(text: string, question: string, value: unknown, size: number): void {
    this.ask(this.entry(text), question, () => value, () => size);
    this.misses--; // counted by peek
  }

  /** Least recently used entries out until a quarter of the bound is free (the newest one always stays). */
  private evict(): void {
    if (this.bytes <= this.maxBytes) return;
    const byAge = [...this.map].sort((a, b) => a[1].used - b[1].used);
    for (const [k, old] of byAge) {
      if (this.bytes <= this.maxBytes * 0.75 || this.map.size <= 1) break;
      this.map.delete(k);
      old.live = false;
      this.bytes -= old.bytes;
    }
  }

  get size(): number { return this.map.size; }
  get sizeBytes(): number { return this.bytes; }
}

let active: LintMemo | undefined;

/** Runs `fn` with `memo` active (the engine does this around each rule). */
export function withMemo<T>(memo: LintMemo | undefined, fn: () => T): T {
  const prev = active;
  active = memo;
  try { return fn(); } finally { active = prev; }
}

/** True while a lint that keeps a memo runs a rule. */
export const memoActive = (): boolean => active !== undefined;

/** `compute()` through the active memo (the answer to `question` about `text`), or directly outside a lint. */
export function memoized<T>(text: string, question: string, compute: () => T, size: (value: T) => number): T {
  return active ? active.answer(text, question, compute, size) : compute();
}

// Rules ask about the same sentence object again and again: its entry is found once per lint.
const bySentence = new WeakMap<object, { memo: LintMemo; entry: Entry }>();

/**
 * Like memoized, for a question about a sentence object whose text is `text` and folded form `norm`.
 * Rule-kit always folds the same text the same way; a caller that folds it otherwise is not memoised.
 */
export function sentenceMemoized<T>(sentence: object, text: string, norm: string, question: string, compute: () => T, size: (value: T) => number): T {
  if (!active) return compute();
  let hit = bySentence.get(sentence);
  if (!hit || hit.memo !== active) bySentence.set(sentence, (hit = { memo: active, entry: active.entry(text) }));
  const e = hit.entry;
  if (e.norm === undefined) e.norm = norm;
  else if (e.norm !== norm) return compute();
  return active.ask(e, question, compute, size);
}

/** Rough size of a list of spans with their text: enough for the byte bound. */
export const spansSize = (xs: ReadonlyArray<{ text: string }>): number => xs.reduce((n, x) => n + 48 + 2 * x.text.length, 16);
