// Front matter that parses but does not say what the writer meant: a language Liaison does not
// check (`lang: de` would silently be read as English or French), and a key written twice (YAML
// keeps the last one, so `type: status` above `type: risk` makes a risk note). Warnings, with the
// line, saying what is read instead and what to write.
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
