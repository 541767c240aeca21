// Prose sentences of a note, with offsets into the full text. Markup is blanked out (same length),
// so a sentence's text can be matched and every index maps back to the source. Inline code,
// URLs and HTML are blanked too: they are not prose.
import type { Root, Nodes, Parents } from 'mdast';
import type { Lang } from '../../ports.js';
import type { Sentence } from '../types.js';
import { detectSentenceLang } from '../language/detect.js';
import { memoized } from '../memo.js';

// Words after which a period does not end the sentence (lowercase, without the final period).
const ABBREVIATIONS = new Set(('e.g i.e etc cf vs mr mrs ms dr st no nos approx incl excl fig p ex p.ex '
  + 'm mme mmes mlle mlles me mm dr pr av bd env tel n° nb ps jan janv feb fev fevr févr mar apr avr jun juil jul '
  + 'aug aou aoû sep sept oct nov dec déc min max h art chap vol ed éd ref réf resp').split(' '));

const WEEKDAY_ABBREVIATIONS = new Set('lun mar mer jeu ven sam dim mon tue tues wed thu thur thurs fri sat sun'.split(' '));
const TEXTUAL = new Set(['text']);
const BLANKED = new Set(['inlineCode', 'html', 'image', 'imageReference', 'footnoteReference', 'code', 'yaml', 'toml', 'definition', 'math', 'inlineMath']);

interface Block { start: number; end: number; quoted: boolean; section: number; }

/** Copies the visible characters of a text node into `buf`, aligned with the source, skipping markers ("> ", "\\"). */
function paint(buf: string[], base: number, src: string, start: number, end: number, value: string): void {
  let v = 0;
  for (let i = start; i < end && v < value.length; i++) {
    if (src[i] === value[v]) { buf[i - base] = value[v]!; v++; }
    else if (/\s/.test(src[i]!) && /\s/.test(value[v]!)) { buf[i - base] = ' '; v++; }
  }
}

function paintInline(node: Nodes, buf: string[], base: number, src: string): void {
  if (BLANKED.has(node.type)) return;
  const p = node.position;
  if (TEXTUAL.has(node.type) && p?.start.offset !== undefined && p.end.offset !== undefined) {
    paint(buf, base, src, p.start.offset, p.end.offset, (node as { value: string }).value);
    return;
  }
  if (node.type === 'break' && p?.start.offset !== undefined) { buf[p.start.offset - base] = '\u2028'; return; }
  if ('children' in node) for (const c of (node as Parents).children) paintInline(c as Nodes, buf, base, src);
}

/** Collects prose blocks (paragraphs, table cells) in document order with their quote/section context. */
function blocks(tree: Root): Array<Block & { node: Parents }> {
  const out: Array<Block & { node: Parents }> = [];
  let section = -1;
  const walk = (node: Nodes, quoted: boolean): void => {
    if (node.type === 'heading') { section++; return; }
    if (BLANKED.has(node.type)) return;
    const p = node.position;
    if ((node.type === 'paragraph' || node.type === 'tableCell') && p?.start.offset !== undefined && p.end.offset !== undefined) {
      out.push({ node, start: p.start.offset, end: p.end.offset, quoted, section });
      return;
    }
    if ('children' in node) for (const c of (node as Parents).children) walk(c as Nodes, quoted || node.type === 'blockquote');
  };
  walk(tree, false);
  return out;
}

/** True when the period at `i` of `s` ends a sentence (not an abbreviation, initial or decimal). */
function periodEnds(s: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && /[\p{L}.°]/u.test(s[j]!)) j--;
  const word = s.slice(j + 1, i).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  // A short weekday before its day: « ven. 27/11 », "Thu. 26th".
  if (WEEKDAY_ABBREVIATIONS.has(word) && /^\s*\d/.test(s.slice(i + 1, i + 4))) return false;
  if (/^\p{Lu}$/u.test(s.slice(j + 1, i))) return false; // initial: "J. Smith", "M. Dupont"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false; // "e.g", "p.ex", "U.S"
  return true;
}

/** Splits one block's blanked text into sentence ranges (relative to the block). */
export function splitText(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const push = (end: number) => {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(s[a]!)) a++;
    while (b > a && /\s/.test(s[b - 1]!)) b--;
    if (b > a && /[\p{L}\p{N}]/u.test(s.slice(a, b))) out.push([a, b]);
    start = end;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\u2028') { push(i); continue; } // hard line break
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    // Take the whole run of end marks and closing quotes/brackets.
    let k = i;
    while (k + 1 < s.length && /[.!?…)"'»”’\]]/.test(s[k + 1]!)) k++;
    const next = s.slice(k + 1).match(/^\s*(\S)/u);
    if (k + 1 < s.length && !/\s/.test(s[k + 1]!)) { i = k; continue; } // "3.5", "e.g.x", "?!?)x"
    if (c === '.' && i === k && !periodEnds(s, i)) { i = k; continue; }
    if (next && /[\p{Ll}]/u.test(next[1]!) && c === '.') { i = k; continue; } // "etc. and", "p. ex. la"
    push(k + 1);
    i = k;
  }
  push(s.length);
  return out;
}

/** A block's sentences relative to the block: kept by the block's blanked text in the editor's memo. */
interface Piece { text: string; start: number; end: number; lang: Lang | undefined; }

function pieces(masked: string): Piece[] {
  return splitText(masked).map(([a, z]) => {
    const t = masked.slice(a, z);
    return { text: t, start: a, end: z, lang: detectSentenceLang(t) };
  });
}

export function splitSentences(tree: Root, text: string, lang: Lang, mixed: boolean): Sentence[] {
  const out: Sentence[] = [];
  for (const b of blocks(tree)) {
    const buf: string[] = new Array<string>(b.end - b.start).fill(' ');
    for (const c of b.node.children) paintInline(c as Nodes, buf, b.start, text);
    const masked = buf.join('');
    // After an edit, every block but one has the same blanked text: its sentences (and their very
    // strings, which later lookups by text then find at once) come from the memo.
    for (const p of memoized(masked, 'sentences', () => pieces(masked), (ps) => 16 + ps.reduce((n, x) => n + 48 + 2 * x.text.length, 0))) {
      // Each sentence in its own language; the note's is only the default for those too short to tell.
      out.push({
        text: p.text,
        span: { start: b.start + p.start, end: b.start + p.end },
        lang: p.lang ?? lang,
        langKnown: p.lang !== undefined || !mixed,
        quoted: b.quoted,
        section: b.section,
      });
    }
  }
  return out;
}
