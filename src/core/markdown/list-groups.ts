// A long bullet list is one block (no blank line to cut at), so with parse units alone a keystroke
// in a 60-item list re-parses the whole list. Here such a unit is cut before its items into groups
// of about UNIT bytes, each parsed (and cached) on its own, and the groups' items are joined back
// into one list node. Only where that gives the tree a whole parse gives: bullet items at column 0
// with one marker, no fence, HTML or definition in the unit; every group after the first must parse
// to that list going on. Anything else is parsed whole. Checked against whole parses in
// test/unit/lint/parse-units.test.ts.
import type { List, Root, RootContent } from 'mdast';

export interface Group { start: number; end: number; line: number; }

// A bullet item with content: it cannot be a paragraph's lazy line nor a setext underline.
const ITEM = /^([-*+])[ \t]+\S/;
const THEMATIC = /^(?:[-*_][ \t]*){3,}$/;
const RISKY = /^ {0,3}(?:`{3,}|~{3,})|^[ \t>*+\-\d.)]*<|^[ \t>*+\-\d.)]*\[[^\]\n]+\]:/m;

/** Where `text[start, end)` may be cut before its bullet items, in groups of at least `unit` bytes; undefined if nowhere. */
export function listGroups(text: string, start: number, end: number, line: number, unit: number): Group[] | undefined {
  if (end - start < 2 * unit || RISKY.test(text.slice(start, end))) return undefined;
  const groups: Group[] = [];
  let cur: Group = { start, end, line };
  let marker: string | undefined;
  let ln = line;
  for (let pos = start; pos < end;) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1 || eol > end) eol = end;
    const m = ITEM.exec(text.slice(pos, Math.min(eol, pos + 64)));
    if (m && !THEMATIC.test(text.slice(pos, eol).trimEnd())) {
      marker ??= m[1];
      if (m[1] === marker && pos > cur.start && pos - cur.start >= unit && end - pos >= unit / 2) {
        groups.push({ ...cur, end: pos });
        cur = { start: pos, end, line: ln };
      }
    }
    pos = eol + 1;
    ln++;
  }
  if (!groups.length) return undefined;
  groups.push(cur);
  return groups;
}

/**
 * The groups' trees joined: the first group's last list takes the items of the lists that open the
 * others. Undefined when a group does not continue that list (the caller parses the unit whole).
 * `trees` are already shifted into place; `blankBefore[i]` tells whether a blank line ends group i - 1.
 */
export function joinGroups(text: string, trees: readonly Root[], blankBefore: readonly boolean[]): RootContent[] | undefined {
  const head = trees[0]!.children;
  const list = head[head.length - 1];
  if (list?.type !== 'list' || list.ordered) return undefined;
  const marker = text.slice(list.position!.start.offset!).trimStart()[0];
  const items = [...list.children];
  let spread = list.spread ?? false;
  let rest: RootContent[] = [];
  for (let i = 1; i < trees.length; i++) {
    const kids = trees[i]!.children;
    const l = kids[0];
    if (l?.type !== 'list' || l.ordered || text.slice(l.position!.start.offset!).trimStart()[0] !== marker) return undefined;
    if (kids.length > 1 && i < trees.length - 1) return undefined; // the list ended inside a middle group
    items.push(...l.children);
    spread ||= (l.spread ?? false) || blankBefore[i]!;
    if (i === trees.length - 1) rest = kids.slice(1);
  }
  const last = trees[trees.length - 1]!.children[0] as List;
  const joined: List = { ...list, spread, children: items, position: { start: list.position!.start, end: last.position!.end } };
  return [...head.slice(0, -1), joined, ...rest];
}
