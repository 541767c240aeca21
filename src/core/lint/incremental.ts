// Lint while the user types. Two things keep an edit cheap and off the typing path:
// - ChunkCache: the bounded parser cuts a note at top-level blank lines; parsed chunks are kept by
//   their text (a small LRU), so a one-character edit re-parses only the chunk it touches;
// - LintMemo (lint/memo.ts): sentence answers (language, pack and cue phrases, dates of a line) kept
//   by their text, so the rules redo that work only on the sentences an edit changed;
// - lintNoteIncremental: the engine runs in steps (after the parse, after each rule); between steps
//   the caller's `isCancelled` is asked, so a run made stale by a newer edit stops instead of
//   finishing, and `pause` lets the host's other work through.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ParseCache } from '../markdown/bounded-parse.js';
import { lintSteps, type LintOptions } from './engine.js';
import type { LintMemo } from './memo.js';

export { LintMemo } from './memo.js';

/** Least recently used chunks out first, once their text passes `maxBytes` in all. */
export class ChunkCache implements ParseCache {
  private readonly map = new Map<string, Root>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(readonly maxBytes = 2 * 1024 * 1024) {}

  get(chunk: string): Root | undefined {
    const tree = this.map.get(chunk);
    if (!tree) { this.misses++; return undefined; }
    this.hits++;
    this.map.delete(chunk); // re-insert: Map order is the recency order
    this.map.set(chunk, tree);
    return tree;
  }

  set(chunk: string, tree: Root): void {
    if (chunk.length > this.maxBytes) return;
    if (this.map.has(chunk)) this.map.delete(chunk); else this.bytes += chunk.length;
    this.map.set(chunk, tree);
    for (const key of this.map.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.map.delete(key);
      this.bytes -= key.length;
    }
  }

  get size(): number { return this.map.size; }
}

export interface IncrementalOptions {
  cache?: ChunkCache;
  /** Sentence answers of earlier runs (lint/memo.ts): an edit re-runs the phrase work only on the sentences it changed. */
  memo?: LintMemo;
  /** Asked between steps: true when a newer edit made this run pointless. */
  isCancelled?: () => boolean;
  /** Awaited between steps (e.g. a macrotask), so the host stays responsive during a long lint. */
  pause?: () => Promise<void>;
}

/** The findings of `text`, or undefined when the run was cancelled before it finished. */
export async function lintNoteIncremental(text: string, options: LintOptions, inc: IncrementalOptions = {}): Promise<VFile | undefined> {
  const steps = lintSteps(text, { ...options, parseCache: inc.cache ?? options.parseCache, memo: inc.memo ?? options.memo });
  for (;;) {
    if (inc.isCancelled?.()) return undefined;
    const r = steps.next();
    if (r.done) return r.value;
    if (inc.pause) await inc.pause();
  }
}
