// Liaison: Export Recap for the Client: decisions and who does what, to confirm in writing
// (core/log/export-client.ts): no hashes, file names, internal notes or lessons.
import { clientRecap } from '../../core/log/export-client';
import { localDay } from '../../core/log/dates';
import { logWorkspace, readLog } from '../log/workspace';
import { writeExport } from '../send/export-files';
import type { ExportForArgs } from './export-for-counsel';

export async function exportClientRecap(args?: ExportForArgs): Promise<{ md: string; html: string } | undefined> {
  const ws = await logWorkspace();
  if (!ws) return undefined;
  const now = new Date();
  const doc = clientRecap({ log: readLog(ws).log, profile: ws.profile, lang: ws.lang, now, filter: { since: args?.since, until: args?.until } });
  return writeExport(ws.root, `client-recap-${localDay(now)}`, doc, args?.open !== false);
}
