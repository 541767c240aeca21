// Helpers the structural rules share: a section's body, its items (list items, sub-headings or
// table rows), its sentences and dates. Pure functions over the NoteContext.
import type { List, ListItem, Nodes, Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { DateMention, NoteContext, Section, Span } from './types.js';
import type { NoteTypeId } from '../notes/note-types.js';
import { sectionIdOf } from '../notes/sections.js';

export interface Item { text: string; span: Span; }

export const within = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

export function bodySpan(section: Section): Span {
  return { start: section.headingSpan.end, end: section.span.end };
}

/** "**Next contact:** Friday", "**Next contact.** Friday" or "Next contact: Friday" at the start of a line or list item (bulleted or numbered), outside headings. */
export function labelledSections(ctx: NoteContext, type: NoteTypeId): Set<string> {
  const found = new Set(labelledBodies(ctx, type).keys());
  for (const id of statusColumn(ctx, type)) found.add(id);
  return found;
}

/** Each labelled section's body: from its label to the paragraph's end ("**Decision by.** Wednesday 25 November"). */
export function labelledBodies(ctx: NoteContext, type: NoteTypeId): Map<string, Span[]> {
  const found = new Map<string, Span[]>();
  // An emoji or symbol may open the line: "✅ **Shipped**", "📅 Next check-in: …".
  const re = /^[ \t]*(?:(?:[-*+]|\d{1,2}[.)])[ \t]+)?(?:[^\p{L}\p{N}\s*_#|:[\]()<>]{1,4}[ \t]*)?(?:\*\*|__)?([^\n*_:#|]{2,60}?)[ \t]*(?::|\u00a0:|\.?(?:\*\*|__)[ \t]*:?)/gmu;
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    let id = sectionIdOf(m[1]!, type);
    if (!id) continue;
    const start = m.index + m[0].length;
    if (id === 'done' && THIS_WEEK.test(m[1]!) && allAhead(ctx, start)) id = 'next';
    const para = ctx.text.slice(start, start + 2000).search(/\n[ \t]*\n/);
    const spans = found.get(id) ?? [];
    spans.push({ start, end: para < 0 ? Math.min(ctx.text.length, start + 2000) : start + para });
    found.set(id, spans);
  }
  return found;
}

/**
 * "**This week**" / « **Cette semaine** » is what was done, or what is planned when every date under
 * the label is still to come ("Thu 26 Nov: saved searches"): the block up to the next blank line
 * before a label, or 600 characters.
 */
const THIS_WEEK = /^\s*(?:this week|cette semaine)\s*$/iu;
function allAhead(ctx: NoteContext, from: number): boolean {
  const rest = ctx.text.slice(from, from + 600);
  const stop = rest.search(/\n\s*\n\s*(?:\*\*|__|#)/);
  const dates = concreteDates(ctx, { start: from, end: from + (stop < 0 ? rest.length : stop) });
  const today = new Date(ctx.refDate.getFullYear(), ctx.refDate.getMonth(), ctx.refDate.getDate() + 1);
  return dates.length > 0 && dates.every(d => d.date >= today);
}

const STATUS_HEAD = /^\s*(?:status|state|progress|statut|[ée]tat|avancement)\s*$/iu;

/**
 * A status told as a table: the rows of a "Status" / « État » column say what is done and what is
 * next ("✅ done", "🟡 in progress", « ⏳ pas commencé »), as the section headings would.
 */
function statusColumn(ctx: NoteContext, type: NoteTypeId): Set<string> {
  const out = new Set<string>();
  if (type !== 'status') return out;
  for (const node of ctx.tree.children) {
    if (node.type !== 'table') continue;
    const col = tableHeaders(node).findIndex(h => STATUS_HEAD.test(h));
    if (col < 0) continue;
    for (const row of node.children.slice(1)) {
      const cell = row.children[col];
      const id = cell && sectionIdOf(toString(cell).replace(/[^\p{L}\p{N}\s'’-]/gu, ' ').trim(), type);
      if (id) out.add(id);
    }
  }
  return out;
}

export function sectionsWith(ctx: NoteContext, ids: string[]): Section[] {
  return ctx.sections().filter(s => s.sectionId !== undefined && ids.includes(s.sectionId));
}

/** Text of a span without HTML comments, placeholders ({{x}}, [x], <x>, TODO, …) and markup. */
export function meaningful(text: string): string {
  return text.replace(/<!--[^]*?-->/g, ' ').replace(/\{\{[^}]*\}\}/g, ' ').replace(/\$\{\d+(?::[^}]*)?\}/g, ' ')
    .replace(/\b(?:TODO|TBD|XXX|À COMPLÉTER|A COMPLETER)\b/gi, ' ').replace(/[#>*_`|\-\s:]+/g, ' ').trim();
}

export function hasContent(ctx: NoteContext, section: Section): boolean {
  const body = bodySpan(section);
  return meaningful(ctx.text.slice(body.start, body.end)).length > 1;
}

/** Where a section's content is, however it is written: under its heading, or after its bold or colon label. */
export function sectionBodies(ctx: NoteContext, id: string): Span[] {
  return [...sectionsWith(ctx, [id]).map(bodySpan), ...(ctx.type ? labelledBodies(ctx, ctx.type).get(id) ?? [] : [])];
}

export function concreteDates(ctx: NoteContext, span?: Span): DateMention[] {
  return ctx.dates(span).filter(d => d.concrete);
}

function spanOf(node: Nodes): Span | undefined {
  const p = node.position;
  return p?.start.offset !== undefined && p.end.offset !== undefined ? { start: p.start.offset, end: p.end.offset } : undefined;
}

/**
 * The items a section lists: top-level list items, else sub-headings (with their bodies), else the
 * body rows of a table. Options, risks and questions are written in any of the three shapes.
 */
export function sectionItems(ctx: NoteContext, section: Section): { items: Item[]; table?: Table } {
  const body = bodySpan(section);
  const subs = ctx.sections().filter(s => s.depth > section.depth && within(s.span, section.span) && s.span.start >= body.start);
  const nodes = topLevelNodesIn(ctx, body);
  const lists = nodes.filter((n): n is List => n.type === 'list');
  if (lists.length && !subs.length) {
    const items = lists.flatMap(l => l.children as ListItem[]).map(li => ({ li, span: spanOf(li) }))
      .filter((x): x is { li: ListItem; span: Span } => !!x.span)
      .map(({ li, span }) => ({ text: toString(li), span }));
    return { items };
  }
  if (subs.length) {
    const minDepth = Math.min(...subs.map(s => s.depth));
    return { items: subs.filter(s => s.depth === minDepth).map(s => ({ text: ctx.text.slice(s.span.start, s.span.end), span: s.span })) };
  }
  const table = nodes.find((n): n is Table => n.type === 'table');
  if (table) {
    const rows = (table.children as TableRow[]).slice(1);
    return { table, items: rows.map(r => ({ text: r.children.map(c => toString(c)).join(' | '), span: spanOf(r)! })).filter(i => i.span) };
  }
  return { items: [] };
}

/** Top-level block nodes (children of root) that start inside `span`. */
export function topLevelNodesIn(ctx: NoteContext, span: Span): Nodes[] {
  return (ctx.tree.children as Nodes[]).filter(n => {
    const s = spanOf(n);
    return s && s.start >= span.start && s.start < span.end;
  });
}

export function tableHeaders(table: Table): string[] {
  const head = table.children[0];
  return head ? head.children.map(c => toString(c)) : [];
}

export function offsetLine(text: string, offset: number): Span {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  let end = text.indexOf('\n', offset);
  if (end === -1) end = text.length;
  return { start, end };
}

/** Where to report a note-level finding: the title heading, else the first line after the front matter. */
export function titleSpan(ctx: NoteContext): Span {
  const first = ctx.sections()[0];
  if (first) return first.headingSpan;
  const fmEnd = ctx.tree.children[0]?.type === 'yaml' ? spanOf(ctx.tree.children[0])?.end ?? 0 : 0;
  let start = fmEnd;
  while (start < ctx.text.length && /\s/.test(ctx.text[start]!)) start++;
  return offsetLine(ctx.text, start);
}
