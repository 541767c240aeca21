// (lazy part) The log reference added at the end of a note sent from the editor (setting
// liaison.send.anchorLine, default on): a new anchor of the log as it is now, kept with its
// witnesses, and its line in the note's language. No log yet, an untrusted workspace, or a log
// that cannot be written: no line, and the note goes out as it is.
import * as vscode from 'vscode';
import type { Lang } from '../../core/ports';
import { anchorLine } from '../../core/send/anchor-line';
import { anchorLog } from '../../node/log-store';
import { logWorkspace } from '../log/workspace';

export async function anchorFooter(uri: vscode.Uri, title: string, noteLang: Lang | undefined, how: string): Promise<string | undefined> {
  if (!vscode.workspace.isTrusted || !vscode.workspace.getConfiguration('liaison.send').get<boolean>('anchorLine', true)) return undefined;
  const ws = await logWorkspace(uri, true);
  if (!ws) return undefined;
  try {
    const w = await anchorLog(ws.logDir, { channel: 'email', note: `${how}: ${title}` });
    return anchorLine(w.ref, noteLang ?? ws.lang);
  } catch {
    return undefined; // empty log (nothing to anchor yet) or not writable
  }
}
