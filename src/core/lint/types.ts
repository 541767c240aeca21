// The contract between the lint engine and its rules. A rule is one file in rules/<id>.ts
// exporting a LintRule; registry.ts lists them. Docs and the config schema are generated from
// these fields, and one generic test runs every rule's examples.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Lang } from '../ports.js';
import type { NoteTypeId } from '../notes/note-types.js';
import type { PlaceholderHint } from './placeholders/hints.js';

export type Severity = 'off' | 'warning' | 'error';

/** 0-based offsets into the note's full text (front matter included). */
export interface Span { start: number; end: number; }

export interface RuleExample {
  lang: Lang;
  /** A whole note, front matter included when the rule needs a type or date. */
  text: string;
  /** For invalid examples: how many findings the rule must report (default 1). */
  count?: number;
  /** Shown in the generated doc. */
  note?: string;
}

export interface OptionDef {
  type: 'number' | 'string' | 'boolean' | 'string[]';
  default: unknown;
  description: string;
}

/** A text edit a quick fix applies. `snippet` text may hold ${1:tab stops} (VS Code snippet syntax). */
export interface Fix {
  title: Record<Lang, string>;
  span: Span;
  text: string;
  snippet?: boolean;
  /** Safe fixes run in "fix all"; unsafe ones only when picked. */
  safe: boolean;
}

export interface Sentence {
  text: string;
  span: Span;
  /** Language of this sentence as detected; the note's for a sentence too short to tell. */
  lang: Lang;
  /** False when `lang` is only the note's default in a note that mixes languages (check with both). */
  langKnown?: boolean;
  /** Sentences inside a blockquote are the client's words, not the author's. */
  quoted: boolean;
  /** Index of the section (by heading) the sentence belongs to; -1 before the first heading. */
  section: number;
}

export interface Section {
  heading: string;
  depth: number;
  span: Span;           // from heading start to the next heading of same or higher level
  headingSpan: Span;
  /** Section id from note-types.ts matched by this heading, for the note's type or any type. */
  sectionId?: string;
}

/** A date mentioned in the text, understood by the date parser. */
export interface DateMention {
  text: string;
  span: Span;
  date: Date;
  /** True when day and month are known (certain), not only a weekday or "next week". */
  concrete: boolean;
}

export interface NoteContext {
  text: string;
  tree: Root;
  file: VFile;
  type?: NoteTypeId;
  /** Languages to check with: one, or both when the note mixes them. */
  langs: Lang[];
  /** The note's `date:` (or today) that relative dates are resolved against. */
  refDate: Date;
  /** Update cadence in days, from the profile (next-contact-date). */
  cadenceDays?: number;
  /** Terms already explained to this client (profile glossary). */
  glossary: string[];
  frontMatter: Record<string, unknown>;
  /** Hints of the workspace's own templates (unfilled-placeholder); the built-in ones are known. */
  placeholderHints?: readonly PlaceholderHint[];
  sentences(): Sentence[];
  sections(): Section[];
  dates(span?: Span): DateMention[];
}

export interface Finding {
  message: Record<Lang, string>;
  span: Span;
  fixes?: Fix[];
}

export interface LintRule<O extends Record<string, unknown> = Record<string, unknown>> {
  id: string;
  summary: Record<Lang, string>;
  /** Principles (P1..P17, docs/principles.md) the rule enforces. */
  principles: string[];
  /** The principle in words: why a client note should pass this rule. Printed in the rule's doc. */
  why: Record<Lang, string>;
  defaultSeverity: Exclude<Severity, 'off'>;
  options: { [K in keyof O]: OptionDef };
  /** Note types the rule applies to; undefined = every note, typed or not. */
  types?: NoteTypeId[];
  examples: { valid: RuleExample[]; invalid: RuleExample[] };
  check(ctx: NoteContext, options: O): Finding[];
}
