// Registers the templates feature's commands. The work lives in dist/lazy/templates.js, loaded
// on the first command so activation stays light.
import * as path from 'path';
import * as vscode from 'vscode';
import { NOTE_TYPE_IDS, type NoteTypeId } from '../core/notes/note-types';

type TemplatesModule = typeof import('./lazy/templates');

let loaded: TemplatesModule | undefined;
function lazy(): TemplatesModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(path.join(__dirname, 'lazy', 'templates.js')) as TemplatesModule;
  return loaded;
}

/** The note types drive the per-type commands: `payment-reminder` -> `liaison.newPaymentReminder`. */
export function newNoteCommand(type: NoteTypeId): string {
  return `liaison.new${type.replace(/(?:^|-)([a-z])/g, (_, c: string) => c.toUpperCase())}`;
}

export function registerTemplates(context: vscode.ExtensionContext): void {
  const reg = (id: string, run: (args?: never) => Thenable<unknown>): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, run));
  };
  for (const type of NOTE_TYPE_IDS) reg(newNoteCommand(type), args => lazy().newNote(context, type, args));
  reg('liaison.newClientUpdate', args => lazy().newClientUpdate(context, args));
  reg('liaison.setUpProfile', args => lazy().setUpProfile(context, args));
  reg('liaison.customizeTemplate', args => lazy().customizeTemplate(context, args));
}
