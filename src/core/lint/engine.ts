// The lint engine: builds a NoteContext for one note, runs every enabled rule, and turns findings
// into vfile messages (ruleId, source 'liaison', position, url, fatal for error severity).
// Bounded: past `maxFullLintBytes` the note is not parsed (micromark is superlinear); its lines are
// checked by the rules that need no structure, and one finding says so.
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { systemClock, type Clock, type Lang } from '../ports.js';
import { lineParagraphs, parseBoundedSteps, type ParseCache } from '../markdown/bounded-parse.js';
import { readFrontMatter } from '../markdown/front-matter.js';
import { frontMatterWarnings } from '../notes/front-matter-checks.js';
import { dateFromFrontMatter, firstHeadingText, langFromFrontMatter, typeFromFileName, typeFromFrontMatter, typeFromTitle } from '../notes/note-info.js';
import { sectionIdOf } from '../notes/sections.js';
import { NOTE_TYPE_IDS } from '../notes/note-types.js';
import { splitSentences } from './text/sentences.js';
import { findDates, type DateLineCache } from './text/dates.js';
import { detectLanguage } from './text/language.js';
import { detectSentenceLang } from './language/detect.js';
import { lineOf, lineStarts, parseControlComments } from './control-comments.js';
import { DEFAULT_MAX_FULL_LINT_BYTES, type ConfigProblem, type LintConfig } from './config.js';
import { RULES } from './registry.js';
import type { PlaceholderHint } from './placeholders/hints.js';
import { spansSize, withMemo, type LintMemo } from './memo.js';
import type { DateMention, Finding, Fix, LintRule, NoteContext, Section, Sentence, Severity, Span } from './types.js';

/** Past this size even line-level checks stop (the rest of a 10 MB file is not read). */
const LINE_LEVEL_LIMIT = 512 * 1024;
/** Past this many findings one rule stops reporting on a note: nobody reads 10,000 squiggles. */
export const MAX_FINDINGS_PER_RULE = 200;

/** A rule's doc, relative to the Liaison package root: the extension and the CLI both ship docs/rules/,
 *  and each resolves this against where it is installed (offline, no web URL). */
export const ruleUrl = (id: string): string => `docs/rules/${id}.md`;

/** Findings that come from the engine itself, not from a rule file. */
export const PSEUDO_RULES = {
  'front-matter': { severity: 'error', summary: { en: 'Front matter must be valid YAML with a known `type:`.', fr: 'Le front matter doit être du YAML valide avec un `type:` connu.' } },
  'lint-config': { severity: 'error', summary: { en: 'Lint configuration must be valid (reported with its key path).', fr: 'La configuration du linter doit être valide (signalée avec son chemin de clé).' } },
  'note-too-large': { severity: 'warning', summary: { en: 'Notes past the size limit get line-level checks only.', fr: 'Au-delà de la taille limite, seules les vérifications ligne par ligne sont faites.' } },
} as const satisfies Record<string, { severity: Exclude<Severity, 'off'>; summary: Record<Lang, string> }>;

export interface LintOptions {
  /** File path: used for the type from the file name and for reports. */
  path?: string;
  /** Language from the profile or setting (after front matter `lang:`, before detection). */
  lang?: Lang;
  config?: LintConfig;
  /** Problems found while loading the config; reported on the note, with their key paths. */
  configProblems?: ConfigProblem[];
  cadenceDays?: number;
  glossary?: string[];
  /** Hints of the workspace's templates (see placeholders/hints.ts workspaceTemplateHints). */
  placeholderHints?: readonly PlaceholderHint[];
  /** Gives "today" for notes without a `date:` (tests pass a fixed clock). */
  clock?: Clock;
  /** Language of the messages written to the vfile (`reason`); both are kept in `liaison.message`. */
  uiLang?: Lang;
  rules?: readonly LintRule[];
  maxFullLintBytes?: number;
  /** Chunks parsed before (the editor keeps one per session: see lint/incremental.ts). */
  parseCache?: ParseCache;
  /** Log facts about this note's sending (the shell reads the log; rules never read files). */
  sent?: readonly { at: string; sha256: string }[];
  /** Sentence answers kept across runs (the editor keeps one per session: see lint/memo.ts); else one per lint. */
  memo?: LintMemo;
}

/** What the engine attaches to each vfile message, for reporters and quick fixes. */
export interface LiaisonData {
  ruleId: string;
  severity: Exclude<Severity, 'off'>;
  message: Record<Lang, string>;
  span: Span;
  fixes: Fix[];
}
export type LiaisonMessage = VFileMessage & { liaison: LiaisonData };

export function isLiaisonMessage(m: VFileMessage): m is LiaisonMessage {
  return typeof (m as Partial<LiaisonMessage>).liaison === 'object';
}

/** Lints one note's text; never throws. */
export function lintNote(text: string, options: LintOptions = {}): VFile {
  const steps = lintSteps(text, options);
  for (;;) { const r = steps.next(); if (r.done) return r.value; }
}

/** lintNote in steps: it yields after the parse and after each rule, so a caller can stop a stale
 *  run or let other work through (lint/incremental.ts); run to the end it returns the findings. */
export function* lintSteps(text: string, options: LintOptions = {}): Generator<void, VFile, void> {
  const file = new VFile({ path: options.path, value: text });
  const starts = lineStarts(text);
  const uiLang = options.uiLang ?? 'en';
  const control = parseControlComments(text, starts);
  const emit = (ruleId: string, severity: Exclude<Severity, 'off'>, f: Finding): void => {
    const span = clampSpan(f.span, text.length);
    const startLine = lineOf(starts, span.start);
    if (control.isDisabled(ruleId, startLine)) return;
    const endLine = lineOf(starts, span.end);
    const msg = new VFileMessage(f.message[uiLang] ?? f.message.en, {
      place: {
        start: { line: startLine, column: span.start - starts[startLine - 1]! + 1, offset: span.start },
        end: { line: endLine, column: span.end - starts[endLine - 1]! + 1, offset: span.end },
      },
      ruleId, source: 'liaison',
    }) as LiaisonMessage;
    msg.fatal = severity === 'error';
    msg.url = ruleUrl(ruleId);
    msg.file = file.path ?? '';
    msg.liaison = { ruleId, severity, message: f.message, span, fixes: f.fixes ?? [] };
    file.messages.push(msg);
  };

  for (const p of options.configProblems ?? []) {
    const where = p.source ? `${p.source.split('/').pop()}: ` : '';
    const key = p.path ? `${p.path}: ` : '';
    emit('lint-config', 'error', { span: { start: 0, end: 0 }, message: { en: `${where}${key}${p.message}`, fr: `${where}${key}${p.fr ?? p.message}` } });
  }

  const fm = readFrontMatter(text);
  if (fm.problem) emit('front-matter', 'error', { span: fm.problem.span, message: { en: fm.problem.message, fr: `Front matter invalide : ${fm.problem.message}` } });
  if (typeof fm.data.type === 'string' && !typeFromFrontMatter(fm.data)) {
    emit('front-matter', 'error', { span: fm.span ?? { start: 0, end: 0 },
      message: { en: `Unknown note type \`${fm.data.type}\`: use one of ${listTypes()}.`, fr: `Type de note inconnu \`${fm.data.type}\` : utilisez l'un de ${listTypes()}.` } });
  }

  // A `date:` that is no day of the calendar (2026-02-30) would silently fall back to today.
  if (typeof fm.data.date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(fm.data.date.trim()) && !dateFromFrontMatter(fm.data)) {
    emit('front-matter', 'error', { span: fm.span ?? { start: 0, end: 0 },
      message: { en: `\`date: ${fm.data.date.trim()}\` is not a day of the calendar: write the note's date as YYYY-MM-DD.`,
        fr: `\`date: ${fm.data.date.trim()}\` n’est pas un jour du calendrier : écrivez la date de la note au format AAAA-MM-JJ.` } });
  }
  const body = fm.span ? text.slice(fm.span.end) : text;
  const type = typeFromFrontMatter(fm.data) ?? typeFromTitle(firstHeadingText(body) ?? '') ?? (options.path ? typeFromFileName(options.path) : undefined);
  const langs = noteLangs(fm.data, options.lang, body);
  for (const w of frontMatterWarnings(text, fm, langs)) emit('front-matter', 'warning', w);
  const refDate = dateFromFrontMatter(fm.data) ?? startOfDay((options.clock ?? systemClock).now());
  const limit = options.maxFullLintBytes ?? options.config?.maxFullLintBytes ?? DEFAULT_MAX_FULL_LINT_BYTES;
  const large = text.length > limit;

  let tree: Root;
  let structured = !large;
  if (large) {
    const kib = Math.round(limit / 1024);
    const lineLimit = Math.max(limit, LINE_LEVEL_LIMIT);
    const partial = text.length > lineLimit;
    emit('note-too-large', 'warning', { span: { start: 0, end: 0 }, message: partial ? {
      en: `This note is larger than ${kib} KiB: only line-level checks ran, on its first ${Math.round(lineLimit / 1024)} KiB. Split it, or raise liaison.lint.maxFullLintBytes.`,
      fr: `Cette note dépasse ${kib} Kio : seules les vérifications ligne par ligne ont été faites, sur ses ${Math.round(lineLimit / 1024)} premiers Kio. Découpez-la ou augmentez liaison.lint.maxFullLintBytes.` } : {
      en: `This note is larger than ${kib} KiB: only line-level checks ran. Split it, or raise liaison.lint.maxFullLintBytes.`,
      fr: `Cette note dépasse ${kib} Kio : seules les vérifications ligne par ligne ont été faites. Découpez-la ou augmentez liaison.lint.maxFullLintBytes.` } });
    tree = lineTree(text, fm.span?.end ?? 0, Math.min(text.length, lineLimit));
  } else {
    // In steps: a large note's parse yields between chunks (lint/incremental.ts lets the host's other work through).
    try { tree = (yield* parseBoundedSteps(text, { frontMatterEnd: fm.span?.end, cache: options.parseCache })).tree; }
    catch { tree = lineTree(text, fm.span?.end ?? 0, text.length); structured = false; }
  }

  // Only a caller that lints again (the editor) keeps a memo: within one lint few questions repeat,
  // and a memo per lint cost more than it saved on the corpus.
  const memo = options.memo;
  const ctx = buildContext(text, tree, file, { type: structured ? type : undefined, langs, refDate, frontMatter: fm.data,
    cadenceDays: options.cadenceDays, glossary: options.glossary ?? [], placeholderHints: options.placeholderHints, bodyStart: fm.span?.end ?? 0, sent: options.sent, memo });

  yield;
  const config = options.config?.rules ?? {};
  for (const rule of options.rules ?? RULES) {
    const conf = config[rule.id];
    const severity = conf?.severity ?? rule.defaultSeverity;
    if (severity === 'off') continue;
    if (rule.types && (!ctx.type || !rule.types.includes(ctx.type))) continue;
    const opts: Record<string, unknown> = { ...defaultOptions(rule) };
    Object.assign(opts, conf?.options);
    let findings: Finding[];
    try {
      findings = withMemo(memo, () => rule.check(ctx, opts));
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      emit(rule.id, 'warning', { span: { start: 0, end: 0 }, message: {
        en: `Rule ${rule.id} failed on this note and was skipped (${why.slice(0, 120)}). Please report it.`,
        fr: `La règle ${rule.id} a échoué sur cette note et a été ignorée (${why.slice(0, 120)}). Merci de le signaler.` } });
      continue;
    }
    for (const f of findings.slice(0, MAX_FINDINGS_PER_RULE)) emit(rule.id, severity, f);
    yield;
  }
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return file;
}

// A rule's option defaults, read once per rule instead of once per rule and note.
const DEFAULTS = new WeakMap<LintRule, Readonly<Record<string, unknown>>>();
function defaultOptions(rule: LintRule): Readonly<Record<string, unknown>> {
  let d = DEFAULTS.get(rule);
  if (!d) {
    const out: Record<string, unknown> = {};
    for (const [k, def] of Object.entries(rule.options)) out[k] = def.default;
    DEFAULTS.set(rule, (d = out));
  }
  return d;
}

function listTypes(): string {
  return NOTE_TYPE_IDS.join(', ');
}

function clampSpan(span: Span, length: number): Span {
  const start = Math.max(0, Math.min(length, Math.floor(span.start) || 0));
  const end = Math.max(start, Math.min(length, Math.floor(span.end) || 0));
  return { start, end };
}

export function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

/** Front matter `lang:` wins; else the profile language, joined by the detected one when they differ. */
function noteLangs(data: Record<string, unknown>, setting: Lang | undefined, body: string): Lang[] {
  const fmLang = langFromFrontMatter(data);
  if (fmLang) return [fmLang];
  const sample = body.length > 32 * 1024 ? body.slice(0, 32 * 1024) : body;
  const detected = detectLanguage(sample);
  if (detected.mixed) return ['en', 'fr'];
  if (setting && setting !== detected.lang) return [setting, detected.lang];
  return [detected.lang];
}

/** A cheap stand-in tree for huge notes: one paragraph per non-blank line, up to `end`. */
function lineTree(text: string, from: number, end: number): Root {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < from; i = text.indexOf('\n', i + 1)) line++;
  return { type: 'root', children: lineParagraphs(text, from, end, line) };
}

interface ContextInit {
  type: NoteContext['type']; langs: Lang[]; refDate: Date; frontMatter: Record<string, unknown>;
  cadenceDays?: number; glossary: string[]; placeholderHints?: readonly PlaceholderHint[]; bodyStart: number; sent?: NoteContext['sent'];
  memo?: LintMemo;
}

function buildContext(text: string, tree: Root, file: VFile, init: ContextInit): NoteContext {
  let sentences: Sentence[] | undefined;
  let sections: Section[] | undefined;
  const dateCache = new Map<string, DateMention[]>();
  // A line's dates depend on its text, the languages read and the reference day: kept in the memo
  // when the caller keeps one, else for this note.
  const lineCache = (langs: readonly Lang[]): DateLineCache => {
    const memo = init.memo;
    if (!memo) return new Map<string, DateMention[]>();
    const question = `dates\u0000${langs.join(',')}\u0000${init.refDate.getTime()}`;
    return {
      get: (line) => memo.peek<DateMention[]>(line, question),
      set: (line, found) => memo.put(line, question, found, spansSize(found)),
    };
  };
  const ownLines = lineCache(init.langs);
  let otherLines: DateLineCache | undefined;
  const ctx: NoteContext = {
    text, tree, file, type: init.type, langs: init.langs, refDate: init.refDate,
    cadenceDays: init.cadenceDays, glossary: init.glossary, frontMatter: init.frontMatter, placeholderHints: init.placeholderHints, sent: init.sent,
    sentences: () => (sentences ??= splitSentences(tree, text, init.langs[0]!, init.langs.length > 1)),
    sections: () => (sections ??= collectSections(tree, text, init.type)),
    dates(span) {
      // Per span, cached: rules ask about a few sentences, and chrono on the whole body costs more.
      const s = Math.max(span?.start ?? init.bodyStart, init.bodyStart);
      const e = Math.max(s, span?.end ?? text.length);
      const key = `${s}:${e}`;
      let hit = dateCache.get(key);
      if (!hit) {
        const slice = text.slice(s, e);
        const read = (offset: number): DateMention[] => {
          // An English sentence in a French note has English dates: a span mostly in the other language is read in it too.
          const langs = [...init.langs];
          const own = langs.length === 1 && e - s <= 4000 ? detectSentenceLang(slice) : undefined;
          if (own && !langs.includes(own)) langs.push(own);
          const cache = langs.length === init.langs.length ? ownLines : (otherLines ??= lineCache(langs));
          return findDates(slice, langs, init.refDate, offset, cache);
        };
        // The whole answer is a function of the span's text, the note's languages and its day.
        hit = init.memo
          ? moved(init.memo.answer(slice, `dates-span\u0000${init.langs.join(',')}\u0000${init.refDate.getTime()}`, () => read(0), spansSize), s)
          : read(s);
        dateCache.set(key, hit);
      }
      return hit;
    },
  };
  return ctx;
}

/** Memoised mentions (at offset 0) moved to `offset`, as copies. */
function moved(found: readonly DateMention[], offset: number): DateMention[] {
  return found.map((d) => ({ text: d.text, span: { start: d.span.start + offset, end: d.span.end + offset }, date: new Date(d.date.getTime()), concrete: d.concrete }));
}

/** Every heading in document order (the index Sentence.section refers to), with its section span. */
function collectSections(tree: Root, text: string, type: NoteContext['type']): Section[] {
  const heads: Heading[] = [];
  const walk = (node: Root | RootContent): void => {
    if (node.type === 'heading') { heads.push(node); return; }
    if ('children' in node) for (const c of node.children) walk(c as RootContent);
  };
  walk(tree);
  return heads.map((h, i) => {
    const start = h.position?.start.offset ?? 0;
    const headEnd = h.position?.end.offset ?? start;
    let end = text.length;
    for (let j = i + 1; j < heads.length; j++) {
      if (heads[j]!.depth <= h.depth) { end = heads[j]!.position?.start.offset ?? end; break; }
    }
    const heading = toString(h).trim();
    // The note's title ("Progress report", « Point d'avancement ») names the note, not one of its sections.
    const title = i === 0 && h.depth === 1 && !heads.some((o, j) => j > 0 && o.depth === 1);
    return { heading, depth: h.depth, span: { start, end }, headingSpan: { start, end: headEnd }, sectionId: title ? undefined : sectionIdOf(heading, type) };
  });
}
