// (lazy part) `Log Selection as Client Message`: the selected text (a pasted email, a chat message)
// becomes the client's quote in a new exchange record.
import * as vscode from 'vscode';
import type { LogRecord } from '../../core/log/record';
import type { LogHost } from './host';
import { logExchange, type LogExchangeArgs } from './log-exchange';

/** The selected text (a pasted email, a chat message) becomes the client's quote. */
export async function logSelection(host: LogHost, args?: LogExchangeArgs): Promise<LogRecord | undefined> {
  if (args?.record) return logExchange(host, { ...args, record: { channel: 'email', direction: 'from-client', ...args.record } });
  const ed = vscode.window.activeTextEditor;
  const text = ed ? ed.selections.map(s => ed.document.getText(s)).join('\n').trim() : '';
  if (!text) {
    void vscode.window.showWarningMessage(vscode.l10n.t("Select the client's message first."));
    return undefined;
  }
  return logExchange(host, undefined, { channel: 'email', direction: 'from-client', quote: text });
}
