// Keeps the Problems panel in step with open notes: lint on open, on edit (debounced, off the
// typing path) and on save; clear on close. The engine loads on the first note only.
import * as path from 'path';
import * as vscode from 'vscode';
import type { Lang } from '../../core/ports';
import { workspaceFileSystem } from '../templates/workspace-fs';
import { clear, publish, toDiagnostics } from './diagnostics';
import { forgetNotesFolders, isNote } from './note-filter';

type EngineModule = typeof import('../lazy/lint-engine');
let engine: EngineModule | undefined;
export function lintEngine(): EngineModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  engine ??= require(path.join(__dirname, 'lazy', 'lint-engine.js')) as EngineModule;
  return engine;
}

export const uiLang = (): Lang => (vscode.env.language.toLowerCase().startsWith('fr') ? 'fr' : 'en');

function settings() {
  const c = vscode.workspace.getConfiguration('liaison.lint');
  return {
    enable: c.get<boolean>('enable', true),
    debounceMs: Math.max(0, c.get<number>('debounceMs', 300)),
    maxFullLintBytes: Math.max(1024, c.get<number>('maxFullLintBytes', 256 * 1024)),
  };
}

export class LintController implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The latest lint started per document: an older run still going is stale and stops. */
  private readonly runs = new Map<string, number>();
  private readonly output: vscode.OutputChannel;

  constructor(readonly collection: vscode.DiagnosticCollection, private readonly extensionUri: vscode.Uri) {
    this.output = vscode.window.createOutputChannel('Liaison Lint');
  }

  /** Lints `doc` now if it is a note; clears its diagnostics otherwise. */
  async lint(doc: vscode.TextDocument): Promise<void> {
    if (!settings().enable || !(await isNote(doc))) { clear(this.collection, doc.uri); return; }
    await this.lintText(doc.uri, doc.getText(), doc.version, doc);
  }

  async lintText(uri: vscode.Uri, text: string, version: number, doc?: vscode.TextDocument): Promise<void> {
    const s = settings();
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = uri.toString();
    const run = (this.runs.get(key) ?? 0) + 1;
    this.runs.set(key, run);
    try {
      const findings = await lintEngine().lintDocument({
        text, path: uri.scheme === 'file' ? uri.fsPath.replace(/\\/g, '/') : undefined,
        root: folder?.uri.scheme === 'file' ? folder.uri.fsPath.replace(/\\/g, '/') : undefined,
        key, trusted: vscode.workspace.isTrusted, uiLang: uiLang(), maxFullLintBytes: s.maxFullLintBytes, fs: workspaceFileSystem,
        isCancelled: () => this.runs.get(key) !== run || (doc !== undefined && doc.version !== version),
      });
      if (!findings) return; // a newer edit or lint took over
      const target = doc ?? await vscode.workspace.openTextDocument(uri);
      if (doc && doc.version !== version) return; // edited meanwhile: the next run reports
      publish(this.collection, uri, version, toDiagnostics(target, findings, this.extensionUri));
    } catch (e) {
      this.output.appendLine(`${new Date().toISOString()} ${uri.toString()}: ${(e as Error).stack ?? e}`);
    }
  }

  schedule(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.runs.set(key, (this.runs.get(key) ?? 0) + 1); // a run in progress is now stale
    this.timers.set(key, setTimeout(() => { this.timers.delete(key); void this.lint(doc); }, settings().debounceMs));
  }

  configChanged(): void {
    forgetNotesFolders();
    if (engine) engine.invalidateConfig();
    for (const doc of vscode.workspace.textDocuments) void this.lint(doc);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    void engine?.disposeEngine();
    this.output.dispose();
  }
}
