// (lazy part) `Amend Log Entry…`: appends an amendment that points at an earlier record and says
// what changed and why; nothing is edited in place.
import * as vscode from 'vscode';
import { escapeNotification, visibleText } from '../../core/log/escape';
import { AMENDABLE, isIsoDate, isIsoDateTime, type Amendable, type LogRecord, type RecordInput } from '../../core/log/record';
import { isoWithOffset } from '../../core/log/dates';
import type { LogHost } from './host';
import { logWorkspace, readLog, trusted } from './workspace';
import { appendOrKeep } from './log-exchange';
import { readDay, readWhen, type Reading } from '../../core/log/natural-dates';
import { systemClock } from '../../core/ports';

export interface AmendArgs { id?: string; set?: RecordInput['set']; reason?: string }

const LIST: Amendable[] = ['participants', 'quotes', 'decisions', 'tags'];

function fieldLabel(f: Amendable): string {
  return ({
    at: vscode.l10n.t('When'), channel: vscode.l10n.t('Channel'), direction: vscode.l10n.t('Direction'), participants: vscode.l10n.t('Participants'),
    summary: vscode.l10n.t('Summary'), quotes: vscode.l10n.t("Client's words"), decisions: vscode.l10n.t('Decisions'),
    commitments: vscode.l10n.t('Commitments'), nextContact: vscode.l10n.t('Next contact'), tags: vscode.l10n.t('Tags'),
  } as Record<Amendable, string>)[f];
}

export async function amendLogEntry(host: LogHost, args?: AmendArgs & { record?: string }): Promise<LogRecord | undefined> {
  if (!trusted()) return undefined;
  const ws = await logWorkspace();
  if (!ws) return undefined;
  const { records } = readLog(ws);
  // From the timeline's context menu the argument is the tree item: its id is "record:<id>".
  const fromTree = typeof (args as { id?: unknown })?.id === 'string' && (args as { id: string }).id.startsWith('record:')
    ? (args as { id: string }).id.slice('record:'.length) : undefined;
  let id = fromTree ?? args?.id;
  if (!id) {
    const pick = await vscode.window.showQuickPick(
      [...records].reverse().filter(e => e.record.kind !== 'amendment').map(e => ({ label: visibleText(e.record.summary), description: e.record.at.slice(0, 16).replace('T', ' '), id: e.record.id })),
      { title: vscode.l10n.t('Amend which entry?'), matchOnDescription: true });
    if (!pick) return undefined;
    id = pick.id;
  }
  const target = records.find(e => e.record.id === id);
  if (!target) {
    void vscode.window.showErrorMessage(vscode.l10n.t('No log record with id {0}.', escapeNotification(id)));
    return undefined;
  }
  // `at` and the next contact as people write them ("yesterday 4 pm", « vendredi »), or as stored.
  const dateField = (f: string, v: string): Reading<string> | undefined => {
    const t = v.trim();
    if (f === 'at') return isIsoDateTime(t) ? { ok: true, value: t, shown: '' } : readWhen(t, ws.lang, systemClock);
    if (f === 'nextContact' && t) return isIsoDate(t) ? { ok: true, value: t, shown: '' } : readDay(t, ws.lang, systemClock);
    return undefined;
  };
  let set = args?.set;
  let reason = args?.reason;
  if (!set) {
    const field = await vscode.window.showQuickPick(AMENDABLE.filter(f => f !== 'commitments' && f !== 'channel' && f !== 'direction')
      .map(f => ({ label: fieldLabel(f), f })), { title: vscode.l10n.t('Which field is wrong?') });
    if (!field) return undefined;
    const cur = target.record[field.f];
    const value = await vscode.window.showInputBox({
      title: vscode.l10n.t('Correct value'), value: Array.isArray(cur) ? cur.join('; ') : String(cur ?? ''), ignoreFocusOut: true,
      prompt: LIST.includes(field.f) ? vscode.l10n.t('Separate several with ";"') : undefined,
      validateInput: v => {
        const d = dateField(field.f, v);
        return d && !d.ok ? d.error : field.f === 'summary' && !v.trim() ? vscode.l10n.t('A summary is required.') : undefined;
      },
    });
    if (value === undefined) return undefined;
    const d = dateField(field.f, value);
    set = { [field.f]: d?.ok ? d.value : LIST.includes(field.f) ? value.split(';').map(s => s.trim()).filter(Boolean) : value.trim() } as RecordInput['set'];
  }
  if (!reason) {
    reason = await vscode.window.showInputBox({ title: vscode.l10n.t('Why the correction? (kept in the log)'), ignoreFocusOut: true,
      validateInput: v => (v.trim() ? undefined : vscode.l10n.t('A reason is required.')) });
    if (!reason) return undefined;
  }
  return appendOrKeep(host, ws, { kind: 'amendment', at: isoWithOffset(systemClock.now()), amends: id, set, summary: reason });
}
