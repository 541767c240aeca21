// Always loaded: the four log views' providers. They ask the lazy part for their items only when a
// view is shown, so the store loads on first use.
import * as vscode from 'vscode';
import type { LogTreeItem, LogView } from './host';

export class LogTreeProvider implements vscode.TreeDataProvider<LogTreeItem> {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(readonly view: LogView, private readonly children: (view: LogView, el?: LogTreeItem) => Promise<LogTreeItem[]>) {}

  getTreeItem(element: LogTreeItem): LogTreeItem {
    return element;
  }

  getChildren(element?: LogTreeItem): Promise<LogTreeItem[]> {
    return this.children(this.view, element);
  }

  refresh(): void {
    this.emitter.fire();
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
