// The linter as a user meets it in the editor: problems appear for a note (never for a README),
// a quick fix changes the text and the finding goes away, and "Lint All Notes" fills the
// Problems panel for notes nobody opened.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { WAIT_MS, waitUntil } from './harness';

const T = WAIT_MS;
const created: vscode.Uri[] = [];

function folder(): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the test workspace is open');
  return f;
}

async function write(rel: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder().uri, ...rel.split('/'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  created.push(uri);
  return uri;
}

const liaison = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter(d => d.source === 'liaison');
const ruleOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const withRule = (uri: vscode.Uri, id: string) => liaison(uri).filter(d => ruleOf(d) === id);

const STATUS_NO_NEXT = '---\ntype: status\nlang: en\ndate: 2026-11-20\n---\n# Weekly update\n\n## Done this week\n- The order form saves the pickup time.\n\n## Planned next\n- The payment page.\n\n## Blockers and risks\nNone this week.\n\n## What I need from you\nNothing this week.\n';

suite('Lint', () => {
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created.splice(0)) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  test('diagnostics appear for a note, with the rule id linking to its doc', async () => {
    const uri = vscode.Uri.joinPath(folder().uri, 'notes', '2026-11-20-status.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const diags = await waitUntil(() => (liaison(uri).length ? liaison(uri) : undefined), [vscode.languages.onDidChangeDiagnostics], T, 'diagnostics on the status note');
    const d = diags.find(x => ruleOf(x) === 'next-contact-date');
    assert.ok(d, `next-contact-date expected, got ${diags.map(ruleOf).join(', ')}`);
    assert.ok(typeof d.code === 'object', 'the code is a link');
    // The link is the doc bundled in the extension (offline), and opening it shows the rule's why.
    const ext = vscode.extensions.getExtension('liaison.liaison');
    assert.ok(ext, 'the extension is installed');
    assert.strictEqual(d.code.target.toString(), vscode.Uri.joinPath(ext.extensionUri, 'docs', 'rules', 'next-contact-date.md').toString());
    await vscode.commands.executeCommand('vscode.open', d.code.target);
    const target = d.code.target.toString();
    const opened = await waitUntil(() => vscode.workspace.textDocuments.find(t => t.uri.toString() === target),
      [vscode.workspace.onDidOpenTextDocument, vscode.window.onDidChangeActiveTextEditor], T, 'the rule doc opens');
    assert.match(opened.getText(), /^# `next-contact-date`$/m);
    assert.match(opened.getText(), /^## Why$/m);
  });

  test('no diagnostics for other Markdown such as README.md', async () => {
    const readme = await write('README.md', '# Weekly update\n\nI will send it soon. THIS IS URGENT!!!\n');
    const note = await write('notes/lint-readme-check.md', STATUS_NO_NEXT);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(readme));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(note));
    // The note opened after the README is linted after it: once its problems show, the README's would have too.
    await waitUntil(() => liaison(note).length > 0, [vscode.languages.onDidChangeDiagnostics], T, 'diagnostics on the note');
    assert.deepStrictEqual(liaison(readme).map(d => d.message), []);
  });

  test('a quick fix inserts the next-contact line and the finding goes away', async () => {
    const uri = await write('notes/lint-quickfix.md', STATUS_NO_NEXT);
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    const [d] = await waitUntil(() => (withRule(uri, 'next-contact-date').length ? withRule(uri, 'next-contact-date') : undefined), [vscode.languages.onDidChangeDiagnostics], T, 'next-contact-date');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d!.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find(a => /next-contact|prochain contact/i.test(a.title));
    assert.ok(fix?.edit, `quick fix expected, got: ${actions.map(a => a.title).join(' | ')}`);
    assert.ok(actions.some(a => a.title.includes('next-contact-date') && /disable|désactiver/i.test(a.title)), 'a disable-for-line action is offered');
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.notStrictEqual(doc.getText(), before, 'the text changed');
    assert.match(doc.getText(), /## Next contact\n\nI will send you the next update on Friday 27 November\./);
    await waitUntil(() => withRule(uri, 'next-contact-date').length === 0, [vscode.languages.onDidChangeDiagnostics], T, 'next-contact-date to go away');
    await editor.document.save();
  });

  test('a weekday that does not match its date shows in Problems, and its quick fix corrects it', async () => {
    // The year is written, so the real clock cannot change the answer: 26 November 2026 is a Thursday.
    const uri = await write('notes/lint-weekday.md', '---\nlang: en\ndate: 2026-11-20\n---\n# Notes\n\nThe demo is on Friday 26 November 2026.\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const [d] = await waitUntil(() => (withRule(uri, 'date-mismatch').length ? withRule(uri, 'date-mismatch') : undefined), [vscode.languages.onDidChangeDiagnostics], T, 'date-mismatch');
    assert.match(d!.message, /Thursday|jeudi/);
    assert.deepStrictEqual([d!.range.start.line, d!.range.start.character], [6, 15]);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d!.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find(a => /Thursday|jeudi/.test(a.title));
    assert.ok(fix?.edit, `quick fix expected, got: ${actions.map(a => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /The demo is on Thursday 26 November 2026\./);
    await waitUntil(() => withRule(uri, 'date-mismatch').length === 0, [vscode.languages.onDidChangeDiagnostics], T, 'date-mismatch to go away');
  });

  test('fix all (source.fixAll.liaison) inserts the missing sections', async () => {
    const uri = await write('notes/lint-fixall.md', '---\ntype: delay\nlang: en\ndate: 2026-11-20\n---\n# Delay notice\n\n## What is delayed\nThe payment page.\n\n## Next contact\nI will write to you on Tuesday 24 November.\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await waitUntil(() => withRule(uri, 'required-sections').length >= 2, [vscode.languages.onDidChangeDiagnostics], T, 'missing sections reported');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.liaison');
    const all = actions.find(a => a.kind?.value === 'source.fixAll.liaison');
    assert.ok(all?.edit, `fix-all expected, got: ${actions.map(a => a.kind?.value).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(all.edit));
    assert.match(doc.getText(), /## Why\n/);
    assert.match(doc.getText(), /## New date\n/);
    // The inserted sections are empty on purpose: the finding now asks for their content.
    await waitUntil(() => withRule(uri, 'required-sections').length > 0 && withRule(uri, 'required-sections').every(d => /empty|vide/.test(d.message)) ? true : undefined,
      [vscode.languages.onDidChangeDiagnostics], T, 'missing-section findings replaced by empty-section ones');
  });

  test('Lint All Notes fills the Problems panel for notes not opened', async () => {
    const a = await write('notes/lint-all-a.md', STATUS_NO_NEXT);
    const b = await write('notes/lint-all-b.md', '---\ntype: incident\nlang: fr\ndate: 2026-11-20\n---\n# Imprévu\n\n## Ce qui s\'est passé\nLe serveur est tombé.\n');
    assert.strictEqual(liaison(a).length + liaison(b).length, 0, 'nothing reported before the command');
    await vscode.commands.executeCommand('liaison.lintAllNotes');
    await waitUntil(() => liaison(a).length > 0 && liaison(b).length > 0, [vscode.languages.onDidChangeDiagnostics], T, 'diagnostics for both notes');
    assert.ok(withRule(b, 'incident-options').length > 0, 'French incident without options is reported');
  });

  test('typing fast: the lint runs on its own thread and only the last text is reported', async () => {
    const uri = await write('notes/lint-typing.md', STATUS_NO_NEXT);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitUntil(() => liaison(uri).length > 0 || undefined, [vscode.languages.onDidChangeDiagnostics], T, 'first diagnostics');
    // The engine the extension loaded (same module: same absolute path) lints on its worker thread.
    const ext = vscode.extensions.getExtension('liaison.liaison')!;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const engine = require(vscode.Uri.joinPath(ext.extensionUri, 'dist', 'lazy', 'lint-engine.js').fsPath) as { lintsOnThread(): boolean };
    assert.strictEqual(engine.lintsOnThread(), true, 'the editor lints off the extension host thread');
    // Edits faster than the debounce: shouting first, then replaced by a vague promise.
    const at = editor.document.getText().indexOf('- The payment page.');
    await editor.edit(e => e.insert(editor.document.positionAt(at), 'THIS IS URGENT!!! '));
    await editor.edit(e => e.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 'THIS IS URGENT!!! '.length)), 'I will send it soon. '));
    await waitUntil(() => withRule(uri, 'vague-timing').length > 0 || undefined, [vscode.languages.onDidChangeDiagnostics], T, 'vague-timing on the last text');
    assert.deepStrictEqual(withRule(uri, 'shouting'), [], 'nothing from the intermediate text');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
