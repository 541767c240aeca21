// Front matter that parses but does not say what the writer meant: a language Liaison does not
// check (`lang: de` would silently be read as English or French), a type or date it cannot read
// (`type: [status]`, `date: 20/11/2026`), and a key written twice (YAML keeps the last one, so
// `type: status` above `type: risk` makes a risk note). Warnings, with the line, saying what is
// read instead and what to write.
import type { Lang } from '../ports.js';
import type { Span } from '../lint/types.js';
import type { FrontMatter } from '../markdown/front-matter.js';
import { langFromFrontMatter } from './note-info.js';

export interface FrontMatterWarning { span: Span; message: Record<Lang, string> }

const LANG_NAME: Record<Lang, Record<Lang, string>> = { en: { en: 'English', fr: 'French' }, fr: { en: 'anglais', fr: 'français' } };
const TOP_KEY = /^(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#'"{}[\],&*!|>%@`-][^:#\n]*?))[ \t]*:(?=[ \t]|\r?$)/gm;

const shown = (v: unknown): string => (typeof v === 'string' ? v.trim() : JSON.stringify(v) ?? String(v)).slice(0, 40);

function lineAt(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The warnings for one note; `readAs` is the language(s) the note is checked in. */
export function frontMatterWarnings(text: string, fm: FrontMatter, readAs: readonly Lang[]): FrontMatterWarning[] {
  if (!fm.yaml || fm.problem) return [];
  const yaml = text.slice(fm.yaml.start, fm.yaml.end);
  const keys = new Map<string, number[]>();
  TOP_KEY.lastIndex = 0;
  for (let m = TOP_KEY.exec(yaml); m; m = TOP_KEY.exec(yaml)) {
    const key = (m[1] ?? m[2] ?? m[3]!).trim();
    keys.set(key, [...(keys.get(key) ?? []), fm.yaml.start + m.index]);
  }
  const out: FrontMatterWarning[] = [];
  const lineSpan = (at: number): Span => ({ start: at, end: Math.max(at, text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at)) });

  if (fm.data.lang !== undefined && fm.data.lang !== null && !langFromFrontMatter(fm.data)) {
    const value = shown(fm.data.lang);
    const at = keys.get('lang')?.at(-1) ?? fm.yaml.start;
    const as = (ui: Lang) => readAs.map(l => LANG_NAME[ui][l]).join(ui === 'fr' ? ' et en ' : ' and ');
    out.push({ span: lineSpan(at), message: {
      en: `\`lang: ${value}\` is not supported: use en or fr. This note is read as ${as('en')}.`,
      fr: `\`lang: ${value}\` n’est pas pris en charge : utilisez en ou fr. Cette note est lue en ${as('fr')}.`,
    } });
  }
  const t = fm.data.type;
  if (t !== undefined && t !== null && typeof t !== 'string') {
    out.push({ span: lineSpan(keys.get('type')?.at(-1) ?? fm.yaml.start), message: {
      en: `\`type: ${shown(t)}\` is not read: write one word, e.g. \`type: status\`. Until then the type comes from the title.`,
      fr: `\`type: ${shown(t)}\` n’est pas lu : écrivez un seul mot, par exemple \`type: status\`. D’ici là, le type vient du titre.`,
    } });
  }
  // A date Liaison cannot read silently becomes "today" (YYYY-MM-DD that is no day is the engine's error).
  const d = fm.data.date;
  if (d !== undefined && d !== null && !(d instanceof Date) && !(typeof d === 'string' && /^\d{4}-\d{2}-\d{2}/.test(d.trim()))) {
    out.push({ span: lineSpan(keys.get('date')?.at(-1) ?? fm.yaml.start), message: {
      en: `\`date: ${shown(d)}\` is not read: write it as YYYY-MM-DD, e.g. \`date: 2026-11-20\`. Until then the note is dated today.`,
      fr: `\`date: ${shown(d)}\` n’est pas lue : écrivez-la au format AAAA-MM-JJ, par exemple \`date: 2026-11-20\`. D’ici là, la note est datée d’aujourd’hui.`,
    } });
  }
  for (const [key, offsets] of keys) {
    if (offsets.length < 2) continue;
    const lines = offsets.map(o => lineAt(text, o));
    const value = fm.data[key];
    const last = value === undefined || typeof value === 'object' ? '' : ` (\`${shown(value)}\`)`;
    out.push({ span: lineSpan(offsets[0]!), message: {
      en: `\`${key}\` is written ${offsets.length} times in the front matter (lines ${lines.join(', ')}): only the last one${last} is read. Keep one.`,
      fr: `\`${key}\` est écrit ${offsets.length} fois dans le front matter (lignes ${lines.join(', ')}) : seule la dernière valeur${last} est lue. Gardez-en une.`,
    } });
  }
  return out;
}
