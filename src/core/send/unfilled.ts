// Template text the writer has not replaced yet: the "[hint]" blanks `liaison new` leaves, found
// in what the client would receive (an internal section may keep them). The lint rule
// `unfilled-placeholder` (issue 6) finds the same; until every branch has it, this keeps
// "Mark Note as Sent" from letting a blank through.
import type { Nodes, Text } from 'mdast';
import { clientTree } from './render.js';

export interface Blank { text: string; offset: number; line: number; column: number }

// A bracketed run with a letter in it, on one line: "[nom du projet]", not "[1]" or "[ ]".
const HINT = /\[(?=[^\]\n]*\p{L})[^\]\n]{2,}\]/gu;

export function unfilledBlanks(noteText: string): Blank[] {
  const out: Blank[] = [];
  const visit = (n: Nodes): void => {
    if (n.type === 'text') {
      const t = n as Text;
      const base = t.position?.start.offset;
      if (base === undefined) return;
      // The node's value may differ from the source (escapes); search the source slice.
      const source = noteText.slice(base, t.position!.end.offset);
      for (const m of source.matchAll(HINT)) {
        const offset = base + m.index;
        const before = noteText.slice(0, offset);
        const line = before.split('\n').length;
        out.push({ text: m[0], offset, line, column: offset - before.lastIndexOf('\n') });
      }
      return;
    }
    if ('children' in n) for (const c of n.children as Nodes[]) visit(c);
  };
  visit(clientTree(noteText).tree);
  return out;
}
