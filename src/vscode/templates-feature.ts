// Registers the templates feature's commands. The work lives in dist/lazy/templates.js, loaded
// on the first command so activation stays light.
import * as path from 'path';
import * as vscode from 'vscode';
import type { NoteTypeId } from '../core/notes/note-types';

type TemplatesModule = typeof import('./lazy/templates');

let loaded: TemplatesModule | undefined;
function lazy(): TemplatesModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(path.join(__dirname, 'lazy', 'templates.js')) as TemplatesModule;
  return loaded;
}

const TYPE_COMMANDS: Record<string, NoteTypeId> = {
  'liaison.newExpectations': 'expectations',
  'liaison.newStatus': 'status',
  'liaison.newRisk': 'risk',
  'liaison.newIncident': 'incident',
  'liaison.newReply': 'reply',
  'liaison.newDelay': 'delay',
  'liaison.newPaymentReminder': 'payment-reminder',
  'liaison.newChangeRequest': 'change-request',
  'liaison.newClosing': 'closing',
  'liaison.newInvoice': 'invoice',
};

export function registerTemplates(context: vscode.ExtensionContext): void {
  const reg = (id: string, run: (args?: never) => Thenable<unknown>): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, run));
  };
  for (const [id, type] of Object.entries(TYPE_COMMANDS)) reg(id, args => lazy().newNote(context, type, args));
  reg('liaison.newClientUpdate', args => lazy().newClientUpdate(context, args));
  reg('liaison.setUpProfile', args => lazy().setUpProfile(context, args));
  reg('liaison.customizeTemplate', args => lazy().customizeTemplate(context, args));
}
