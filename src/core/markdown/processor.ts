// The one unified processor every feature parses notes with: CommonMark + YAML front matter + GFM
// (tables are how notes lay out options). Frozen once; parse() is synchronous.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

export const markdownProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

export function parseMarkdown(text: string): Root {
  return markdownProcessor.parse(text);
}
