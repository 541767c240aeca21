// Finds the options a note puts to the client, however they are written: items of an "Options"
// section (list, sub-headings or table rows), "Option A: …" headings, list items or paragraphs.
// Shared by incident-options and decision-deadline.
import type { Table } from 'mdast';
import type { NoteContext, Span } from './types.js';
import { bodySpan, sectionItems, sectionsWith, type Item } from './structure.js';

export interface OptionsFound { items: Item[]; table?: Table; anchor: Span; section?: Span; }

const LABEL = /^[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+|#{1,6}[ \t]+)?(?:\*\*|__)?(?:option|solution|choix|choice|piste|scénario|scenario|scenario)\s*(?:[A-Z]|\d{1,2}|one|two|three|four|un|deux|trois|quatre)?\b[^\n]*$/gim;

/** "Option A: …" lines, each item running to the next such line, heading or the end of `span`. */
function labelledOptions(text: string, span: Span): Item[] {
  const slice = text.slice(span.start, span.end);
  const starts: number[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(slice); m; m = LABEL.exec(slice)) starts.push(m.index);
  return starts.map((s, i) => {
    let end = i + 1 < starts.length ? starts[i + 1]! : slice.length;
    const nextHeading = slice.slice(s + 1, end).search(/\n#{1,6}[ \t]/);
    if (nextHeading !== -1 && !/^#{1,6}/.test(slice.slice(s).trimStart())) end = s + 1 + nextHeading;
    return { text: slice.slice(s, end), span: { start: span.start + s, end: span.start + end } };
  });
}

export function findOptions(ctx: NoteContext): OptionsFound | undefined {
  const sections = sectionsWith(ctx, ['options']).filter(s => !/recommand|recommend/i.test(s.heading));
  if (sections.length) {
    const sec = sections[0]!;
    const { items, table } = sectionItems(ctx, sec);
    const found = items.length ? items : labelledOptions(ctx.text, bodySpan(sec));
    return { items: found, table: items.length ? table : undefined, anchor: sec.headingSpan, section: sec.span };
  }
  const all = labelledOptions(ctx.text, { start: 0, end: ctx.text.length });
  if (all.length) return { items: all, anchor: { start: all[0]!.span.start, end: all[0]!.span.start + all[0]!.text.split('\n')[0]!.length } };
  return undefined;
}
