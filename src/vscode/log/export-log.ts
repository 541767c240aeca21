// (lazy part) `Export Log for Review…`: a date range and tags -> one .md and one self-contained .html.
import * as path from 'path';
import { mkdirSync, writeFileSync } from 'fs';
import * as vscode from 'vscode';
import { systemClock } from '../../core/ports';
import { witnessSummary, type Verdict } from '../../node/log-store';
import { buildReport } from '../../core/log/report';
import { renderMarkdown } from '../../core/log/export-markdown';
import { renderHtml } from '../../core/log/export-html';
import { addDays, localDay } from '../../core/log/dates';
import { isIsoDate } from '../../core/log/record';
import { logWorkspace } from './workspace';
import { cancelOption, withLogRead } from './log-read';
import { checkedLog } from './checked-log';
import { displayLang } from './labels';
import { errorWords } from '../error-words';
import { exportFolder } from '../send/export-files';

export interface ExportArgs { since?: string; until?: string; tags?: string[]; out?: string; open?: boolean; cancel?: vscode.CancellationToken }

async function askRange(): Promise<{ since?: string; until?: string } | undefined> {
  const today = localDay(systemClock.now());
  const items = [
    { label: vscode.l10n.t('Whole log'), r: {} },
    { label: vscode.l10n.t('Last 30 days'), r: { since: addDays(today, -30) } },
    { label: vscode.l10n.t('Last 90 days'), r: { since: addDays(today, -90) } },
    { label: vscode.l10n.t('Custom range…'), r: undefined },
  ];
  const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export: which period?') });
  if (!pick) return undefined;
  if (pick.r) return pick.r;
  const valid = (v: string) => (!v.trim() || isIsoDate(v.trim()) ? undefined : vscode.l10n.t('Use YYYY-MM-DD, e.g. {0}.', '2026-03-09'));
  const since = await vscode.window.showInputBox({ title: vscode.l10n.t('From (YYYY-MM-DD, empty for the beginning)'), validateInput: valid });
  if (since === undefined) return undefined;
  const until = await vscode.window.showInputBox({ title: vscode.l10n.t('To (YYYY-MM-DD, empty for today)'), validateInput: valid });
  if (until === undefined) return undefined;
  return { since: since.trim() || undefined, until: until.trim() || undefined };
}

export async function exportLog(args?: ExportArgs): Promise<{ md: string; html: string; verdict: Verdict } | undefined> {
  const ws = await logWorkspace();
  if (!ws) return undefined;
  // Read with progress before the questions (the tags come from the records); cancelled, nothing is asked or written.
  const cached = await withLogRead(ws, { command: 'exportLog', title: vscode.l10n.t('Liaison: export the log for review'), cancel: cancelOption(args),
    cancelledMessage: vscode.l10n.t('Export cancelled: no file was written.') }, async c => c);
  if (!cached) return undefined;
  const { records } = cached;
  const log = checkedLog(ws, cached.log); // in a git repository, says its history is checked by `liaison log verify`
  let range: { since?: string; until?: string } | undefined = args && (args.since || args.until || args.out) ? { since: args.since, until: args.until } : undefined;
  let tags = args?.tags;
  if (!range) {
    range = await askRange();
    if (!range) return undefined;
  }
  if (!tags && !args?.out) {
    const all = [...new Set(records.flatMap(r => r.record.tags ?? []))].sort();
    if (all.length) {
      const picked = await vscode.window.showQuickPick(all, { canPickMany: true, title: vscode.l10n.t('Only these tags? (none: every record)') });
      if (!picked) return undefined;
      tags = picked;
    }
  }
  let base = args?.out;
  if (!base) {
    const uri = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.file(path.join(exportFolder(ws.root), `log-review-${localDay(systemClock.now())}.md`)),
      filters: { Markdown: ['md'] }, title: vscode.l10n.t('Export the log (a .md and an .html file side by side)'),
    });
    if (!uri) return undefined;
    base = uri.fsPath;
  }
  base = base.replace(/\.(md|html?)$/i, '');
  const rep = buildReport(log, { lang: ws.lang, project: ws.profile?.project, client: ws.profile?.client.name, filter: { ...range, tags },
    witnesses: witnessSummary(ws.logDir, cached.chains) });
  const md = base + '.md';
  const html = base + '.html';
  try {
    mkdirSync(path.dirname(md), { recursive: true });
    writeFileSync(md, renderMarkdown(rep));
    writeFileSync(html, renderHtml(rep));
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The export could not be written: {0}', errorWords(vscode.l10n, displayLang(), e)));
    return undefined;
  }
  if (args?.open !== false) {
    const openMd = vscode.l10n.t('Open Markdown');
    const openHtml = vscode.l10n.t('Open HTML');
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} records to {1} and {2}.', rep.records.length, path.basename(md), path.basename(html)), openHtml, openMd)
      .then(a => {
        if (a === openMd) void vscode.window.showTextDocument(vscode.Uri.file(md));
        if (a === openHtml) void vscode.env.openExternal(vscode.Uri.file(html));
      });
  }
  return { md, html, verdict: rep.verdict };
}
