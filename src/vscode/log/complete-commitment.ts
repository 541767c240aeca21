// (lazy part) `Complete Commitment…`: appends what became of a promise (done, dropped, renegotiated)
// as a record that points at it; the promise itself is never edited.
import * as vscode from 'vscode';
import { visibleText } from '../../core/log/escape';
import { systemClock } from '../../core/ports';
import { COMMITMENT_STATES, type CommitmentState, type LogRecord } from '../../core/log/record';
import { commitments } from '../../core/log/query';
import { isoWithOffset } from '../../core/log/dates';
import type { LogHost } from './host';
import { logWorkspace, readLog, todayLocal, trusted } from './workspace';
import { appendOrKeep } from './log-exchange';
import { sideLabel, stateLabel } from './labels';
import { FLOW_TEXT } from '../../core/log/exchange-steps';

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
      label: `${sideLabel(x.commitment.by, ws)}: ${visibleText(x.commitment.what)}`,
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
    kind: 'commitment-update', at: isoWithOffset(systemClock.now()),
    commitment: { record: c.record.id, index: c.index, state },
    summary: args?.note ?? `${FLOW_TEXT[ws.lang].states[state]}: ${c.commitment.what}`,
  });
}
