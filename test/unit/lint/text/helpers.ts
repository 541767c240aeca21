// Builds a NoteContext the way the engine does, from unified + remark, so the phrase rules can be
// tested without the engine. Front matter `lang:`/`date:` are honoured; otherwise detection.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { parse as parseYaml } from 'yaml';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import type { Lang } from '../../../../src/core/ports.js';
import type { Finding, LintRule, NoteContext, Span } from '../../../../src/core/lint/types.js';
import type { NoteTypeId } from '../../../../src/core/notes/note-types.js';
import { splitSentences } from '../../../../src/core/lint/text/sentences.js';
import { findDates } from '../../../../src/core/lint/text/dates.js';
import { detectLanguage } from '../../../../src/core/lint/text/language.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

export function parseNote(text: string): Root {
  return processor.parse(text);
}

export interface ContextOptions { lang?: Lang; glossary?: string[]; refDate?: Date; type?: NoteTypeId; }

export function makeContext(text: string, opts: ContextOptions = {}): NoteContext {
  const tree = parseNote(text);
  let fm: Record<string, unknown> = {};
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    try { fm = (parseYaml(first.value) as Record<string, unknown>) ?? {}; } catch { fm = {}; }
  }
  const detected = detectLanguage(text);
  const lang: Lang = opts.lang ?? (fm.lang === 'fr' || fm.lang === 'en' ? fm.lang : detected.lang);
  const mixed = !opts.lang && fm.lang === undefined && detected.mixed;
  const langs: Lang[] = mixed ? ['en', 'fr'] : [lang];
  const refDate = opts.refDate ?? (typeof fm.date === 'string' || fm.date instanceof Date ? new Date(fm.date as string) : new Date('2026-11-23T09:00:00Z'));
  let sentences: ReturnType<NoteContext['sentences']> | undefined;
  return {
    text, tree, file: new VFile({ value: text, path: 'note.md' }), type: opts.type ?? (fm.type as NoteTypeId | undefined),
    langs, refDate, glossary: opts.glossary ?? [], frontMatter: fm,
    sentences: () => (sentences ??= splitSentences(tree, text, lang, mixed)),
    sections: () => [],
    dates: (span?: Span) => span ? findDates(text.slice(span.start, span.end), langs, refDate, span.start) : findDates(text, langs, refDate),
  };
}

/** Runs a rule with its default options on a note; returns the findings. */
export function run(rule: LintRule, text: string, opts: ContextOptions = {}, options: Record<string, unknown> = {}): Finding[] {
  const defaults = Object.fromEntries(Object.entries(rule.options).map(([k, d]) => [k, d.default]));
  return rule.check(makeContext(text, opts), { ...defaults, ...options });
}

/** The text each finding points at. */
export function flagged(rule: LintRule, text: string, opts: ContextOptions = {}, options: Record<string, unknown> = {}): string[] {
  return run(rule, text, opts, options).map((f) => text.slice(f.span.start, f.span.end));
}
