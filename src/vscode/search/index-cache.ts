// (lazy part) The search index of a workspace's log, built once per version of the log files
// (readLogAsync caches the loaded log until a writer file changes) with the sent notes' text read
// through the FileSystem port, and the rows the Search Results view shows.
import * as vscode from 'vscode';
import { sha256Hex } from '../../core/log/canonical';
import { buildIndex, type SearchHit, type SearchIndex, type NoteTexts } from '../../core/log/search';
import { loadSentNotes } from '../../core/log/search-notes';
import type { EffectiveRecord } from '../../core/log/query';
import { workspaceFileSystem } from '../templates/workspace-fs';
import { logWorkspace, type LogWorkspace } from '../log/workspace';
import { withLogRead } from '../log/log-read';
import { channelLabel, directionLabel, kindLabel } from '../log/labels';
import type { ResultRow } from './results-view';

export interface Indexed { ws: LogWorkspace; index: SearchIndex; records: EffectiveRecord[]; notes: NoteTexts; buildMs: number }

const built = new WeakMap<object, Promise<Omit<Indexed, 'ws'>>>();

/**
 * The index of the log, read asynchronously with its progress in the status bar (a big log does
 * not hold the editor). `cancel` (the search closed before the index was ready): undefined.
 */
export async function logIndex(quiet = false, cancel?: vscode.CancellationToken): Promise<Indexed | undefined> {
  const ws = await logWorkspace(undefined, quiet);
  if (!ws) return undefined;
  return withLogRead(ws, { command: 'searchLog', title: vscode.l10n.t('Liaison: search'), cancel, cancelledMessage: '', location: vscode.ProgressLocation.Window },
    async (cached, t) => {
      let p = built.get(cached);
      if (!p) {
        await t.step(vscode.l10n.t('Indexing {0} records…', cached.records.length.toLocaleString(vscode.env.language)));
        p = (async () => {
          const t0 = Date.now();
          const notes = await loadSentNotes(workspaceFileSystem, ws.root, cached.records, sha256Hex);
          const index = buildIndex(cached.records, notes);
          return { index, records: cached.records, notes, buildMs: Date.now() - t0 };
        })();
        built.set(cached, p);
      }
      return { ws, ...(await p) };
    });
}

const FIELD_LABELS = (): Record<string, string> => ({
  summary: vscode.l10n.t('Summary'), quote: vscode.l10n.t("Client's words"), decision: vscode.l10n.t('Decision'),
  commitment: vscode.l10n.t('Commitment'), tag: vscode.l10n.t('Tag'), participant: vscode.l10n.t('Participant'),
  subject: vscode.l10n.t('Email subject'), from: vscode.l10n.t('From'), note: vscode.l10n.t('Note sent'),
});

/** One line of text with its highlight ranges moved along with the cut. */
export function clipLine(text: string, spans: [number, number][], width = 100): { label: string; highlights: [number, number][] } {
  const flat = text.replace(/\s/g, ' ');
  const first = spans[0]?.[0] ?? 0;
  const from = Math.max(0, Math.min(first - 30, flat.length - width));
  const to = Math.min(flat.length, from + width);
  const pre = from > 0 ? '…' : '';
  const label = pre + flat.slice(from, to) + (to < flat.length ? '…' : '');
  const highlights = spans.filter(([s, e]) => s >= from && e <= to).map(([s, e]) => [s - from + pre.length, e - from + pre.length] as [number, number]);
  return { label, highlights };
}

export function resultRow(h: SearchHit): ResultRow {
  const r = h.entry.record;
  const labels = FIELD_LABELS();
  const summary = h.matches.find(m => m.field === 'summary');
  const head = `${r.at.slice(0, 10)} · `;
  const line = clipLine(r.summary, summary?.spans ?? []);
  const children = h.matches.filter(m => m !== summary).map(m => {
    const prefix = `${labels[m.field] ?? m.field}: `;
    const c = clipLine(m.text, m.spans);
    return { label: prefix + c.label, highlights: c.highlights.map(([s, e]) => [s + prefix.length, e + prefix.length] as [number, number]) };
  });
  return {
    id: r.id,
    label: head + line.label,
    highlights: line.highlights.map(([s, e]) => [s + head.length, e + head.length] as [number, number]),
    description: [r.channel && channelLabel(r.channel), r.direction && directionLabel(r.direction), r.kind !== 'exchange' ? kindLabel(r.kind) : '',
      h.entry.amendedBy.length ? vscode.l10n.t('Amended') : '', h.entry.intact ? '' : vscode.l10n.t('CHANGED after it was written: run Verify Log Integrity')].filter(Boolean).join(' · '),
    tooltip: `${r.at}\n${r.summary}`,
    icon: !h.entry.intact ? 'warning' : r.direction === 'from-client' ? 'arrow-left' : r.direction === 'to-client' ? 'arrow-right' : 'note',
    children,
  };
}
