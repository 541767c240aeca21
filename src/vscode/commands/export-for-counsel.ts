// Liaison: Export for Counsel: the chronology, commitments, full texts and hashes a lawyer needs
// (core/log/export-counsel.ts), as .md and .html in the exports folder.
import * as vscode from 'vscode';
import { counselExport } from '../../core/log/export-counsel';
import { localDay } from '../../core/log/dates';
import { logWorkspace } from '../log/workspace';
import { checkedLog } from '../log/checked-log';
import { witnessSummary } from '../../node/log-store';
import { witnessIssues } from '../../core/log/report';
import { exportSources, writeExport } from '../send/export-files';

export interface ExportForArgs { since?: string; until?: string; open?: boolean }

export async function exportForCounsel(args?: ExportForArgs): Promise<{ md: string; html: string } | undefined> {
  const ws = await logWorkspace();
  if (!ws) return undefined;
  // Verify's findings: in a git repository, that its history was not checked here (run liaison log verify).
  const log = checkedLog(ws);
  const now = new Date();
  const witnesses = witnessSummary(ws.logDir);
  const doc = await counselExport({ log, profile: ws.profile, lang: ws.lang, now, filter: { since: args?.since, until: args?.until },
    ...(await exportSources(ws.root, ws.logDir, log)), witnesses });
  const out = await writeExport(ws.root, `for-counsel-${localDay(now)}`, doc, args?.open !== false);
  if (out && [...log.issues, ...witnessIssues(witnesses)].some(i => i.severity === 'error')) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The log is broken: the export says so. Run Verify Log Integrity for details.'));
  }
  return out;
}
