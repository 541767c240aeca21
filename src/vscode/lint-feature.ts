// Registers the lint feature: diagnostics for notes, quick fixes, and "Lint All Notes". Nothing
// heavy here: remark, chrono and the rules load from dist/lazy/lint-engine.js on the first note.
import * as vscode from 'vscode';
import { LintController } from './lint/controller';
import { LintCodeActions } from './lint/code-actions';
import { lintAllNotes } from './lint/lint-all';
import { clear } from './lint/diagnostics';

export function registerLint(context: vscode.ExtensionContext): void {
  const collection = vscode.languages.createDiagnosticCollection('liaison');
  const controller = new LintController(collection, context.extensionUri);
  const watcher = vscode.workspace.createFileSystemWatcher('**/{.liaisonrc,.liaisonrc.json,.liaisonrc.yaml,.liaisonrc.yml,.liaison/profile.json}');
  context.subscriptions.push(
    collection, controller, watcher,
    vscode.workspace.onDidOpenTextDocument(doc => void controller.lint(doc)),
    vscode.workspace.onDidChangeTextDocument(e => { if (e.contentChanges.length) controller.schedule(e.document); }),
    vscode.workspace.onDidSaveTextDocument(doc => void controller.lint(doc)),
    vscode.workspace.onDidCloseTextDocument(doc => clear(collection, doc.uri)),
    vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('liaison.lint')) controller.configChanged(); }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => controller.configChanged()),
    watcher.onDidChange(() => controller.configChanged()),
    watcher.onDidCreate(() => controller.configChanged()),
    watcher.onDidDelete(() => controller.configChanged()),
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new LintCodeActions(), { providedCodeActionKinds: LintCodeActions.kinds }),
    vscode.commands.registerCommand('liaison.lintAllNotes', () => lintAllNotes(controller)),
  );
  for (const doc of vscode.workspace.textDocuments) void controller.lint(doc);
}
