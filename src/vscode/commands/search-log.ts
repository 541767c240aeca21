// Liaison: Search Log…: a quick pick that searches the log as you type (the index is built once
// when it opens; each key costs a few look-ups, debounced), then the Search Results view with
// the matched words highlighted. Tests pass { query, results: true } to fill the view directly.
import * as vscode from 'vscode';
import { parseQuery, QUERY_PROBLEMS, search } from '../../core/log/search';
import type { SearchHost } from '../search/host';
import { clipLine, logIndex, resultRow, type Indexed } from '../search/index-cache';
import type { ResultSet } from '../search/results-view';

export interface SearchLogArgs { query?: string; results?: boolean }
type Item = vscode.QuickPickItem & { id?: string };

export interface SearchPick {
  quickPick: vscode.QuickPick<Item>;
  /** Fires each time the items follow what was typed. */
  onDidUpdate: vscode.Event<{ value: string; count: number; ms: number }>;
  /** Resolves with what the Search Results view shows once a result is picked (undefined if dismissed). */
  accepted: Promise<ResultSet | undefined>;
}

const DEBOUNCE_MS = 40;
const PICK_LIMIT = 50;
const VIEW_LIMIT = 200;

export function resultSet(ix: Indexed, value: string): ResultSet | string {
  const q = parseQuery(value);
  if ('problem' in q) return QUERY_PROBLEMS[q.problem][ix.ws.lang];
  const { hits, total } = search(ix.index, q, { prefixLast: true, limit: VIEW_LIMIT });
  return { title: vscode.l10n.t('{0} record(s) for “{1}”', total, value.trim()), rows: hits.map(resultRow), total };
}

function items(ix: Indexed, value: string): Item[] {
  const q = parseQuery(value);
  if ('problem' in q) return q.problem === 'empty' ? [] : [{ label: `$(info) ${QUERY_PROBLEMS[q.problem][ix.ws.lang]}`, alwaysShow: true }];
  const { hits, total } = search(ix.index, q, { prefixLast: true, limit: PICK_LIMIT });
  if (!total) return [{ label: `$(info) ${vscode.l10n.t('No record matches.')}`, alwaysShow: true }];
  return hits.map(h => {
    const r = h.entry.record;
    const other = h.matches.find(m => m.field !== 'summary');
    return {
      id: r.id, alwaysShow: true, label: clipLine(r.summary, [], 90).label,
      description: [h.entry.intact ? '' : `$(warning) ${vscode.l10n.t('CHANGED after it was written: run Verify Log Integrity')}`, r.at.slice(0, 10), r.channel, r.direction].filter(Boolean).join(' · '),
      detail: other ? clipLine(other.text, other.spans, 120).label : undefined,
    };
  });
}

export async function searchLog(host: SearchHost, args: SearchLogArgs = {}): Promise<SearchPick | ResultSet | undefined> {
  if (args.results && args.query !== undefined) {
    const ix = await logIndex();
    if (!ix) return undefined;
    const set = resultSet(ix, args.query);
    if (typeof set === 'string') { void vscode.window.showWarningMessage(set); return undefined; }
    await host.showResults(set);
    return set;
  }
  const qp = vscode.window.createQuickPick<Item>();
  const updated = new vscode.EventEmitter<{ value: string; count: number; ms: number }>();
  qp.title = vscode.l10n.t('Search the log');
  qp.placeholder = vscode.l10n.t('Words to find: any form, accents ignored (e.g. revision, version mobile)');
  qp.matchOnDescription = false;
  qp.matchOnDetail = false;
  qp.buttons = [{ iconPath: new vscode.ThemeIcon('law'), tooltip: vscode.l10n.t('What was agreed about this subject') }];
  qp.value = args.query ?? '';
  qp.busy = true;
  // Closing the search before the log is read stops the read (unless another command waits for it).
  const reading = new vscode.CancellationTokenSource();
  let ix: Indexed | undefined;
  let accepting = false;
  let settle: (v: ResultSet | undefined) => void = () => {};
  const accepted = new Promise<ResultSet | undefined>(resolve => (settle = resolve));
  let timer: NodeJS.Timeout | undefined;
  const update = () => {
    if (!ix) return;
    const t0 = Date.now();
    // A query that throws must say so in the list, never leave it silently on the last results.
    try {
      qp.items = items(ix, qp.value);
    } catch (e) {
      qp.items = [{ label: `$(error) ${vscode.l10n.t('The search failed on this query: {0}. Try other words, and report it if it happens again.', e instanceof Error ? e.message : String(e))}`, alwaysShow: true }];
    }
    updated.fire({ value: qp.value, count: qp.items.filter(i => i.id).length, ms: Date.now() - t0 });
  };
  qp.onDidChangeValue(() => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(update, DEBOUNCE_MS);
  });
  qp.onDidTriggerButton(() => {
    const value = qp.value;
    qp.hide();
    void vscode.commands.executeCommand('liaison.showLogTopic', { query: value });
  });
  qp.onDidAccept(async () => {
    const picked = qp.selectedItems[0] ?? qp.activeItems[0];
    if (!ix || !picked?.id) return;
    const set = resultSet(ix, qp.value);
    accepting = true;
    qp.hide();
    if (typeof set !== 'string') await host.showResults(set);
    await vscode.commands.executeCommand('liaison.openLogRecord', picked.id);
    settle(typeof set === 'string' ? undefined : set);
  });
  qp.onDidHide(() => {
    reading.cancel();
    if (timer) clearTimeout(timer);
    updated.dispose();
    qp.dispose();
    if (!accepting) settle(undefined); // dismissed; an accept settles once its results are shown
  });
  qp.show();
  void logIndex(false, reading.token).then(found => {
    if (reading.token.isCancellationRequested) return; // closed meanwhile
    qp.busy = false;
    if (!found) return qp.hide();
    ix = found;
    update();
  });
  return { quickPick: qp, onDidUpdate: updated.event, accepted };
}
