// Template files: front matter (id, type, lang, title, principles, variables) and a Markdown body
// with logic-less placeholders. Nothing here evaluates code:
//   {{client.name}}   a built-in value (profile, dates), see variables.ts
//   {{what}}          a value asked of the writer, declared with its hint under `variables:`
//   {{! P13: why }}   a comment for template authors, dropped from the note
import { readFrontMatter } from '../markdown/front-matter.js';
import { isLang, type Lang } from '../ports.js';
import { noteType, NOTE_TYPE_IDS, type NoteTypeId } from '../notes/note-types.js';
import { TemplateError } from './errors.js';
import { BUILTIN_NAMES } from './variables.js';

export interface TemplateMeta {
  id: string;
  type: NoteTypeId;
  lang: Lang;
  title: string;
  description?: string;
  principles: string[];
  /** Asked variables: name -> hint shown to the writer. */
  variables: Record<string, string>;
}

export type Token =
  | { kind: 'text'; text: string }
  | { kind: 'var'; name: string; line: number; column: number };

export interface ParsedTemplate {
  file: string;
  meta: TemplateMeta;
  body: Token[];
}

const NAME = /^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*)*$/;

export function parseTemplate(text: string, file: string): ParsedTemplate {
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // The one front-matter reader notes are read with.
  const fm = readFrontMatter(src);
  if (!fm.span || !fm.yaml) throw new TemplateError(file, 1, 1, 'a template starts with front matter between two "---" lines (id, type, lang, title, variables)');
  if (fm.problem) {
    const before = src.slice(0, fm.problem.span.start).split('\n');
    throw new TemplateError(file, before.length, before[before.length - 1]!.length + 1, fm.problem.message);
  }
  const bodyStart = fm.span.end + (src[fm.span.end] === '\n' ? 1 : 0);
  const meta = parseMeta(fm.data, src.slice(fm.yaml.start, fm.yaml.end), file);
  const bodyStartLine = src.slice(0, bodyStart).split('\n').length;
  const body = tokenize(src.slice(bodyStart), file, bodyStartLine, meta.variables);
  return { file, meta, body };
}

function parseMeta(data: Record<string, unknown>, yamlText: string, file: string): TemplateMeta {
  const lineOf = (key: string): number => {
    const i = yamlText.split('\n').findIndex(l => l.startsWith(`${key}:`));
    return i < 0 ? 1 : i + 2;
  };
  const fail = (key: string, reason: string): never => { throw new TemplateError(file, lineOf(key), 1, reason); };
  const d = data;
  for (const key of ['id', 'type', 'lang', 'title']) {
    if (typeof d[key] !== 'string' || !(d[key] as string).trim()) fail(key, `front matter needs "${key}" (a non-empty string)`);
  }
  if (!noteType(d.type as string)) fail('type', `unknown note type "${d.type}"; valid types: ${NOTE_TYPE_IDS.join(', ')}`);
  if (!isLang(d.lang)) fail('lang', `unknown language "${d.lang}"; valid languages: en, fr`);
  const principles = d.principles ?? [];
  if (!Array.isArray(principles) || principles.some(p => typeof p !== 'string' || !/^P\d+$/.test(p))) {
    fail('principles', 'principles must be a list like [P1, P13]');
  }
  const variables: Record<string, string> = {};
  if (d.variables !== undefined && d.variables !== null) {
    if (typeof d.variables !== 'object' || Array.isArray(d.variables)) fail('variables', 'variables must map each name to the hint the writer sees');
    for (const [name, hint] of Object.entries(d.variables as Record<string, unknown>)) {
      if (!NAME.test(name)) fail('variables', `variable name "${name}" must be letters, digits and dashes`);
      if (BUILTIN_NAMES.has(name)) fail('variables', `variable "${name}" is built in; do not declare it`);
      if (typeof hint !== 'string' || !hint.trim()) fail('variables', `variable "${name}" needs a hint (a non-empty string)`);
      variables[name] = (hint as string).trim();
    }
  }
  return {
    id: d.id as string, type: d.type as NoteTypeId, lang: d.lang as Lang, title: d.title as string,
    description: typeof d.description === 'string' ? d.description : undefined,
    principles: principles as string[], variables,
  };
}

function tokenize(body: string, file: string, firstLine: number, declared: Record<string, string>): Token[] {
  const tokens: Token[] = [];
  const lines = body.split('\n');
  lines.forEach((rawLine, i) => {
    const line = firstLine + i;
    const nl = i < lines.length - 1 ? '\n' : '';
    // A line holding only a comment disappears entirely, newline included.
    if (/^\s*\{\{![^}]*\}\}\s*$/.test(rawLine)) return;
    let text = '';
    let pos = 0;
    while (pos < rawLine.length) {
      const open = rawLine.indexOf('{{', pos);
      const strayClose = rawLine.indexOf('}}', pos);
      if (strayClose >= 0 && (open < 0 || strayClose < open)) {
        throw new TemplateError(file, line, strayClose + 1, '"}}" without a matching "{{"');
      }
      if (open < 0) { text += rawLine.slice(pos); break; }
      text += rawLine.slice(pos, open);
      const close = rawLine.indexOf('}}', open + 2);
      if (close < 0) throw new TemplateError(file, line, open + 1, 'unclosed placeholder: "{{" without "}}" on the same line');
      const inner = rawLine.slice(open + 2, close);
      if (inner.includes('{{')) throw new TemplateError(file, line, open + 1, 'placeholders cannot be nested');
      if (!inner.startsWith('!')) {
        const name = inner.trim();
        if (!NAME.test(name)) throw new TemplateError(file, line, open + 1, `malformed placeholder "{{${inner}}}": a name like {{client.name}} is expected`);
        if (!BUILTIN_NAMES.has(name) && !(name in declared)) {
          throw new TemplateError(file, line, open + 1,
            `unknown placeholder {{${name}}}: declare it under "variables:" in the front matter, or use a built-in one (${[...BUILTIN_NAMES].join(', ')})`);
        }
        if (text) tokens.push({ kind: 'text', text });
        text = '';
        tokens.push({ kind: 'var', name, line, column: open + 1 });
      }
      pos = close + 2;
    }
    text += nl;
    if (text) tokens.push({ kind: 'text', text });
  });
  return tokens;
}
