// Liaison: Export for Counsel: the chronology, commitments, full texts and hashes a lawyer needs
// (core/log/export-counsel.ts), as .md and .html in the exports folder. Read under a progress
// notification; cancelled before the write, it writes nothing (an earlier export stays as it was).
import * as vscode from 'vscode';
import { counselExport } from '../../core/log/export-counsel';
import { localDay } from '../../core/log/dates';
import { logWorkspace } from '../log/workspace';
import { checkedLog } from '../log/checked-log';
import { cancelOption, hostTurn, ReadCancelled, withLogRead } from '../log/log-read';
import { witnessSummary } from '../../node/log-store';
import { witnessIssues } from '../../core/log/report';
import { exportSources, writeExport } from '../send/export-files';

/** `cancel`: a caller's CancellationToken, honoured as the notification's Cancel button. */
export interface ExportForArgs { since?: string; until?: string; open?: boolean; cancel?: vscode.CancellationToken }

export async function exportForCounsel(args?: ExportForArgs): Promise<{ md: string; html: string } | undefined> {
  const ws = await logWorkspace();
  if (!ws) return undefined;
  return withLogRead(ws, { command: 'exportForCounsel', title: vscode.l10n.t('Liaison: export for counsel'), cancel: cancelOption(args),
    cancelledMessage: vscode.l10n.t('Export cancelled: no file was written.') }, async (cached, t) => {
    // Verify's findings: in a git repository, that its history was not checked here (run liaison log verify).
    const log = checkedLog(ws, cached.log);
    const now = new Date();
    const witnesses = witnessSummary(ws.logDir, cached.chains);
    await t.step(vscode.l10n.t('Reading the notes and emails it quotes…'));
    const sources = await exportSources(ws.root, ws.logDir, log);
    if (t.token.isCancellationRequested) throw new ReadCancelled();
    await t.step(vscode.l10n.t('Composing the export…'));
    const doc = await counselExport({ log, profile: ws.profile, lang: ws.lang, now, filter: { since: args?.since, until: args?.until }, ...sources, witnesses, turn: hostTurn });
    // The last point where cancelling loses nothing: past it, both files are written.
    if (t.token.isCancellationRequested) throw new ReadCancelled();
    await t.step(vscode.l10n.t('Writing the export…'));
    const out = await writeExport(ws.root, `for-counsel-${localDay(now)}`, doc, args?.open !== false);
    if (out && [...log.issues, ...witnessIssues(witnesses)].some(i => i.severity === 'error')) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The log is broken: the export says so. Run Verify Log Integrity for details.'));
    }
    return out;
  });
}
