// Markdown tree -> the HTML part of an email: mdast-util-to-hast (raw HTML in the note is dropped,
// never passed through) then hast-util-to-html (every text and attribute escaped). The document is
// built as a hast tree too, so the title is escaped by the same code as the body.
import type { Root } from 'mdast';
import type { Element, Root as HastRoot } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Lang } from '../ports.js';

// Inline on <body>: many mail clients drop <style> blocks.
const BODY_STYLE = 'font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; font-size: 15px; line-height: 1.5; color: #1f2328; max-width: 42em;';

const el = (tagName: string, properties: Element['properties'], children: Element['children']): Element =>
  ({ type: 'element', tagName, properties, children });

export function mdastToHtml(tree: Root, title: string, lang?: Lang): string {
  const body = toHast(tree) as HastRoot;
  const doc: HastRoot = { type: 'root', children: [
    { type: 'doctype' },
    el('html', lang ? { lang } : {}, [
      el('head', {}, [el('meta', { charSet: 'utf-8' }, []), el('title', {}, [{ type: 'text', value: title }])]),
      el('body', { style: BODY_STYLE }, body.children as Element['children']),
    ]),
  ] };
  return toHtml(doc) + '\n';
}
