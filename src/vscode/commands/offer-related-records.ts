// After a client message is logged: the earlier records on the same subject, offered beside it
// ("On 12 November you wrote: …") so the answer can cite facts calmly. A notification with
// "Show related" fills the Search Results view; { show: true } does it directly (tests).
import * as vscode from 'vscode';
import { relatedRecords } from '../../core/log/related';
import type { SearchHost } from '../search/host';
import { logIndex, resultRow } from '../search/index-cache';

export interface OfferRelatedArgs { id?: string; show?: boolean }

export async function offerRelatedRecords(host: SearchHost, args: OfferRelatedArgs = {}): Promise<{ leads: string[] } | undefined> {
  if (typeof args.id !== 'string') return undefined;
  const ix = await logIndex(true);
  const e = ix?.records.find(r => r.record.id === args.id);
  if (!ix || !e) return undefined;
  const related = relatedRecords(ix.index, e.record, { lang: ix.ws.lang });
  if (!related.length) return { leads: [] };
  const show = () => host.showResults({
    title: vscode.l10n.t('Earlier on the same subject: {0}', e.record.summary.slice(0, 60)), total: related.length,
    rows: related.map(r => ({ ...resultRow({ entry: r.entry, score: r.score, matches: [] }), tooltip: r.lead, children: [{ label: r.lead, highlights: [] }] })),
  });
  if (args.show) await show();
  else {
    const button = vscode.l10n.t('Show related');
    void vscode.window.showInformationMessage(
      vscode.l10n.t('{0} earlier record(s) on the same subject. {1}', related.length, related[0]!.lead), button)
      .then(a => { if (a === button) void show(); });
  }
  return { leads: related.map(r => r.lead) };
}
