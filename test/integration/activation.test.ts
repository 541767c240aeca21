// The extension as a user meets it: it activates in a workspace with a Liaison profile, every
// command the manifest declares is really registered, and activation stays light.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { screenshot, screenshotsEnabled, WAIT_MS, waitFor, waitUntil } from './harness';

const EXTENSION_ID = 'liaison.liaison';

function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  return ext;
}

suite('Activation', () => {
  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('activates in a workspace holding .liaison/profile.json', async () => {
    const ext = extension();
    // workspaceContains:.liaison/profile.json activates it at startup: wait for that, never force
    // it with ext.activate(). VS Code has no "extension activated" event, so poll on a short tick.
    await waitFor(() => ext.isActive, WAIT_MS, 'activation by workspaceContains:.liaison/profile.json');
  });

  test('registers exactly the commands declared in package.json', async () => {
    const ext = extension();
    await ext.activate();
    const contributes = ext.packageJSON.contributes;
    const declared = (contributes.commands as { command: string }[]).map(c => c.command).sort();
    // VS Code itself registers <viewId>.focus, .open, .toggleVisibility... for each contributed view.
    const views = Object.values((contributes.views ?? {}) as Record<string, { id: string }[]>).flat().map(v => v.id);
    const generated = (c: string) => views.some(v => c.startsWith(`${v}.`));
    const registered = (await vscode.commands.getCommands(true)).filter(c => c.startsWith('liaison.') && !generated(c)).sort();
    const missing = declared.filter(c => !registered.includes(c));
    const undeclared = registered.filter(c => !declared.includes(c));
    if (missing.length || undeclared.length) {
      assert.fail(`declared but not registered: ${missing.join(', ') || 'none'}; registered but not declared: ${undeclared.join(', ') || 'none'}`);
    }
  });

  test('activation is lazy: no heavy module loaded, none bundled in extension.js', async () => {
    const ext = extension();
    await ext.activate();
    // Nothing has been opened or run yet in this window, so no lazy part should be loaded.
    const lazyDir = path.join(ext.extensionPath, 'dist', 'lazy') + path.sep;
    const loaded = Object.keys(require.cache).filter(k => k.startsWith(lazyDir));
    assert.deepStrictEqual(loaded, [], 'lazy modules loaded during activation');
    const main = fs.readFileSync(path.join(ext.extensionPath, 'dist', 'extension.js'), 'utf8');
    for (const heavy of ['micromark', 'chrono-node', 'remark-parse', 'unified-engine']) {
      assert.ok(!main.includes(`node_modules/${heavy}/`), `dist/extension.js bundles ${heavy}: load it from dist/lazy/ instead`);
    }
  });

  test('the workbench shows a Liaison note (screenshots)', async function () {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace is open');
    const uri = vscode.Uri.joinPath(folder.uri, 'notes', '2026-11-20-status.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.strictEqual(doc.languageId, 'markdown');
    await vscode.window.showTextDocument(doc, { preview: false });
    if (!screenshotsEnabled()) return;
    this.timeout(3 * WAIT_MS);
    // Give the linter (if any) a chance to publish findings; the picture is what a user sees.
    await waitUntil(() => vscode.languages.getDiagnostics(uri).length > 0, [vscode.languages.onDidChangeDiagnostics], WAIT_MS)
      .catch(() => console.log('  (no diagnostics on the note: screenshot without findings)'));
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.window.showTextDocument(doc, { preview: false, preserveFocus: false });
    await screenshot('note-problems');

    const fr = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'notes', '2026-11-18-incident.md'));
    await vscode.window.showTextDocument(fr, { preview: false });
    await waitUntil(() => vscode.languages.getDiagnostics(fr.uri).length > 0, [vscode.languages.onDidChangeDiagnostics], WAIT_MS).catch(() => undefined);
    await screenshot('note-fr');

    await vscode.commands.executeCommand('workbench.action.quickOpen', '>Liaison: ');
    await screenshot('commands');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });
});
