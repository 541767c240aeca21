// The note as the client receives it: no front matter, no HTML comments (`<!-- liaison-disable -->`,
// template remarks), no internal sections, and the title taken out as the email's subject.
// Text for "Copy for Email", HTML for the draft's rich part; both from the one parse.
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../markdown/processor.js';
import { readFrontMatter } from '../markdown/front-matter.js';
import { isInternalHeading } from '../notes/note-types.js';
import { isLang, type Lang } from '../ports.js';
import { mdastToText } from './plain-text.js';
import { mdastToHtml } from './html.js';

export interface ClientNote {
  /** Front matter `title`, else the first level-1 heading, else the first heading. */
  title: string;
  text: string;
  /** A complete HTML document (UTF-8), every note character escaped. */
  html: string;
  lang?: Lang;
  /** Headings of the sections left out because they are internal. */
  omitted: string[];
}

export interface ClientNoteOptions {
  /** A last paragraph added to both parts (e.g. the log reference line). */
  footer?: string;
}

const isComment = (n: RootContent) => n.type === 'html' && /^\s*<!--[\s\S]*?-->\s*$/.test(n.value);

/** The top-level blocks the client sees, the first level-1 heading removed (it becomes the subject). */
export function clientTree(noteText: string): { tree: Root; title?: string; omitted: string[] } {
  const full = parseMarkdown(noteText);
  const out: RootContent[] = [];
  const omitted: string[] = [];
  let skipDepth = 0;
  let title: string | undefined;
  for (const node of full.children) {
    if (node.type === 'yaml' || isComment(node)) continue;
    if (node.type === 'heading') {
      const h = node as Heading;
      if (skipDepth && h.depth > skipDepth) continue;
      skipDepth = 0;
      const text = toString(h).trim();
      if (isInternalHeading(text)) { skipDepth = h.depth; omitted.push(text); continue; }
      if (title === undefined && h.depth === 1) { title = text; continue; }
    } else if (skipDepth) continue;
    out.push(stripComments(node));
  }
  return { tree: { type: 'root', children: out }, title, omitted };
}

const SAFE_URL = /^(?:https?:|mailto:|tel:|#)/i;

/**
 * Inline comments (`text <!-- note --> text`) go too; a link with another scheme (`javascript:`,
 * `file:`) and an image (a remote load, a local path) keep only their text.
 */
function stripComments<T extends RootContent>(node: T): T {
  if (!('children' in node)) return node;
  const kids: RootContent[] = [];
  for (const c of node.children as RootContent[]) {
    if (c.type === 'html' && /^<!--[\s\S]*?-->$/.test(c.value.trim())) continue;
    if (c.type === 'image') { if (c.alt) kids.push({ type: 'text', value: c.alt }); continue; }
    if (c.type === 'link' && !SAFE_URL.test(c.url.trim())) { kids.push(...(stripComments(c).children as RootContent[])); continue; }
    kids.push(stripComments(c));
  }
  return { ...node, children: kids } as T;
}

export function renderClientNote(noteText: string, options: ClientNoteOptions = {}): ClientNote {
  const fm = readFrontMatter(noteText);
  const { tree, title: h1, omitted } = clientTree(noteText);
  if (options.footer) tree.children.push({ type: 'paragraph', children: [{ type: 'text', value: options.footer }] });
  const title = (typeof fm.data.title === 'string' && fm.data.title.trim()) || h1 || '';
  const lang = isLang(fm.data.lang) ? fm.data.lang : undefined;
  return { title, text: mdastToText(tree), html: mdastToHtml(tree, title, lang), lang, omitted };
}
