// `liaison log search QUERY`: records that hold every word of the query (any form of the word,
// accents and case ignored), best first, newest first among equals, amendments applied. Only the
// lines that can match are parsed (core/log/search-scan.ts), and only the best hits are kept
// (core/log/search-stream.ts). Log text is escaped for the terminal.
import { jsonText, terminalLine } from '../../core/log/escape.js';
import type { Command } from 'commander';
import { nodeFileSystem, toPortPath } from '../../node/file-system.js';
import { recordHash, sha256Hex } from '../../core/log/canonical.js';
import type { LogRecord } from '../../core/log/record.js';
import { nodeSha256 } from '../../node/sha256.js';
import { parseQuery, QUERY_PROBLEMS, type FieldMatch, type NoteTexts, type SearchHit } from '../../core/log/search.js';
import { searchSources } from '../../core/log/search-stream.js';
import { loadSentNotes } from '../../core/log/search-notes.js';
import { checkFilters, logPlace, rawSources, run, UsageError, withFilters, type FilterFlags } from './log-workspace.js';
import * as l10n from '../l10n.js';

interface SearchFlags extends FilterFlags { format: string; limit: string; color?: boolean }

const BOLD = '\x1b[1;4m', RESET = '\x1b[0m';

/** A field's text around its first match, with every match marked (escaped piece by piece). */
export function snippet(m: FieldMatch, color: boolean, width = 140): string {
  const first = m.spans[0]![0];
  const from = Math.max(0, Math.min(first - 40, m.text.length - width));
  const to = Math.min(m.text.length, from + width);
  let out = from > 0 ? '…' : '';
  let at = from;
  for (const [s, e] of m.spans) {
    if (s < at || e > to) continue;
    out += terminalLine(m.text.slice(at, s)) + (color ? BOLD : '') + terminalLine(m.text.slice(s, e)) + (color ? RESET : '');
    at = e;
  }
  return out + terminalLine(m.text.slice(at, to)) + (to < m.text.length ? '…' : '');
}

// Search reads raw lines, not the chains (speed): a hit whose own hash does not match is still
// marked, so a line edited or forged by hand is never shown as a record like the others.
const unsound = (r: LogRecord) => recordHash(r as unknown as Record<string, unknown>, nodeSha256) !== r.hash;

function textLine(h: SearchHit, color: boolean): string {
  const r = h.entry.record;
  const head = [r.at.replace('T', ' ').slice(0, 16), r.kind, r.channel ?? '-', r.direction ?? '-'].join('  ');
  const tags = r.tags?.length ? `  [${r.tags.map(terminalLine).join(', ')}]` : '';
  const changed = unsound(r) ? ` ${l10n.t('(CHANGED after it was written: run liaison log verify)')}` : '';
  const lines = [`${head}  ${terminalLine(r.summary)}${tags}  ${terminalLine(r.id)}${h.entry.amendedBy.length ? ` ${l10n.t('(amended)')}` : ''}${changed}`];
  for (const m of h.matches) if (m.field !== 'summary') lines.push(`    ${m.field}${m.field === 'note' ? ` ${terminalLine(r.notes?.[m.index]?.path)}` : ''}: ${snippet(m, color)}`);
  return lines.join('\n');
}

async function searchLog(query: string[], o: SearchFlags): Promise<void> {
  if (!['text', 'json'].includes(o.format)) throw new UsageError(l10n.t('--format must be text or json (got "{0}")', o.format));
  const limit = Number(o.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(l10n.t('--limit expects a positive whole number (got "{0}")', o.limit));
  const filter = checkFilters(o);
  const text = query.join(' ');
  const q = parseQuery(text);
  if ('problem' in q) {
    const what = q.problem === 'empty' ? l10n.t('nothing to search for') : l10n.t('"{0}" holds only common words', text);
    throw new UsageError(l10n.t('{0}: {1}', what, l10n.pick(QUERY_PROBLEMS[q.problem])));
  }
  const place = await logPlace(o.dir);
  let notes: NoteTexts = new Map();
  const { hits, total, withNotes, unreadable } = await searchSources(rawSources(place.folder), q, { ...filter, limit },
    async records => (notes = await loadSentNotes(nodeFileSystem, toPortPath(place.root), records, sha256Hex)));
  if (o.format === 'json') {
    process.stdout.write(jsonText({
      query: text, terms: q.terms, ignored: q.ignored, total,
      results: hits.map(h => ({
        ...h.entry.record, intact: unsound(h.entry.record) ? false : undefined, score: h.score, amendedBy: h.entry.amendedBy.length ? h.entry.amendedBy : undefined,
        matches: h.matches, notesState: h.entry.record.notes?.map(n => ({ path: n.path, state: stateOf(notes.get(`${n.path}#${n.sha256}`)) })),
      })),
    }, 2) + '\n');
  } else {
    const color = o.color ?? (!!process.stdout.isTTY && !process.env.NO_COLOR);
    for (const h of hits) process.stdout.write(textLine(h, color) + '\n');
    const more = total > hits.length ? ` ${l10n.t('(showing {0}; --limit to see more)', hits.length)}` : '';
    process.stdout.write((total ? l10n.t('{0} record(s) match "{1}"', total, terminalLine(text)) + more : l10n.t('no record matches "{0}"', terminalLine(text))) + '\n');
    for (const n of withNotes.flatMap(e => e.record.notes ?? [])) {
      if (stateOf(notes.get(`${n.path}#${n.sha256}`)) === 'changed since sent') process.stderr.write(l10n.t('note: {0} changed since sent; its text was not searched', terminalLine(n.path)) + '\n');
    }
  }
  if (unreadable.length) process.stderr.write(l10n.t('warning: {0} unreadable line(s) skipped; run liaison log verify', unreadable.length) + '\n');
}

const stateOf = (t: { text: string } | { changed: true } | { missing: true } | undefined) =>
  !t ? undefined : 'text' in t ? 'sent' : 'changed' in t ? 'changed since sent' : 'missing';

export function registerLogSearch(log: Command): void {
  withFilters(log.command('search').argument('<query...>', l10n.t('words to find (all of them, any form: "revision" finds « révisions »)'))
    .description(l10n.t('Search every record, imported email and sent note; best match first, newest first among equals')))
    .option('--format <format>', l10n.t('text or json (with matched spans)'), 'text')
    .option('--limit <n>', l10n.t('at most this many results'), '50')
    .option('--color', l10n.t('highlight matched words (default: when the output is a terminal)'))
    .option('--no-color', l10n.t('never highlight'))
    .action((query: string[], o: SearchFlags) => run((x: SearchFlags) => searchLog(query, x))(o));
}
