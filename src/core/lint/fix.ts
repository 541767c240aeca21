// Applying the safe fixes of a note's findings, for `liaison lint --fix` and the editor's fix-all.
// As markdownlint does: non-overlapping edits applied from the end, then the fixed text is linted
// again to prove the fixes fixed something; a pass that leaves as many fixable findings is undone.
// The lint function is passed in, so the editor's activation bundle can use this without the engine.
import type { VFile } from 'vfile';
import type { LiaisonMessage } from './engine.js';
import type { Fix } from './types.js';

/** Anything that carries a finding's fixes: an editor finding, or a message's `liaison` data. */
export interface Fixable { fixes: readonly Fix[]; }

/** Snippet syntax to plain text: ${1:default} -> default, $1 / ${1} -> nothing, \$ -> $ (one pass: \$5 stays "$5"). */
export function snippetToText(text: string): string {
  const unescape = (s: string): string => s.replace(/\\([$}\\])/g, '$1');
  return text.replace(/\\([$}\\])|\$\{\d+:((?:\\.|[^}\\])*)\}|\$\{\d+\}|\$\d+/g,
    (_m, escaped: string | undefined, value: string | undefined) => escaped ?? (value !== undefined ? unescape(value) : ''));
}

/** The text a fix writes, snippet tab stops turned into their default text. */
export function fixText(fix: Fix): string {
  return fix.snippet ? snippetToText(fix.text) : fix.text;
}

/** The findings of a lint result, as fixables. */
export function fixablesOf(file: VFile): Fixable[] {
  return file.messages.filter((m): m is LiaisonMessage => typeof (m as Partial<LiaisonMessage>).liaison === 'object').map(m => m.liaison);
}

/** The safe fix of each finding (its first), in text order, without overlapping another. */
export function safeFixes(findings: readonly Fixable[]): Fix[] {
  const fixes = findings.map(m => m.fixes.find(f => f.safe)).filter((f): f is Fix => !!f)
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const out: Fix[] = [];
  for (const f of fixes) {
    const prev = out[out.length - 1];
    // Overlapping edits cannot both apply; inserts at one place can (in finding order).
    if (prev && f.span.start < prev.span.end) continue;
    out.push(f);
  }
  return out;
}

/** Applies non-overlapping fixes (as safeFixes returns them) from the end, so earlier offsets hold. */
export function applyFixes(text: string, fixes: readonly Fix[]): string {
  let out = text;
  // Inserted lines take the note's own line ending: a CRLF note must not come back with mixed ones.
  const eol = /\r?\n/.exec(text)?.[0] ?? '\n';
  // From the end; at one offset the later fix goes first, so the earlier one ends up before it.
  const order = fixes.map((f, i) => ({ f, i })).sort((a, b) => b.f.span.start - a.f.span.start || b.i - a.i);
  for (const { f } of order) {
    out = out.slice(0, f.span.start) + fixText(f).replace(/\r?\n/g, eol) + out.slice(f.span.end);
  }
  return out;
}

export interface FixResult {
  /** The text after every accepted pass (the input when nothing applied). */
  text: string;
  changed: boolean;
  /** Fixes applied, over all passes. */
  applied: number;
  /** The lint of `text`: what is left to report. */
  file: VFile;
}

/**
 * Lints, applies the safe fixes, lints again; repeats (a fix can make another possible) up to
 * `maxPasses`. A pass is kept only when the re-lint has fewer safe-fixable findings.
 */
export function fixNote(text: string, lint: (text: string) => VFile, maxPasses = 3): FixResult {
  let file = lint(text);
  let current = text;
  let applied = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = safeFixes(fixablesOf(file));
    if (!fixes.length) break;
    const next = applyFixes(current, fixes);
    if (next === current) break;
    const relinted = lint(next);
    if (countFixable(relinted) >= countFixable(file)) break;
    current = next;
    file = relinted;
    applied += fixes.length;
  }
  return { text: current, changed: current !== text, applied, file };
}

function countFixable(file: VFile): number {
  return fixablesOf(file).filter(f => f.fixes.some(x => x.safe)).length;
}
