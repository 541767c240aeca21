// "Mark Note as Sent": what a sent note contributes to the log (its path, hash, type, date) and
// the one-line front-matter edit that sets `status: sent`. Pure text functions.
import { readFrontMatter } from '../markdown/front-matter.js';
import { sha256Hex } from './canonical.js';
import { notePathProblem, type NoteLink } from './record.js';

/** The replacement that makes the front matter say `status: sent`: [start, end) -> text. */
export function statusSentEdit(text: string): { start: number; end: number; text: string } | undefined {
  const fm = readFrontMatter(text).yaml;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (!fm) return { start: 0, end: 0, text: `---${eol}status: sent${eol}---${eol}` };
  const yaml = text.slice(fm.start, fm.end);
  const line = /^status[ \t]*:.*$/m.exec(yaml);
  if (line) {
    if (/^status[ \t]*:[ \t]*["']?sent["']?[ \t]*$/.test(line[0].trimEnd())) return undefined;
    const s = fm.start + line.index;
    return { start: s, end: s + line[0].replace(/\r$/, '').length, text: 'status: sent' };
  }
  // Empty front matter ("---" then "---"): the line goes between the fences, on its own line.
  return yaml.length ? { start: fm.end, end: fm.end, text: eol + 'status: sent' } : { start: fm.start, end: fm.start, text: 'status: sent' + eol };
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
