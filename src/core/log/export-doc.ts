// The two exports (for counsel, for the client) as one small document model, rendered to
// Markdown and to a self-contained HTML page. Every value from the log is plain text escaped by
// escape.ts on the way out; a section with nothing in it is left out, never printed empty.
import type { Lang } from '../ports.js';
import { escapeHtml as h, escapeMarkdown as md } from './escape.js';
import { STYLE } from './export-html.js';
import { sha256Hex } from './canonical.js';
import { base64 } from '../send/base64.js';

/** Inline text: plain, or a code span (hashes, ids), or strong. */
export type Inline = string | { code: string } | { strong: string };
export type Block =
  | { p: Inline[] }
  | { list: Inline[][] }
  | { table: { head: string[]; rows: Inline[][][] } }
  | { quote: string; cite?: string }
  | { pre: string }
  | { sub: string; blocks: Block[] };

/** A section with an empty heading is plain text (a greeting, a signature). */
export interface ExportSection { heading: string; blocks: Block[] }

export interface ExportDoc {
  lang: Lang;
  title: string;
  meta: [label: string, value: Inline[]][];
  sections: ExportSection[];
}

const nonEmpty = (b: Block): boolean =>
  'list' in b ? b.list.length > 0 : 'table' in b ? b.table.rows.length > 0 : 'sub' in b ? b.blocks.some(nonEmpty) :
  'p' in b ? b.p.some(x => typeof x !== 'string' || x.trim() !== '') : 'quote' in b ? b.quote.trim() !== '' : b.pre.trim() !== '';

/** The sections that have something to say, each with only its non-empty blocks. */
export function filled(doc: ExportDoc): ExportSection[] {
  return doc.sections.map(s => ({ ...s, blocks: s.blocks.filter(nonEmpty) })).filter(s => s.blocks.length);
}

// A code span is literal only within one line: a line break in it (a forged id, a Message-ID) would
// start a heading or a list below. Only printable ASCII without ` or | is shown as code; the rest is escaped text.
const CODE_SAFE = /^[\x21-\x5f\x61-\x7b\x7d\x7e](?:[\x20-\x5f\x61-\x7b\x7d\x7e]*[\x21-\x5f\x61-\x7b\x7d\x7e])?$/;
const mdCode = (s: string) => (CODE_SAFE.test(s) ? `\`${s}\`` : md(s));
const mdInline = (xs: Inline[]) => xs.map(x => (typeof x === 'string' ? md(x) : 'code' in x ? mdCode(x.code) : `**${md(x.strong)}**`)).join('');

function mdBlock(b: Block, depth: number): string[] {
  if ('p' in b) return [mdInline(b.p), ''];
  if ('list' in b) return [...b.list.map(i => `- ${mdInline(i)}`), ''];
  if ('table' in b) return [`| ${b.table.head.map(md).join(' | ')} |`, `|${b.table.head.map(() => '---').join('|')}|`,
    ...b.table.rows.map(r => `| ${r.map(mdInline).join(' | ')} |`), ''];
  if ('quote' in b) return [...b.quote.split(/\r?\n/).map(l => `> ${md(l)}`), ...(b.cite ? [`> — ${md(b.cite)}`] : []), ''];
  // A fence longer than any run of backticks in the text, so the text cannot close it.
  if ('pre' in b) { const f = '`'.repeat(Math.max(3, ...[...b.pre.matchAll(/`+/g)].map(m => m[0].length + 1))); return [f + 'text', b.pre, f, '']; }
  return [`${'#'.repeat(Math.min(6, depth + 1))} ${md(b.sub)}`, '', ...b.blocks.filter(nonEmpty).flatMap(x => mdBlock(x, depth + 1))];
}

/** The Markdown, line by line: a caller can take turns between lines (a big log's export). */
export function* markdownLines(doc: ExportDoc): Generator<string> {
  yield `# ${md(doc.title)}`; yield '';
  for (const [k, v] of doc.meta) yield `- **${md(k)}**: ${mdInline(v)}`;
  yield '';
  for (const s of filled(doc)) {
    if (s.heading) { yield `## ${md(s.heading)}`; yield ''; }
    for (const b of s.blocks) yield* mdBlock(b, 2);
  }
}

const tidyMarkdown = (lines: string): string => lines.replace(/\n{3,}/g, '\n\n');

export function docToMarkdown(doc: ExportDoc): string {
  return tidyMarkdown([...markdownLines(doc)].join('\n'));
}

/** Joins pieces, awaiting `turn` every `every` pieces so the host runs other work meanwhile. */
export async function joinInTurns(pieces: Iterable<string>, sep: string, turn: () => Promise<void>, every = 1000): Promise<string> {
  const out: string[] = [];
  for (const x of pieces) if (out.push(x) % every === 0) await turn();
  return out.join(sep);
}

/** docToMarkdown, taking turns: the same text. */
export async function docToMarkdownInTurns(doc: ExportDoc, turn: () => Promise<void>): Promise<string> {
  return tidyMarkdown(await joinInTurns(markdownLines(doc), '\n', turn));
}

const htmlInline = (xs: Inline[]) => xs.map(x => (typeof x === 'string' ? h(x) : 'code' in x ? `<code>${h(x.code)}</code>` : `<strong>${h(x.strong)}</strong>`)).join('');

function htmlBlock(b: Block, depth: number): string {
  if ('p' in b) return `<p>${htmlInline(b.p)}</p>`;
  if ('list' in b) return `<ul>${b.list.map(i => `<li>${htmlInline(i)}</li>`).join('')}</ul>`;
  if ('table' in b) return `<table><thead><tr>${b.table.head.map(c => `<th>${h(c)}</th>`).join('')}</tr></thead><tbody>` +
    b.table.rows.map(r => `<tr>${r.map(c => `<td>${htmlInline(c)}</td>`).join('')}</tr>`).join('') + '</tbody></table>';
  if ('quote' in b) return `<blockquote>${h(b.quote).replace(/\r?\n/g, '<br>')}${b.cite ? `<br><span class="small">— ${h(b.cite)}</span>` : ''}</blockquote>`;
  if ('pre' in b) return `<pre>${h(b.pre)}</pre>`;
  const n = Math.min(6, depth + 1);
  return `<h${n}>${h(b.sub)}</h${n}>` + b.blocks.filter(nonEmpty).map(x => htmlBlock(x, depth + 1)).join('\n');
}

const PRE_STYLE = 'pre{white-space:pre-wrap;word-break:break-word;background:#f6f6f6;padding:.6rem;border:1px solid #ddd;font:12px/1.4 ui-monospace,Consolas,monospace}\n';

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** The HTML page in pieces (one per block) that join with '' into docToHtml's text. */
export function* htmlPieces(doc: ExportDoc): Generator<string> {
  const css = STYLE + PRE_STYLE;
  // No script, no external resource: only the stylesheet, allowed by its hash.
  const csp = `default-src 'none'; style-src 'sha256-${base64(hexToBytes(sha256Hex(css)))}'; img-src 'none'; script-src 'none'; form-action 'none'; base-uri 'none'`;
  yield `<!DOCTYPE html>\n<html lang="${doc.lang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${h(csp)}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${h(doc.title)}</title><style>${css}</style></head>\n<body>\n`;
  yield `<h1>${h(doc.title)}</h1>\n<ul class="meta">${doc.meta.map(([k, v]) => `<li><strong>${h(k)}</strong>: ${htmlInline(v)}</li>`).join('')}</ul>`;
  for (const s of filled(doc)) {
    yield '\n' + (s.heading ? `<h2>${h(s.heading)}</h2>\n` : '');
    let first = true;
    for (const b of s.blocks) { yield (first ? '' : '\n') + htmlBlock(b, 2); first = false; }
  }
  yield '\n</body></html>\n';
}

export function docToHtml(doc: ExportDoc): string {
  return [...htmlPieces(doc)].join('');
}

/** docToHtml, taking turns: the same text. */
export function docToHtmlInTurns(doc: ExportDoc, turn: () => Promise<void>): Promise<string> {
  return joinInTurns(htmlPieces(doc), '', turn);
}
