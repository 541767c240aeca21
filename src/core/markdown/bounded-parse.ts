// Parsing with a bound on the work. micromark is superlinear on one large document and on some
// shapes (deep nesting, long delimiter runs, huge tables): a 250 KiB table or 2 KiB of "- - - -"
// takes seconds. So the note is cut into chunks at top-level blank lines, each parsed on its own
// and shifted back into place; a block that is too large or looks hostile becomes plain
// line paragraphs (what the line-level rules need) instead of being parsed.
import type { Nodes, Root, RootContent } from 'mdast';
import { parseMarkdown } from './processor.js';
import { joinGroups, listGroups } from './list-groups.js';

export interface BoundedParse { tree: Root; /** Blocks that were not parsed (too large or hostile). */ degraded: number; }

export interface BoundOptions {
  /** End of the front matter block, kept whole in the first chunk. */
  frontMatterEnd?: number;
  chunkBytes?: number;
  maxBlockBytes?: number;
  /** Parsed chunks by their text (see lint/incremental.ts): an edit re-parses only the chunk it touches. */
  cache?: ParseCache;
}

/** Trees of chunks parsed before, keyed by the chunk's text; the trees stored are never mutated. */
export interface ParseCache {
  get(chunk: string): Root | undefined;
  set(chunk: string, tree: Root): void;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Hostile shapes micromark handles in quadratic time or deep recursion. */
export function looksHostile(block: string): boolean {
  let special = 0;
  for (let i = 0; i < block.length; i++) {
    const c = block.charCodeAt(i);
    // * _ [ ] < > ` | ! & \ ~ and list/quote markers
    if (c === 42 || c === 95 || c === 91 || c === 93 || c === 60 || c === 62 || c === 96 || c === 124 || c === 33 || c === 38 || c === 92 || c === 126) special++;
  }
  if (block.length > 1024 && special / block.length > 0.3) return true;
  // Deep container nesting on one line: "> > > >", "- - - -", "> - > -".
  return /^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$)){12}/m.test(block);
}

// A block that is one line of plain prose (no Markdown syntax at all, nothing to strip) then blank
// lines: micromark would make it a paragraph holding one text node, exactly what lineParagraphs
// builds. Floods of such blocks ("a\n\n" repeated) cost micromark ~20x a realistic note per byte.
const PLAIN_LINE_BLOCK = /^\p{L}[\p{L}\p{N} ,.;:'’?"«»()\u00a0\u202f%€$@/+=-]*[^\s]\n+$|^\p{L}\n+$/u;

// Hundreds of blocks of a few bytes each ("- a\n\n", "# a\n\n", "*a*\n\n" repeated) are not a
// note but cost micromark 25-50 µs a block, ~10x a realistic note of the same size: such a chunk is
// read as line paragraphs, like a hostile block. A real note's blocks average well over 16 bytes.
const TINY_BLOCK_RUN = 200;
const TINY_BLOCK_BYTES = 16;

/** Paragraphs of one text node per non-blank line: the shape the sentence splitter reads. */
export function lineParagraphs(text: string, start: number, end: number, firstLine: number): RootContent[] {
  const out: RootContent[] = [];
  let line = firstLine;
  let pos = start;
  while (pos < end) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1 || eol > end) eol = end;
    const raw = text.slice(pos, eol).replace(/\r$/, '');
    if (raw.trim() && raw.length <= 20_000) {
      const position = { start: { line, column: 1, offset: pos }, end: { line, column: raw.length + 1, offset: pos + raw.length } };
      out.push({ type: 'paragraph', position, children: [{ type: 'text', value: raw, position }] });
    }
    line++;
    pos = eol + 1;
  }
  return out;
}

/** Shifts every position of `node` by a number of lines and an offset (iterative: trees may be deep). */
function shift(node: Nodes, lines: number, offset: number): void {
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    const p = n.position;
    if (p) {
      p.start = { line: p.start.line + lines, column: p.start.column, offset: (p.start.offset ?? 0) + offset };
      p.end = { line: p.end.line + lines, column: p.end.column, offset: (p.end.offset ?? 0) + offset };
    }
    if ('children' in n) for (const c of n.children) stack.push(c as Nodes);
  }
}

/** A copy of `node` with every position shifted (a cached tree stays as it was parsed). */
function shiftedCopy<T extends Nodes>(node: T, lines: number, offset: number): T {
  const out = { ...node } as T & { children?: Nodes[] };
  const p = node.position;
  if (p) {
    out.position = {
      start: { line: p.start.line + lines, column: p.start.column, offset: (p.start.offset ?? 0) + offset },
      end: { line: p.end.line + lines, column: p.end.column, offset: (p.end.offset ?? 0) + offset },
    };
  }
  if ('children' in node) out.children = (node.children as Nodes[]).map(c => shiftedCopy(c, lines, offset));
  if (node.data) out.data = { ...node.data };
  return out;
}

interface Block { start: number; end: number; line: number; }

/** Bytes a cached unit grows to before it may end (small units: more parser calls; large: more re-parsing). */
const CACHE_UNIT_BYTES = 512;
// A unit may end before a block only where parsing the two sides apart gives the same tree as parsing
// them together. Blocks already end at a blank line followed by an unindented line, outside fences,
// so what can still join them: a list going on ("- a", blank, "- b"), an HTML block that spans blank
// lines (<!-- …, <pre>), link or footnote definitions used elsewhere in the chunk, and a "---" that
// would open front matter at the start of a unit. Checked against whole-chunk parses in
// test/unit/markdown/bounded-parse-units.test.ts.
const JOINS_BEFORE = /^(?:[-*+[<]|\d)/;
const HTML_LINE = /^[ \t>*+\-\d.)]*</gm;
const CLOSED_COMMENT = /^[ \t>*+\-\d.)]*<!--.*-->[ \t]*$/;
const DEFINITION = /^[ \t>*+\-\d.)]*\[[^\]\n]+\]:/m;

function opensHtml(block: string): boolean {
  HTML_LINE.lastIndex = 0;
  for (let m = HTML_LINE.exec(block); m; m = HTML_LINE.exec(block)) {
    const end = block.indexOf('\n', m.index);
    if (!CLOSED_COMMENT.test(block.slice(m.index, end === -1 ? block.length : end))) return true;
  }
  return false;
}

/** The chunk's blocks grouped into units that parse apart exactly as they parse together. */
function cacheUnits(text: string, parts: readonly Block[], fmEnd: number): Block[] {
  const first = parts[0]!;
  const end = parts[parts.length - 1]!.end;
  const src = text.slice(first.start, end);
  if (parts.length === 1 || (src.includes(']:') && DEFINITION.test(src))) return [{ start: first.start, end, line: first.line }];
  const units: Block[] = [];
  let unit: Block = { ...first };
  let open = opensHtml(text.slice(first.start, first.end));
  for (let i = 1; i < parts.length; i++) {
    const b = parts[i]!;
    if (!open && unit.end - unit.start >= CACHE_UNIT_BYTES && unit.end > fmEnd && !JOINS_BEFORE.test(text[b.start] ?? '')) {
      units.push(unit);
      unit = { ...b };
    } else unit.end = b.end;
    open ||= opensHtml(text.slice(b.start, b.end));
  }
  units.push(unit);
  return units;
}

export function parseBounded(text: string, opts: BoundOptions = {}): BoundedParse {
  const steps = parseBoundedSteps(text, opts);
  for (;;) { const r = steps.next(); if (r.done) return r.value; }
}

/** Bytes micromark parses between two yields of parseBoundedSteps (about 10 ms on a loaded core). */
const STEP_BYTES = 8192;

/** parseBounded in steps: it yields after about STEP_BYTES of parsing, so the editor can let other work through on a large note. */
export function* parseBoundedSteps(text: string, opts: BoundOptions = {}): Generator<void, BoundedParse, void> {
  const chunkBytes = opts.chunkBytes ?? 8192;
  const maxBlockBytes = opts.maxBlockBytes ?? 8192;
  const children: RootContent[] = [];
  let degraded = 0;
  /** Bytes parsed (a cached tree copied counts an eighth) since the last yield. */
  let work = 0;

  // Block boundaries: a blank line followed by a line starting at column 0, outside code fences.
  const blocks: Block[] = [];
  let blockStart = 0, blockLine = 1, line = 1, pos = 0, fence: string | undefined, prevBlank = false;
  const fmEnd = opts.frontMatterEnd ?? 0;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    const raw = text.slice(pos, Math.min(eol, pos + 256));
    const f = FENCE.exec(raw);
    if (f) fence = fence === undefined ? f[1]![0] : (f[1]![0] === fence ? undefined : fence);
    const blank = raw.trim() === '' && eol - pos < 256;
    if (!fence && prevBlank && !blank && pos >= fmEnd && pos > blockStart && !/^[ \t]/.test(raw)) {
      blocks.push({ start: blockStart, end: pos, line: blockLine });
      blockStart = pos;
      blockLine = line;
    }
    prevBlank = blank;
    pos = eol + 1;
    line++;
  }
  if (blockStart < text.length) blocks.push({ start: blockStart, end: text.length, line: blockLine });

  // `plain`: every block of the chunk is a PLAIN_LINE_BLOCK, so it needs no parser.
  let chunk: { start: number; end: number; line: number; plain: boolean; blocks: number; parts: Block[] } | undefined;
  const fromCache = (cache: ParseCache, start: number, end: number, line: number): Root => {
    const src = text.slice(start, end);
    let tree = cache.get(src);
    if (!tree) { cache.set(src, (tree = parseMarkdown(src))); work += src.length; } else work += src.length >> 3;
    return { type: 'root', children: tree.children.map(c => shiftedCopy(c, line - 1, start)) };
  };
  const parsed = (start: number, end: number, line: number): void => {
    const cache = opts.cache;
    if (cache) {
      // A long list is parsed in groups of items where that gives the same tree (list-groups.ts).
      const groups = listGroups(text, start, end, line, CACHE_UNIT_BYTES);
      const joined = groups && joinGroups(text, groups.map(g => fromCache(cache, g.start, g.end, g.line)),
        groups.map(g => /\n[ \t]*\n$/.test(text.slice(Math.max(start, g.start - 258), g.start))));
      children.push(...(joined ?? fromCache(cache, start, end, line).children));
    } else {
      const tree = parseMarkdown(text.slice(start, end));
      work += end - start;
      // A note parsed as one chunk (most notes) starts at offset 0, line 1: nothing to shift.
      const moved = line !== 1 || start !== 0;
      for (const c of tree.children) { if (moved) shift(c, line - 1, start); children.push(c); }
    }
  };
  const flush = () => {
    if (!chunk) return;
    const tiny = chunk.blocks >= TINY_BLOCK_RUN && (chunk.end - chunk.start) / chunk.blocks < TINY_BLOCK_BYTES;
    if (chunk.plain || tiny) {
      if (!chunk.plain) degraded++;
      children.push(...lineParagraphs(text, chunk.start, chunk.end, chunk.line));
      chunk = undefined;
      return;
    }
    // With a cache, the chunk is parsed in smaller units where that gives the same tree, so an
    // edit re-parses about a kilobyte instead of the whole chunk.
    if (opts.cache) for (const u of cacheUnits(text, chunk.parts, fmEnd)) parsed(u.start, u.end, u.line);
    else parsed(chunk.start, chunk.end, chunk.line);
    chunk = undefined;
  };
  for (const b of blocks) {
    const size = b.end - b.start;
    const isFrontMatter = b.start === 0 && fmEnd > 0;
    if (!isFrontMatter && (size > maxBlockBytes || looksHostile(text.slice(b.start, b.end)))) {
      flush();
      children.push(...lineParagraphs(text, b.start, b.end, b.line));
      degraded++;
      continue;
    }
    if (chunk && chunk.end - chunk.start + size > chunkBytes) flush();
    const plain = !isFrontMatter && size < 200 && PLAIN_LINE_BLOCK.test(text.slice(b.start, b.end));
    if (chunk) { chunk.end = b.end; chunk.plain &&= plain; chunk.blocks++; chunk.parts.push(b); }
    else chunk = { ...b, plain, blocks: 1, parts: [b] };
    if (work >= STEP_BYTES) { work = 0; yield; }
  }
  flush();
  return { tree: { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: { line, column: 1, offset: text.length } } }, degraded };
}
