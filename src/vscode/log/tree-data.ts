// (lazy part) What the four log views show. Labels and tooltips are plain strings (never Markdown
// or HTML), so nothing from the log can become markup or a link.
import * as vscode from 'vscode';
import { awaitingAnswer, commitments, groupByMonth, nextContact } from '../../core/log/query';
import type { EffectiveRecord } from '../../core/log/query';
import type { LogTreeItem, LogView } from './host';
import { logWorkspace, todayLocal } from './workspace';
import { readLogAsync } from './log-read';
import { visibleText } from '../../core/log/escape';
import { channelLabel, directionLabel, kindLabel, recordsLabel, relativeDays, sideLabel, workingDaysLabel } from './labels';

const oneLine = (s: string, n = 80) => { const t = visibleText(s.replace(/\s+/g, ' ').trim()); return t.length > n ? t.slice(0, n - 1) + '…' : t; };

function recordItem(e: EffectiveRecord): LogTreeItem {
  const r = e.record;
  const item: LogTreeItem = new vscode.TreeItem(`${r.at.slice(0, 10)} · ${oneLine(r.summary)}`, vscode.TreeItemCollapsibleState.None);
  item.id = `record:${r.id}`;
  item.description = [r.channel && channelLabel(r.channel), r.direction && directionLabel(r.direction), r.kind !== 'exchange' ? kindLabel(r.kind) : '']
    .filter(Boolean).join(' · ');
  item.tooltip = `${r.at}\n${visibleText(r.summary)}${e.amendedBy.length ? '\n' + vscode.l10n.t('Amended') : ''}`;
  item.iconPath = new vscode.ThemeIcon(!e.intact ? 'warning' : r.direction === 'from-client' ? 'arrow-left' : r.direction === 'to-client' ? 'arrow-right'
    : r.kind === 'lesson' ? 'lightbulb' : r.kind === 'amendment' ? 'edit' : 'note');
  item.contextValue = 'liaison.logRecord';
  item.command = { command: 'liaison.openLogRecord', title: vscode.l10n.t('Open Log Record'), arguments: [r.id] };
  return item;
}

function monthLabel(month: string, lang: string): string {
  const d = new Date(`${month}-15T12:00:00Z`);
  const s = d.toLocaleDateString(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function info(label: string, icon: string, command?: vscode.Command): LogTreeItem {
  const item: LogTreeItem = new vscode.TreeItem(label);
  item.iconPath = new vscode.ThemeIcon(icon);
  item.command = command;
  return item;
}

export async function treeChildren(view: LogView, element?: LogTreeItem): Promise<LogTreeItem[]> {
  const ws = await logWorkspace(undefined, true);
  if (!ws) return [];
  // Read asynchronously (a big log does not hold the editor); VS Code shows the view busy meanwhile.
  const { records } = await readLogAsync(ws);
  const today = todayLocal();
  switch (view) {
    case 'timeline': {
      const groups = groupByMonth(records);
      if (element?.month) return (groups.find(g => g.month === element.month)?.records ?? []).map(recordItem);
      // Empty views return nothing, so VS Code shows their welcome content (package.json viewsWelcome).
      return groups.map((g, i) => {
        const item: LogTreeItem = new vscode.TreeItem(monthLabel(g.month, ws.lang),
          i === 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `month:${g.month}`;
        item.month = g.month;
        item.description = recordsLabel(g.records.length);
        return item;
      });
    }
    case 'commitments': {
      const open = commitments(records, today).filter(c => c.state === 'open')
        .sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.commitment.due ?? '9999').localeCompare(b.commitment.due ?? '9999'));
      return open.map(c => {
        const item: LogTreeItem = new vscode.TreeItem(oneLine(c.commitment.what));
        item.id = `commitment:${c.record.id}#${c.index}`;
        item.description = [sideLabel(c.commitment.by, ws), c.commitment.due, c.overdue ? vscode.l10n.t('overdue') : ''].filter(Boolean).join(' · ');
        item.tooltip = `${sideLabel(c.commitment.by, ws)}: ${visibleText(c.commitment.what)}${c.commitment.due ? `\n${c.commitment.due}` : ''}`;
        item.iconPath = new vscode.ThemeIcon(c.overdue ? 'warning' : c.commitment.by === 'me' ? 'person' : 'organization',
          c.overdue ? new vscode.ThemeColor('list.warningForeground') : undefined);
        item.contextValue = 'liaison.commitment';
        item.command = { command: 'liaison.openLogRecord', title: '', arguments: [c.record.id] };
        // Complete Commitment… from the context menu receives this element.
        (item as LogTreeItem & { ref?: unknown }).ref = { record: c.record.id, index: c.index };
        return item;
      });
    }
    case 'awaiting': {
      const waiting = awaitingAnswer(records, today, ws.responseDays);
      return waiting.reverse().map(w => {
        const item: LogTreeItem = new vscode.TreeItem(`${w.record.at.slice(0, 10)} · ${oneLine(w.record.summary)}`);
        item.id = `awaiting:${w.record.id}`;
        item.description = workingDaysLabel(w.workingDays) + (w.overdue ? ' · ' + vscode.l10n.t('overdue') : '');
        item.iconPath = new vscode.ThemeIcon(w.overdue ? 'warning' : 'mail', w.overdue ? new vscode.ThemeColor('list.warningForeground') : undefined);
        item.command = { command: 'liaison.openLogRecord', title: '', arguments: [w.record.id] };
        return item;
      });
    }
    case 'nextContact': {
      const n = nextContact(records, today);
      if (!n) return [];
      const when = relativeDays(n.daysLeft);
      const item = info(`${n.date} (${when})`, n.daysLeft < 0 ? 'warning' : 'calendar', { command: 'liaison.openLogRecord', title: '', arguments: [n.record.id] });
      item.id = 'next-contact';
      item.tooltip = visibleText(n.record.summary);
      return [item];
    }
  }
}
