// Front matter without the Markdown parser: a cheap scan of the leading `---` block, parsed with
// `yaml`. Works on notes too large to parse fully. Malformed YAML is a problem, never a throw.
import YAML from 'yaml';
import type { Span } from '../lint/types.js';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The whole block, fences included; undefined when the note has none. */
  span?: Span;
  /** The YAML between the fences (without the line break before the closing one), for edits. */
  yaml?: Span;
  problem?: { message: string; span: Span };
}

const OPEN = /^(?:\uFEFF)?---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*$/m;

export function readFrontMatter(text: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { data: {} };
  const bodyStart = open[0].length;
  // Search the closing fence only in a bounded prefix: front matter is short.
  const rest = text.slice(bodyStart, bodyStart + 64 * 1024);
  CLOSE.lastIndex = 0;
  const close = rest.startsWith('---') ? { index: 0, 0: rest.match(/^---[ \t]*/)![0] } : CLOSE.exec(rest);
  if (!close) {
    return { data: {}, problem: { message: 'front matter opened with `---` is never closed: add a `---` line after it', span: { start: 0, end: open[0].length - 1 } } };
  }
  const yamlText = rest.slice(0, close.index);
  const end = bodyStart + close.index + close[0].length;
  const yaml = { start: bodyStart, end: bodyStart + yamlText.replace(/\r?\n$/, '').length };
  const span = { start: 0, end };
  const simple = simpleYaml(yamlText);
  if (simple) return { data: simple, span, yaml };
  let doc: YAML.Document.Parsed;
  try {
    doc = YAML.parseDocument(yamlText, { prettyErrors: false, uniqueKeys: false });
  } catch (e) {
    return { data: {}, span, yaml, problem: { message: `front matter: ${(e as Error).message}`, span } };
  }
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    const at = bodyStart + Math.min(err.pos?.[0] ?? 0, yamlText.length);
    const line = err.message.split('\n')[0];
    return { data: {}, span, yaml, problem: { message: `front matter is not valid YAML (${line}): fix it or remove the \`---\` block`, span: { start: at, end: Math.min(at + 1, end) } } };
  }
  let value: unknown;
  try { value = doc.toJS({ maxAliasCount: 100 }); }
  catch (e) { return { data: {}, span, yaml, problem: { message: `front matter: ${(e as Error).message}`, span } }; }
  if (value === null || value === undefined) return { data: {}, span, yaml };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { data: {}, span, yaml, problem: { message: 'front matter must be `key: value` lines (a YAML mapping)', span } };
  }
  return { data: value as Record<string, unknown>, span, yaml };
}

const SIMPLE_LINE = /^([A-Za-z_][\w.-]*):(?:[ \t]+(.*?))?[ \t]*$/;

/**
 * Fast path for the front matter templates write: one `key: plain scalar` per line. The full YAML
 * parser costs more than the rest of the front matter handling together; anything fancier
 * (lists, quotes with escapes, anchors, block scalars, comments) goes to it.
 */
function simpleYaml(text: string): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const m = SIMPLE_LINE.exec(line);
    if (!m) return undefined;
    const raw = m[2] ?? '';
    if (/^[[{&*!|>%@`#]/.test(raw) || /\s#/.test(raw) || raw.includes(': ')) return undefined;
    let value: unknown = raw;
    if (/^"[^"\\]*"$/.test(raw) || /^'[^']*'$/.test(raw)) value = raw.slice(1, -1);
    else if (/^["']/.test(raw)) return undefined;
    else if (raw === '' || raw === '~' || raw === 'null') value = null;
    else if (raw === 'true' || raw === 'false') value = raw === 'true';
    else if (/^-?(?:0|[1-9]\d*)(?:\.\d+)?$/.test(raw)) value = Number(raw);
    if (m[1]! in out) return undefined;
    out[m[1]!] = value;
  }
  return out;
}
