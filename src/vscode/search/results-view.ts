// Always loaded: the Search Results view. It shows rows the lazy part computed (plain strings
// with highlight ranges, never Markdown), so nothing from the log becomes markup or a link.
import * as vscode from 'vscode';

export interface ResultRow {
  id: string;
  label: string;
  highlights: [number, number][];
  description: string;
  tooltip: string;
  icon: string;
  /** Matched fields other than the summary, each a highlighted line. */
  children: { label: string; highlights: [number, number][] }[];
}

export interface ResultSet { title: string; rows: ResultRow[]; total: number }

type Node = { row: ResultRow } | { row: ResultRow; child: number } | { info: string };

export class SearchResultsProvider implements vscode.TreeDataProvider<Node> {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.emitter.event;
  current: ResultSet | undefined;

  show(set: ResultSet): void {
    this.current = set;
    this.emitter.fire();
  }

  getTreeItem(n: Node): vscode.TreeItem {
    if ('info' in n) {
      const item = new vscode.TreeItem(n.info);
      item.iconPath = new vscode.ThemeIcon('info');
      return item;
    }
    if ('child' in n) {
      const c = n.row.children[n.child]!;
      const item = new vscode.TreeItem({ label: c.label, highlights: c.highlights });
      item.command = { command: 'liaison.openLogRecord', title: vscode.l10n.t('Open Log Record'), arguments: [n.row.id] };
      return item;
    }
    const r = n.row;
    const item = new vscode.TreeItem({ label: r.label, highlights: r.highlights },
      r.children.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = `search:${r.id}`;
    item.description = r.description;
    item.tooltip = r.tooltip;
    item.iconPath = new vscode.ThemeIcon(r.icon);
    item.contextValue = 'liaison.searchResult';
    item.command = { command: 'liaison.openLogRecord', title: vscode.l10n.t('Open Log Record'), arguments: [r.id] };
    return item;
  }

  getChildren(n?: Node): Node[] {
    if (!n) {
      if (!this.current) return [];
      const rows: Node[] = this.current.rows.map(row => ({ row }));
      if (this.current.total > this.current.rows.length) rows.push({ info: vscode.l10n.t('{0} more: refine the search to see them.', this.current.total - this.current.rows.length) });
      return rows.length ? rows : [{ info: vscode.l10n.t('No record matches.') }];
    }
    return 'row' in n && !('child' in n) ? n.row.children.map((_, child) => ({ row: n.row, child })) : [];
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
