// Registers the log feature's commands, views and status bar item. The store, the verifier, the
// export and the commands' interaction live in dist/lazy/log-store.js, loaded on first use.
import * as path from 'path';
import * as vscode from 'vscode';
import { VIEW_IDS, type LogHost, type LogView } from './log/host';
import { LogTreeProvider } from './log/tree';
import { LogStatusBar } from './log/status-bar';

type LogModule = typeof import('./lazy/log-store');

let loaded: LogModule | undefined;
function lazy(): LogModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(path.join(__dirname, 'lazy', 'log-store.js')) as LogModule;
  return loaded;
}

export function registerLog(context: vscode.ExtensionContext): void {
  const status = new LogStatusBar();
  const providers = (Object.keys(VIEW_IDS) as LogView[]).map(v => new LogTreeProvider(v, (view, el) => lazy().treeChildren(view, el)));
  let timer: NodeJS.Timeout | undefined;
  const changed = () => {
    // Several events arrive for one append (file, lock, watcher): refresh once.
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      providers.forEach(p => p.refresh());
      void status.update();
    }, 100);
  };
  const host: LogHost = { context, changed };
  context.subscriptions.push(status, ...providers, { dispose: () => timer && clearTimeout(timer) });
  for (const p of providers) {
    context.subscriptions.push(vscode.window.createTreeView(VIEW_IDS[p.view], { treeDataProvider: p, showCollapseAll: p.view === 'timeline' }));
  }
  const reg = (id: string, run: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));
  reg('liaison.logExchange', (args?: never) => lazy().logExchange(host, args));
  reg('liaison.logSelection', (args?: never) => lazy().logSelection(host, args).then(rec => { if (rec) void vscode.commands.executeCommand('liaison.offerRelatedRecords', { id: rec.id }); return rec; }));
  reg('liaison.markNoteSent', (args?: never) => lazy().markNoteSent(host, args));
  reg('liaison.amendLogEntry', (args?: never) => lazy().amendLogEntry(host, args));
  reg('liaison.completeCommitment', (args?: never) => lazy().completeCommitment(host, args));
  reg('liaison.verifyLog', (reference?: unknown, options?: unknown) => lazy().verifyLog(context, typeof reference === 'string' ? reference : undefined, options ?? reference));
  reg('liaison.exportLog', (args?: never) => lazy().exportLog(args));
  reg('liaison.openLogRecord', (id?: never) => lazy().openLogRecord(host, id));
  reg('liaison.refreshLog', () => { changed(); });

  // Any change to a writer file (this window, another window, a git pull) or to the profile.
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/{*.jsonl,profile.json}'));
    context.subscriptions.push(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed));
  }
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('liaison.log')) changed(); }));
  // Days pass: recount every hour.
  const hourly = setInterval(() => void status.update(), 3_600_000);
  context.subscriptions.push({ dispose: () => clearInterval(hourly) });
  void status.update();
}
