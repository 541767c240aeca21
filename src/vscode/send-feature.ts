// Registers the send feature's commands: the note to the client (copy, email draft) and the
// client's emails into the log. The work lives in dist/lazy/send.js, loaded on first use.
import * as path from 'path';
import * as vscode from 'vscode';

type SendModule = typeof import('./lazy/send');

let loaded: SendModule | undefined;
function lazy(): SendModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(path.join(__dirname, 'lazy', 'send.js')) as SendModule;
  return loaded;
}

export function registerSend(context: vscode.ExtensionContext): void {
  const reg = (id: string, run: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));
  reg('liaison.copyForEmail', (args?: never) => lazy().copyForEmail(args));
  reg('liaison.openEmailDraft', (args?: never) => lazy().openEmailDraft(context, args));
  reg('liaison.exportForCounsel', (args?: never) => lazy().exportForCounsel(args));
  reg('liaison.exportClientRecap', (args?: never) => lazy().exportClientRecap(args));
  // As after Log Selection: a client's email brings back what was said earlier on its subject.
  reg('liaison.logEmailFile', (args?: never, selected?: never) => lazy().logEmailFile(args, selected).then(written => {
    const last = written?.filter(r => r.direction === 'from-client').at(-1);
    if (last && (args as { show?: boolean } | undefined)?.show !== false) void vscode.commands.executeCommand('liaison.offerRelatedRecords', { id: last.id });
    return written;
  }));
}
