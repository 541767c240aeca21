// Runs one rule the way users get it: through the engine (lintNote), so the rule sees the engine's
// own NoteContext (front matter, bounded parse, sections, language, dates), not a stand-in.
import type { Root } from 'mdast';
import type { Lang } from '../../../../src/core/ports.js';
import { fixedClock } from '../../../../src/core/ports.js';
import { isLiaisonMessage, lintNote } from '../../../../src/core/lint/engine.js';
import { parseMarkdown } from '../../../../src/core/markdown/processor.js';
import type { Finding, LintRule, NoteContext } from '../../../../src/core/lint/types.js';
import type { NoteTypeId } from '../../../../src/core/notes/note-types.js';
import { testClock } from '../../helpers/clock.js';

/** The tree the engine lints (the shared processor). */
export function parseNote(text: string): Root {
  return parseMarkdown(text);
}

export interface ContextOptions { lang?: Lang; glossary?: string[]; refDate?: Date; type?: NoteTypeId; }

function engineOptions(opts: ContextOptions) {
  return {
    lang: opts.lang, glossary: opts.glossary ?? [], clock: opts.refDate ? fixedClock(opts.refDate) : testClock,
    // The type, as a user gives it without front matter: the file name.
    path: opts.type ? `notes/${opts.type}.md` : 'note.md',
  };
}

/** The context the engine builds for this note (captured from inside a real lint run). */
export function makeContext(text: string, opts: ContextOptions = {}): NoteContext {
  let seen: NoteContext | undefined;
  const spy: LintRule = {
    id: 'context-spy', summary: { en: 'spy', fr: 'espion' }, why: { en: 'test', fr: 'test' }, principles: [], defaultSeverity: 'warning', options: {},
    examples: { valid: [], invalid: [] }, check(ctx) { seen = ctx; return []; },
  };
  lintNote(text, { ...engineOptions(opts), rules: [spy] });
  if (!seen) throw new Error('the engine did not run the rule');
  return seen;
}

/** Runs a rule through the engine with the given options; returns its findings in note order. */
export function run(rule: LintRule, text: string, opts: ContextOptions = {}, options: Record<string, unknown> = {}): Finding[] {
  const file = lintNote(text, {
    ...engineOptions(opts), rules: [rule],
    config: { rules: { [rule.id]: { severity: rule.defaultSeverity, options } } },
  });
  const crashed = file.messages.find(m => m.ruleId === rule.id && /failed on this note/.test(m.reason));
  if (crashed) throw new Error(crashed.reason);
  return file.messages.filter(isLiaisonMessage).filter(m => m.liaison.ruleId === rule.id)
    .map(m => ({ span: m.liaison.span, message: m.liaison.message, fixes: m.liaison.fixes }));
}

/** The text each finding points at. */
export function flagged(rule: LintRule, text: string, opts: ContextOptions = {}, options: Record<string, unknown> = {}): string[] {
  return run(rule, text, opts, options).map((f) => text.slice(f.span.start, f.span.end));
}
