// The one unified processor every feature parses notes with: CommonMark + YAML front matter + the
// GFM syntax notes actually use (tables for options, task lists, strikethrough, footnotes).
// GFM's autolink-literal extension is left out on purpose: its find-and-replace pass over every
// text node cost about half the parse time (measured in bench/lint.bench.ts) and notes gain
// nothing from turning bare URLs into links. Frozen once; parse() is synchronous.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import type { Root } from 'mdast';

/** remark plugin: GFM without autolink literals (what remark-gfm does, minus one extension). */
export function remarkGfmNotes(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough({ singleTilde: false }), gfmTaskListItem(), gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown(), gfmFootnoteFromMarkdown());
}

export const markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmNotes).freeze();

export function parseMarkdown(text: string): Root {
  return markdownProcessor.parse(text);
}
