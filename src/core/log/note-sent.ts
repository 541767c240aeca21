// "Mark Note as Sent": what a sent note contributes to the log (its path, hash, type, date) and
// the one-line front-matter edit that sets `status: sent`. Pure text functions.
import { parse as parseYaml } from 'yaml';
import { sha256Hex } from './canonical.js';
import { notePathProblem, type NoteLink } from './record.js';

const FM = /^---\r?\n([\s\S]*?)\r?\n(---|\.\.\.)[ \t]*(\r?\n|$)/;

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Offsets of the YAML between the fences, when the note has front matter. */
  start?: number;
  end?: number;
}

export function readFrontMatter(text: string): FrontMatter {
  const m = FM.exec(text);
  if (!m) return { data: {} };
  let data: Record<string, unknown> = {};
  try {
    const v = parseYaml(m[1]!);
    if (v && typeof v === 'object' && !Array.isArray(v)) data = v as Record<string, unknown>;
  } catch { /* invalid YAML: treat as no fields */ }
  const start = m[0].indexOf('\n') + 1;
  return { data, start, end: start + m[1]!.length };
}

/** The replacement that makes the front matter say `status: sent`: [start, end) -> text. */
export function statusSentEdit(text: string): { start: number; end: number; text: string } | undefined {
  const fm = readFrontMatter(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (fm.start === undefined || fm.end === undefined) return { start: 0, end: 0, text: `---${eol}status: sent${eol}---${eol}` };
  const yaml = text.slice(fm.start, fm.end);
  const line = /^status[ \t]*:.*$/m.exec(yaml);
  if (line) {
    if (/^status[ \t]*:[ \t]*["']?sent["']?[ \t]*$/.test(line[0].trimEnd())) return undefined;
    const s = fm.start + line.index;
    return { start: s, end: s + line[0].replace(/\r$/, '').length, text: 'status: sent' };
  }
  return { start: fm.end, end: fm.end, text: (yaml.length ? eol : '') + 'status: sent' };
}

export function applyEdit(text: string, e: { start: number; end: number; text: string } | undefined): string {
  return e ? text.slice(0, e.start) + e.text + text.slice(e.end) : text;
}

const asDay = (v: unknown): string | undefined => {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  return undefined;
};

/** The link a sent note leaves in the log. `relPath` must be workspace-relative (checked). */
export function noteLink(relPath: string, sentText: string): NoteLink {
  const problem = notePathProblem(relPath);
  if (problem) throw new Error(problem);
  const { data } = readFrontMatter(sentText);
  const title = typeof data.title === 'string' ? data.title : /^#\s+(.+)$/m.exec(sentText)?.[1]?.trim();
  return {
    path: relPath,
    sha256: sha256Hex(sentText),
    type: typeof data.type === 'string' ? data.type : undefined,
    date: asDay(data.date),
    title,
  };
}
