// (lazy part) The log read without holding the extension host: writer files read piece by piece
// (loadLogAsync), the event loop running between pieces, under a progress notification that
// counts the records, cancellable between pieces. One read serves every command and view that
// asks at once; it stops only when all of them have cancelled.
import * as vscode from 'vscode';
import { loadLogAsync, ReadCancelled, type LoadProgress } from '../../node/log-store';
import type { ChainNode } from '../../core/log/chain';
import { readingWords } from './progress-words';
import { SharedReads } from './shared-read';
import { cachedLog, keepLog, type Cached, type LogWorkspace } from './workspace';

/** What a long log command shows, as the progress notification shows it (tests watch it). */
export interface LogProgressReport {
  command: string;
  state: 'reading' | 'step' | 'done' | 'cancelled';
  message: string;
  records: number;
  /** How much of the log's bytes is read, 0-100 (undefined when the size is unknown). */
  percent?: number;
}

const reported = new vscode.EventEmitter<LogProgressReport>();
export const onDidReportLogProgress = reported.event;

const reads = new SharedReads<Cached>();

/**
 * The loaded log (cached while its files are unchanged), read asynchronously when it must be read.
 * Rejects with ReadCancelled once `cancel` is asked for; the read goes on for any other waiter.
 */
export async function readLogAsync(ws: LogWorkspace, o: { onProgress?: (p: LoadProgress) => void; cancel?: vscode.CancellationToken } = {}): Promise<Cached> {
  const { stamp, hit } = cachedLog(ws);
  if (hit) return hit;
  return reads.wait(ws.logDir, stamp, async (abort, onProgress) => {
    const chains: Record<string, ChainNode[]> = {};
    const log = await loadLogAsync(ws.logDir, { chains, cancel: abort, onProgress });
    return keepLog(ws, stamp, log, chains);
  }, o);
}

/** "Reading the log: 45,000 records (42%)", in VS Code's language. */
export const readingMessage = (p: LoadProgress) => readingWords(vscode.l10n, vscode.env.language, p);

export interface LogTask {
  progress: vscode.Progress<{ message?: string; increment?: number }>;
  token: vscode.CancellationToken;
  /**
   * Shows the next step ("Writing the export…") and lets the event loop turn once, so the message
   * reaches the window before a step that computes for a while (an export of a big log).
   */
  step(message: string): Promise<void>;
}

/**
 * Runs `task` under a progress notification titled `title`, after reading the log with progress.
 * Resolves to undefined when cancelled (`cancelledMessage`, if any, is said in the status bar): the task
 * checks `token` before anything it cannot undo, so a cancelled command leaves nothing behind.
 * `cancel`: a caller's own token (another extension, a test), honoured like the Cancel button.
 */
/** One turn of the event loop: long work awaits it between pieces so the extension host answers meanwhile. */
export const hostTurn = (): Promise<void> => new Promise<void>(resolve => setImmediate(resolve));

export function withLogRead<T>(ws: LogWorkspace,
  o: { command: string; title: string; cancelledMessage: string; cancel?: vscode.CancellationToken; location?: vscode.ProgressLocation },
  task: (cached: Cached, t: LogTask) => Promise<T>): Thenable<T | undefined> {
  const location = o.location ?? vscode.ProgressLocation.Notification;
  return vscode.window.withProgress({ location, title: o.title, cancellable: location === vscode.ProgressLocation.Notification }, async (progress, button) => {
    const both = new vscode.CancellationTokenSource();
    const subs = [button.onCancellationRequested(() => both.cancel()), ...(o.cancel ? [o.cancel.onCancellationRequested(() => both.cancel())] : [])];
    if (o.cancel?.isCancellationRequested) both.cancel();
    let shown = 0;
    let records = 0;
    const onProgress = (p: LoadProgress) => {
      const { message, percent } = readingMessage(p);
      records = p.records;
      progress.report({ message, increment: percent === undefined ? undefined : percent - shown });
      shown = percent ?? shown;
      reported.fire({ command: o.command, state: 'reading', message, records, percent });
    };
    const step = async (message: string) => {
      progress.report({ message });
      reported.fire({ command: o.command, state: 'step', message, records });
      await hostTurn();
    };
    try {
      const cached = await readLogAsync(ws, { onProgress, cancel: both.token });
      records = cached.log.count;
      const out = await task(cached, { progress, token: both.token, step });
      reported.fire({ command: o.command, state: 'done', message: '', records, percent: 100 });
      return out;
    } catch (e) {
      if (!(e instanceof ReadCancelled)) throw e;
      if (o.cancelledMessage) void vscode.window.setStatusBarMessage(o.cancelledMessage, 8000);
      reported.fire({ command: o.command, state: 'cancelled', message: o.cancelledMessage, records });
      return undefined;
    } finally {
      subs.forEach(s => s.dispose());
      both.dispose();
    }
  });
}

/** A command's `{ cancel: CancellationToken }` argument, when it was given one. */
export function cancelOption(options: unknown): vscode.CancellationToken | undefined {
  const c = (options as { cancel?: Partial<vscode.CancellationToken> } | undefined)?.cancel;
  return c && typeof c.isCancellationRequested === 'boolean' && typeof c.onCancellationRequested === 'function' ? c as vscode.CancellationToken : undefined;
}

export { ReadCancelled };
