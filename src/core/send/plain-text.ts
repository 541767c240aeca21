// Markdown tree -> the plain text an email body holds: no `#`, `**` or `[]()` syntax left, lists as
// "- " lines, links as "text (url)", tables as rows separated by " | ". Blocks end with a blank line.
import type { List, Nodes, Root, RootContent, Table } from 'mdast';

function inline(node: Nodes): string {
  switch (node.type) {
    case 'text': return node.value;
    case 'inlineCode': return node.value;
    case 'break': return '\n';
    case 'html': return '';
    case 'image': return node.alt ? `[${node.alt}]` : '';
    case 'footnoteReference': return `[${node.label ?? node.identifier}]`;
    case 'link': {
      const text = node.children.map(inline).join('');
      const url = node.url.replace(/^mailto:/, '');
      return !url || text === url || text === node.url ? text || url : `${text} (${url})`;
    }
    default:
      return 'children' in node ? (node.children as Nodes[]).map(inline).join('') : '';
  }
}

const indent = (text: string, prefix: string, first = prefix) =>
  text.split('\n').map((l, i) => (l ? (i === 0 ? first : prefix) + l : l)).join('\n');

function list(node: List): string {
  let n = node.start ?? 1;
  return node.children.map(item => {
    const marker = node.ordered ? `${n++}. ` : '- ';
    const box = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
    const body = item.children.map(block).join(item.spread ? '\n\n' : '\n').trim();
    return indent(box + body, ' '.repeat(marker.length), marker);
  }).join(node.spread ? '\n\n' : '\n');
}

function table(node: Table): string {
  return node.children.map(row => row.children.map(c => inline(c).trim()).join(' | ')).join('\n');
}

function block(node: RootContent): string {
  switch (node.type) {
    case 'heading':
    case 'paragraph': return inline(node).trim();
    case 'list': return list(node);
    case 'blockquote': return indent(node.children.map(block).join('\n\n'), '> ');
    case 'code': return node.value;
    case 'thematicBreak': return '———';
    case 'table': return table(node);
    case 'html': return '';
    case 'footnoteDefinition': return `[${node.label ?? node.identifier}] ` + node.children.map(block).join('\n');
    default: return inline(node as Nodes).trim();
  }
}

export function mdastToText(tree: Root): string {
  return tree.children.map(block).filter(s => s.trim() !== '').join('\n\n') + '\n';
}
