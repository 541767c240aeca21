// With no folder open, a template command opens an untitled Markdown note with live tab stops.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { WAIT_MS, waitUntil } from './harness';

suite('Templates (no folder)', () => {
  test('liaison.newIncident opens an untitled Markdown note with front matter and tab stops', async () => {
    assert.strictEqual(vscode.workspace.workspaceFolders, undefined);
    const result = await vscode.commands.executeCommand<{ uri: string; tabStops: number } | undefined>('liaison.newIncident', { date: '2026-11-24', lang: 'en' });
    assert.ok(result, 'a note was opened');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.strictEqual(editor.document.uri.scheme, 'untitled');
    assert.strictEqual(editor.document.languageId, 'markdown');
    const text = editor.document.getText();
    assert.match(text, /^---\ntype: incident\nlang: en\nclient: client name\nproject: project name\ndate: 2026-11-24\nstatus: draft\n---\n# Unforeseen issue/);
    assert.match(text, /^## Options$/m);
    assert.match(text, /\*\*Friday 27 November 2026\*\*/);
    // Without a profile the client's name is the first tab stop, and it is selected.
    assert.strictEqual(editor.document.getText(editor.selection), 'client name');
    const first = editor.selection;
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    await waitUntil(() => !editor.selection.isEqual(first), [vscode.window.onDidChangeTextEditorSelection], WAIT_MS, 'the next tab stop');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('without a profile, liaison.templates.defaultLanguage chooses the language', async () => {
    const config = vscode.workspace.getConfiguration('liaison.templates');
    await config.update('defaultLanguage', 'fr', vscode.ConfigurationTarget.Global);
    try {
      await vscode.commands.executeCommand('liaison.newStatus', { date: '2026-11-24' });
      const text = vscode.window.activeTextEditor?.document.getText() ?? '';
      assert.match(text, /^---\ntype: status\nlang: fr\nclient: nom du client\n/);
      assert.match(text, /^# Point hebdomadaire$/m);
      assert.match(text, /le prochain point le mardi 1er décembre 2026/);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await config.update('defaultLanguage', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('Set Up Project Profile… explains that a folder is needed', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('liaison.setUpProfile'), undefined);
  });
});
