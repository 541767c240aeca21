// Liaison: Export Recap for the Client: decisions and who does what, to confirm in writing
// (core/log/export-client.ts): no hashes, file names, internal notes or lessons. Read under a
// progress notification; cancelled before the write, it writes nothing.
import { clientRecap } from '../../core/log/export-client';
import { localDay } from '../../core/log/dates';
import * as vscode from 'vscode';
import { logWorkspace } from '../log/workspace';
import { checkedLog } from '../log/checked-log';
import { cancelOption, ReadCancelled, withLogRead } from '../log/log-read';
import { writeExport } from '../send/export-files';
import type { ExportForArgs } from './export-for-counsel';

export async function exportClientRecap(args?: ExportForArgs): Promise<{ md: string; html: string } | undefined> {
  const ws = await logWorkspace();
  if (!ws) return undefined;
  return withLogRead(ws, { command: 'exportClientRecap', title: vscode.l10n.t('Liaison: recap for the client'), cancel: cancelOption(args),
    cancelledMessage: vscode.l10n.t('Export cancelled: no file was written.') }, async (cached, t) => {
    const now = new Date();
    // Checked as verify checks it: a recap confirms to the client what the log says, so a broken log is said before it goes out.
    const log = checkedLog(ws, cached.log);
    await t.step(vscode.l10n.t('Composing the export…'));
    const doc = clientRecap({ log, profile: ws.profile, lang: ws.lang, now, filter: { since: args?.since, until: args?.until } });
    // The last point where cancelling loses nothing: past it, both files are written.
    if (t.token.isCancellationRequested) throw new ReadCancelled();
    await t.step(vscode.l10n.t('Writing the export…'));
    const out = await writeExport(ws.root, `client-recap-${localDay(now)}`, doc, args?.open !== false);
    if (out && log.issues.some(i => i.severity === 'error')) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The log is broken: this recap may hold records changed by hand. Run Verify Log Integrity before sending it.'));
    }
    return out;
  });
}
