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
  reg('liaison.logEmailFile', (args?: never, selected?: never) => lazy().logEmailFile(args, selected));
}
