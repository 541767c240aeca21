// Text left from a template, found in a note's source: "[hint]" brackets, "<hint>" angle hints,
// raw {{name}} / ${1:hint} syntax, TODO-style markers, and a template's hint left as plain text
// (an editor tab stop nobody typed over). Code, links, task boxes, footnotes and front matter
// are not text a client reads as a placeholder, so they never match.
import type { Nodes, Root } from 'mdast';
import { parseBounded } from '../../markdown/bounded-parse.js';
import type { Span } from '../types.js';
import { BUILTIN_HINTS } from './builtin-hints.generated.js';
import type { PlaceholderHint } from './hints.js';
import { escapeRegExp as escapeRe } from '../text/normalize.js';

export type PlaceholderKind = 'bracket' | 'angle' | 'syntax' | 'marker' | 'hint';

export interface Placeholder { kind: PlaceholderKind; text: string; span: Span; }

export interface PlaceholderOptions {
  /** The note's parsed tree (the engine passes its own); parsed here when absent. */
  tree?: Root;
  /** Hints of the workspace's templates, on top of the built-in ones. */
  hints?: readonly PlaceholderHint[];
}

// [Client name], [nom du client]: not a link ([x](u), [x][r]), a definition ([r]: u), an escaped
// bracket, a footnote [^1], a task box [ ], a citation [1] or an elision [...] / [sic].
const BRACKET = /(?<![\\\]!])\[(?!\^)([^[\]\n]{2,120})\](?![([])/gu;
// <date>, <nom du client>: one to six words, no URL, mail, attribute or closing tag.
const ANGLE = /(?<!\\)<([\p{L}][\p{L}\p{N} '’._-]{0,60})>/gu;
const SYNTAX = /\{\{[^{}\n]{1,80}\}\}|\$\{\d+(?::[^}\n]*)?\}/g;
// Mail-merge fields from other tools: {first_name}, {Prénom}, *|FNAME|*, %FIRSTNAME%.
const MERGE = /(?<![{$\\\p{L}\p{N}])\{(?!\{)([\p{L}_][\p{L}\p{N}_ .-]{1,40})\}(?!\})|\*\|[A-Z][A-Z0-9_]{1,30}\|\*|(?<![\p{L}\p{N}%])%[A-Z][A-Z0-9_]{2,30}%(?![\p{L}\p{N}])/gu;
// Capitals only: "todo" and « à définir ensemble » are words, TODO and À COMPLÉTER are leftovers.
// Date masks from paper templates (XX/XX/XXXX, JJ/MM/AAAA, DD/MM) and form blanks (« le ___ »).
const MARKER = /(?<![\p{L}\p{N}_])(?:TODO|TBD|FIXME|X{3,}|(?:À|A) (?:COMPLÉTER|COMPLETER|PRÉCISER|PRECISER|DÉFINIR|DEFINIR|REMPLIR)|(?:XX|JJ|DD|MM)\/(?:XX|MM|DD|JJ)(?:\/(?:XXXX|AAAA|YYYY|XX|AA|YY))?)(?![\p{L}\p{N}_])|\b[Ll]orem ipsum\b|(?<=[\p{L}\p{N},:;][ \t\u00a0]{1,3})_{3,}(?![\p{L}\p{N}_])/gu;
const ELISION = /^(?:\.{3}|…|sic|\.\.\.)$/iu;
// Elements people write in Markdown: <br>, <kbd>, <details>… are markup, not a hint.
const HTML_TAGS = new Set(('a abbr b br code del details div em h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp '
  + 'small span strong sub summary sup table tbody td th thead tr u ul var video audio picture source figure figcaption center font').split(' '));
// Node types whose text is code, data or a link target, not prose.
const SKIP = new Set(['code', 'inlineCode', 'yaml', 'definition', 'linkReference', 'imageReference', 'image', 'footnoteReference']);

const apostrophes = (s: string): string => s.replace(/’/g, "'");
const LETTERS = /\p{L}.*\p{L}/u;

/** Blockquotes: the client's own words, where "[the files]" is an editorial bracket and TBD theirs. */
function quotedSpans(tree: Root): Span[] {
  const out: Span[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'blockquote' && n.position?.start.offset !== undefined && n.position.end.offset !== undefined) {
      out.push({ start: n.position.start.offset, end: n.position.end.offset });
    } else if ('children' in n) for (const c of n.children) stack.push(c as Nodes);
  }
  return out;
}

function skippedSpans(tree: Root): Span[] {
  const out: Span[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const n = stack.pop()!;
    const p = n.position;
    const isComment = n.type === 'html' && n.value.startsWith('<!--');
    if ((SKIP.has(n.type) || isComment || (n.type === 'link' && /^(?:https?:|mailto:)/.test(n.url) && n.children.length === 1 && n.children[0]!.type === 'text' && (n.children[0] as { value: string }).value === n.url.replace(/^mailto:/, '')))
      && p?.start.offset !== undefined && p.end.offset !== undefined) {
      out.push({ start: p.start.offset, end: p.end.offset });
      continue;
    }
    if ('children' in n) for (const c of n.children) stack.push(c as Nodes);
  }
  return out.sort((a, b) => a.start - b.start);
}

function inside(spans: Span[], s: Span): boolean {
  return spans.some(k => s.start < k.end && s.end > k.start);
}

/** The text on the same line before `start` and after `end`. */
function lineAround(text: string, start: number, end: number): { before: string; after: string } {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  let le = text.indexOf('\n', end);
  if (le === -1) le = text.length;
  return { before: text.slice(ls, start), after: text.slice(end, le) };
}

const MARKUP = /^[\s>*_#|+-]*(?:\d+[.)]\s+)?(?:\[[ xX]\]\s+)?[*_]*$/;
const TRAILING = /^[*_]*\s*[.,;:!?]?\s*(?:\|.*)?$/;

/** Whether a plain-text hint at this place is the template's leftover, not the writer's words. */
function isLeftover(h: { hint: string; contexts: PlaceholderHint[] }, before: string, after: string): boolean {
  const words = h.hint.trim().split(/\s+/).length;
  // A long hint is never the writer's own words; a short one (« numéro de facture ») can be, so it needs its template context.
  if (words >= 3 && h.hint.length >= 24) return true;
  const b = apostrophes(before).replace(/\s+/g, ' ');
  const a = apostrophes(after).replace(/\s+/g, ' ');
  for (const c of h.contexts) {
    const cb = apostrophes(c.before).replace(/\s+/g, ' ');
    const ca = apostrophes(c.after).replace(/\s+/g, ' ');
    if (LETTERS.test(cb) && b.endsWith(cb)) return true;
    if (LETTERS.test(ca) && a.startsWith(ca)) return true;
  }
  // The hint fills a line, a list item or a table cell on its own.
  const cellBefore = b.lastIndexOf('|') >= 0 ? b.slice(b.lastIndexOf('|') + 1) : b;
  return (MARKUP.test(cellBefore) || /^\s*$/.test(cellBefore)) && TRAILING.test(a);
}

type HintEntry = { hint: string; contexts: PlaceholderHint[] };
type HintMatcher = { re: RegExp; entry: (found: string) => HintEntry | undefined } | null;
// Keyed by the workspace hints array (the CLI and the editor pass the same one for every note).
const hintCache = new WeakMap<readonly PlaceholderHint[], HintMatcher>();

// A hint may show a date computed from today ("e.g. {date.yesterday}", templates/dates.ts writes it
// "Monday 30 November 2026" / "lundi 30 novembre 2026"): that slot matches any such date.
const DATE_SLOT = /\\\{date\\\.[A-Za-z]+\\\}/g;
const LONG_DATE = '\\p{L}+ \\d{1,2}(?:er)? \\p{L}+ \\d{4}';
const hintPattern = (key: string): string => escapeRe(key).replace(DATE_SLOT, LONG_DATE);

function hintMatcher(extra: readonly PlaceholderHint[] = BUILTIN_HINTS): HintMatcher {
  if (hintCache.has(extra)) return hintCache.get(extra)!;
  const hints = extra === BUILTIN_HINTS ? BUILTIN_HINTS : [...BUILTIN_HINTS, ...extra];
  const byText = new Map<string, HintEntry>();
  for (const h of hints) {
    const key = apostrophes(h.hint.trim());
    if (key.length < 3) continue;
    const e = byText.get(key) ?? { hint: key, contexts: [] };
    e.contexts.push(h);
    byText.set(key, e);
  }
  const keys = [...byText.keys()].sort((a, b) => b.length - a.length);
  const slotted = keys.filter(k => /\{date\.[A-Za-z]+\}/.test(k)).map(k => ({ re: new RegExp(`^${hintPattern(k)}$`, 'u'), e: byText.get(k)! }));
  const entry = (found: string) => byText.get(found) ?? slotted.find(x => x.re.test(found))?.e;
  const m = keys.length ? { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map(hintPattern).join('|')})(?![\\p{L}\\p{N}])`, 'gu'), entry } : null;
  hintCache.set(extra, m);
  return m;
}

/** Every placeholder left in `text` (a whole note), in document order, without overlaps. */
export function unfilledPlaceholders(text: string, options: PlaceholderOptions = {}): Placeholder[] {
  const tree = options.tree ?? parseBounded(text).tree;
  const skip = skippedSpans(tree);
  const fmEnd = tree.children[0]?.type === 'yaml' ? tree.children[0].position?.end.offset ?? 0 : 0;
  // What the tree covers: a huge note gets a line-level tree over its first part only.
  const scanned = text.slice(0, Math.max(fmEnd, ...tree.children.map(c => c.position?.end.offset ?? 0)));
  const quoted = quotedSpans(tree);
  const found: Placeholder[] = [];
  const add = (kind: PlaceholderKind, start: number, end: number): void => {
    const span = { start, end };
    if (start < fmEnd || inside(skip, span)) return;
    // In a quote only what a template writes counts: its hints and its {{syntax}}.
    if (kind !== 'hint' && kind !== 'syntax' && inside(quoted, span)) return;
    found.push({ kind, text: text.slice(start, end), span });
  };
  const scan = (re: RegExp, kind: PlaceholderKind, keep: (m: RegExpExecArray) => boolean = () => true): void => {
    re.lastIndex = 0;
    for (let m = re.exec(scanned); m; m = re.exec(scanned)) if (keep(m)) add(kind, m.index, m.index + m[0].length);
  };
  // "[label]: url" opening a line is a link definition; "for [Client name]: what we agree on" is a hint.
  // (Only the four characters before it are read: a search back to the line start would be
  // quadratic on one long line of "[x]:".)
  const definition = (m: RegExpExecArray): boolean => scanned[m.index + m[0].length] === ':'
    && /(?:^|\n)[ \t]{0,3}$/.test((m.index < 4 ? '\n' : '') + scanned.slice(Math.max(0, m.index - 4), m.index));
  scan(BRACKET, 'bracket', m => LETTERS.test(m[1]!) && !ELISION.test(m[1]!.trim()) && !definition(m));
  scan(ANGLE, 'angle', m => !HTML_TAGS.has(m[1]!.split(/\s/)[0]!.toLowerCase()) && !/^[a-z]+-[a-z0-9-]+$/.test(m[1]!));
  scan(SYNTAX, 'syntax');
  scan(MERGE, 'syntax', m => m[1] === undefined || LETTERS.test(m[1]));
  scan(MARKER, 'marker');
  const matcher = hintMatcher(options.hints?.length ? options.hints : undefined);
  if (matcher) {
    const norm = apostrophes(scanned);
    matcher.re.lastIndex = 0;
    for (let m = matcher.re.exec(norm); m; m = matcher.re.exec(norm)) {
      const entry = matcher.entry(m[0]);
      if (!entry) continue;
      const around = lineAround(norm, m.index, m.index + m[0].length);
      if (isLeftover(entry, around.before, around.after)) add('hint', m.index, m.index + m[0].length);
    }
  }
  // Longest first at each place: "[contact name]" beats the hint inside it.
  found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: Placeholder[] = [];
  for (const p of found) {
    const prev = out[out.length - 1];
    if (prev && p.span.start < prev.span.end) continue;
    out.push(p);
  }
  return out;
}
