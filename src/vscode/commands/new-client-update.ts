// Liaison: New Client Update…: every note type with its one-line description, in the UI language.
import * as vscode from 'vscode';
import { NOTE_TYPES } from '../../core/notes/note-types';
import { frenchTypography } from '../../core/templates/typography';
import { uiLang } from '../templates/context';
import { newNote, type NewNoteArgs, type NewNoteResult } from './new-note';

export async function newClientUpdate(context: vscode.ExtensionContext, args: NewNoteArgs = {}): Promise<NewNoteResult | undefined> {
  const lang = uiLang();
  const fix = (s: string): string => (lang === 'fr' ? frenchTypography(s) : s);
  const items = NOTE_TYPES.map(t => ({ label: fix(t.titles[lang][0]), description: t.id, detail: fix(t.description[lang]), type: t.id }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('New client update'),
    placeHolder: vscode.l10n.t('Which note do you want to write?'),
    matchOnDescription: true, matchOnDetail: true,
  });
  return picked ? newNote(context, picked.type, args) : undefined;
}
