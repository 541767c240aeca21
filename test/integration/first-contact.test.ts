// First contact in a real VS Code: the contributed walkthrough exists and opens.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitUntil } from './harness';

suite('First contact', () => {
  test('the Get started walkthrough is contributed and opens', async function () {
    this.timeout(60000);
    const ext = vscode.extensions.getExtension('liaison.liaison')!;
    await ext.activate();
    const walkthroughs = ext.packageJSON.contributes.walkthroughs as { id: string; steps: unknown[] }[];
    assert.deepStrictEqual(walkthroughs.map(w => [w.id, w.steps.length]), [['gettingStarted', 5]]);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', 'liaison.liaison#gettingStarted', false);
    const tabs = () => vscode.window.tabGroups.all.flatMap(g => g.tabs);
    const tab = await waitUntil(() => tabs().find(t => !(t.input instanceof vscode.TabInputText)), [vscode.window.tabGroups.onDidChangeTabs], 20000, 'the walkthrough tab');
    console.log(`walkthrough tab: ${tab.label}`);
    assert.match(tab.label, /Welcome|Walkthrough|Liaison|Get started/i);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
