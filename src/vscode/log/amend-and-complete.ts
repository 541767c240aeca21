// (lazy part) `Amend Log Entry…` and `Complete Commitment…`: both append a new record that points
// at an earlier one; nothing is edited in place.
import * as vscode from 'vscode';
import { AMENDABLE, COMMITMENT_STATES, isIsoDate, isIsoDateTime, type Amendable, type CommitmentState, type LogRecord, type RecordInput } from '../../core/log/record';
import { commitments } from '../../core/log/query';
import { isoWithOffset } from '../../core/log/dates';
import type { LogHost } from './host';
import { logWorkspace, readLog, todayLocal, trusted } from './workspace';
import { appendOrKeep } from './log-exchange';
import { sideLabel, stateLabel } from './labels';
import { FLOW_TEXT } from '../../core/log/exchange-steps';
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
      [...records].reverse().filter(e => e.record.kind !== 'amendment').map(e => ({ label: e.record.summary, description: e.record.at.slice(0, 16).replace('T', ' '), id: e.record.id })),
      { title: vscode.l10n.t('Amend which entry?'), matchOnDescription: true });
    if (!pick) return undefined;
    id = pick.id;
  }
  const target = records.find(e => e.record.id === id);
  if (!target) {
    void vscode.window.showErrorMessage(vscode.l10n.t('No log record with id {0}.', id));
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
  return appendOrKeep(host, ws, { kind: 'amendment', at: isoWithOffset(new Date()), amends: id, set, summary: reason });
}

export interface CompleteArgs { record?: string; index?: number; state?: CommitmentState; note?: string; ref?: { record: string; index: number } }

export async function completeCommitment(host: LogHost, args?: CompleteArgs): Promise<LogRecord | undefined> {
  if (!trusted()) return undefined;
  const ws = await logWorkspace();
  if (!ws) return undefined;
  const all = commitments(readLog(ws).records, todayLocal());
  const ref = args?.ref ?? (args?.record !== undefined ? { record: args.record, index: args.index ?? 0 } : undefined);
  let c = ref ? all.find(x => x.record.id === ref.record && x.index === ref.index) : undefined;
  if (!c) {
    const open = all.filter(x => x.state === 'open');
    if (!open.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No open commitment in the log.'));
      return undefined;
    }
    const pick = await vscode.window.showQuickPick(open.map(x => ({
      label: `${sideLabel(x.commitment.by, ws)}: ${x.commitment.what}`,
      description: [x.commitment.due, x.overdue ? vscode.l10n.t('overdue') : ''].filter(Boolean).join(' · '), x,
    })), { title: vscode.l10n.t('Which commitment?') });
    if (!pick) return undefined;
    c = pick.x;
  }
  let state = args?.state;
  if (!state) {
    const pick = await vscode.window.showQuickPick(COMMITMENT_STATES.filter(s => s !== 'open').map(s => ({ label: stateLabel(s), s })),
      { title: vscode.l10n.t('What became of it?') });
    if (!pick) return undefined;
    state = pick.s;
  }
  return appendOrKeep(host, ws, {
    kind: 'commitment-update', at: isoWithOffset(new Date()),
    commitment: { record: c.record.id, index: c.index, state },
    summary: args?.note ?? `${FLOW_TEXT[ws.lang].states[state]}: ${c.commitment.what}`,
  });
}
