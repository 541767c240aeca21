// What a note is, before any rule runs: its type (front matter `type:`, else its title or file name
// in either language), its languages and its reference date. Cheap: no Markdown parse needed.
import { LANGS, isLang, type Lang } from '../ports.js';
import { NOTE_TYPES, NOTE_TYPE_IDS, normalizeHeading, type NoteTypeId } from './note-types.js';

/** The note type whose title (any language) matches `text`: exact, or the title then a separator ("Weekly update: 20 Nov"). */
export function typeFromTitle(text: string): NoteTypeId | undefined {
  const norm = normalizeHeading(text);
  if (!norm) return undefined;
  let best: { id: NoteTypeId; len: number } | undefined;
  for (const t of NOTE_TYPES) {
    for (const lang of LANGS) {
      for (const title of t.titles[lang]) {
        const n = normalizeHeading(title);
        if (!n) continue;
        // "re" (from "Re:") only counts as an exact prefix of a mail subject.
        const hit = norm === n || (norm.startsWith(n + ' ') && (n.length > 3 || /^re\s*:/i.test(text.trim())));
        if (hit && (!best || n.length > best.len)) best = { id: t.id, len: n.length };
      }
    }
  }
  return best?.id;
}

/** File names like `2026-11-20-weekly-update.md` or `imprevu_serveur.md`. */
export function typeFromFileName(path: string): NoteTypeId | undefined {
  const base = path.replace(/\\/g, '/').split('/').pop() ?? '';
  const stem = base.replace(/\.[^.]+$/, '').replace(/[-_.]+/g, ' ').replace(/^\s*\d{4} \d{2} \d{2}\s*/, '').trim();
  if (!stem) return undefined;
  const direct = (NOTE_TYPE_IDS as string[]).find(id => normalizeHeading(id.replace(/-/g, ' ')) === normalizeHeading(stem));
  return (direct as NoteTypeId | undefined) ?? typeFromTitle(stem);
}

export function typeFromFrontMatter(data: Record<string, unknown>): NoteTypeId | undefined {
  const t = data.type;
  return typeof t === 'string' && (NOTE_TYPE_IDS as string[]).includes(t.trim()) ? (t.trim() as NoteTypeId) : undefined;
}

/** Front matter `date:` as a local-midnight Date; accepts YAML dates and YYYY-MM-DD strings. */
export function dateFromFrontMatter(data: Record<string, unknown>): Date | undefined {
  const v = data.date;
  if (v instanceof Date && !Number.isNaN(v.getTime())) return new Date(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate());
  if (typeof v !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(v.trim());
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  return Number.isNaN(d.getTime()) || d.getMonth() !== Number(m[2]) - 1 ? undefined : d;
}

export function langFromFrontMatter(data: Record<string, unknown>): Lang | undefined {
  const v = typeof data.lang === 'string' ? data.lang.trim().toLowerCase().slice(0, 2) : undefined;
  return isLang(v) ? v : undefined;
}

/** First ATX or setext heading text, found by a line scan (works without parsing). */
export function firstHeadingText(body: string): string | undefined {
  const lines = body.slice(0, 16 * 1024).split(/\r?\n/, 200);
  for (let i = 0; i < lines.length; i++) {
    const atx = /^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/.exec(lines[i]!);
    if (atx) return atx[1];
    if (i + 1 < lines.length && lines[i]!.trim() && /^ {0,3}(=+|-+)[ \t]*$/.test(lines[i + 1]!) && !/^\s*[-*>]/.test(lines[i]!)) return lines[i]!.trim();
  }
  return undefined;
}
