// Inline control comments, found by a text scan so they also work on notes too large to parse:
//   <!-- liaison-disable [rule-id ...] -->        off from here (all rules when no id)
//   <!-- liaison-enable [rule-id ...] -->         back on
//   <!-- liaison-disable-next-line [rule-id ...] --> off for the next line only
// Also accepted on the same line as the finding (`disable-line`), as markdownlint users expect.

interface Toggle { line: number; on: boolean; ids: string[] | 'all'; }

export interface ControlComments {
  /** True when a finding of `ruleId` starting on 1-based `line` is silenced. */
  isDisabled(ruleId: string, line: number): boolean;
}

const COMMENT = /<!--\s*liaison-(disable-next-line|disable-line|disable|enable)\b([^]*?)-->/g;

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of a 0-based offset. */
export function lineOf(starts: number[], offset: number): number {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid; else hi = mid - 1;
  }
  return lo + 1;
}

export function parseControlComments(text: string, starts: number[]): ControlComments {
  if (!text.includes('liaison-')) return { isDisabled: () => false };
  const toggles: Toggle[] = [];
  const lineOnly = new Map<number, string[] | 'all'>();
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(text); m; m = COMMENT.exec(text)) {
    const words = m[2]!.split(/[\s,]+/).filter(w => /^[a-z][a-z0-9-]*$/.test(w));
    const ids: string[] | 'all' = words.length ? words : 'all';
    const line = lineOf(starts, m.index);
    const endLine = lineOf(starts, m.index + m[0].length);
    if (m[1] === 'disable-next-line') lineOnly.set(endLine + 1, merge(lineOnly.get(endLine + 1), ids));
    else if (m[1] === 'disable-line') lineOnly.set(line, merge(lineOnly.get(line), ids));
    else toggles.push({ line, on: m[1] === 'enable', ids });
  }
  return {
    isDisabled(ruleId, line) {
      const only = lineOnly.get(line);
      if (only === 'all' || only?.includes(ruleId)) return true;
      let off = false;
      for (const t of toggles) {
        if (t.line > line) break;
        if (t.ids === 'all' || t.ids.includes(ruleId)) off = !t.on;
      }
      return off;
    },
  };
}

function merge(a: string[] | 'all' | undefined, b: string[] | 'all'): string[] | 'all' {
  if (a === 'all' || b === 'all') return 'all';
  return [...(a ?? []), ...b];
}
