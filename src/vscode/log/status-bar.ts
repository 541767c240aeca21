// Always loaded: days since the last update sent to the client against the profile's cadence
// (P1), in the status bar, warning colour when overdue. Reads the log with a cheap scan
// (core/log/status-scan.ts), not the store, so activation stays light.
import * as vscode from 'vscode';
import { cadenceStatus, lastToClientDay, looseProfile } from '../../core/log/status-scan';

const decoder = new TextDecoder();

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

export class LogStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('liaison.log.status', vscode.StatusBarAlignment.Left, 20);

  constructor() {
    this.item.name = vscode.l10n.t('Liaison: days since the last update');
    this.item.command = 'liaison.logExchange';
  }

  async update(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const enabled = vscode.workspace.getConfiguration('liaison.log').get<boolean>('statusBar', true);
    if (!folder || !enabled) return this.item.hide();
    const profileText = await readText(vscode.Uri.joinPath(folder.uri, '.liaison', 'profile.json'));
    const p = looseProfile(profileText);
    const dir = vscode.Uri.joinPath(folder.uri, ...p.logFolder.split('/').filter(Boolean));
    let entries: [string, vscode.FileType][] = [];
    try {
      // stat first: reading a missing folder or a file as a folder makes the host log an error.
      if ((await vscode.workspace.fs.stat(dir)).type & vscode.FileType.Directory) entries = await vscode.workspace.fs.readDirectory(dir);
    } catch { /* no log yet */ }
    const files = entries.filter(([n, t]) => t === vscode.FileType.File && n.endsWith('.jsonl'));
    if (profileText === undefined && !files.length) return this.item.hide();
    const texts = (await Promise.all(files.map(([n]) => readText(vscode.Uri.joinPath(dir, n))))).filter((t): t is string => t !== undefined);
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const last = lastToClientDay(texts);
    const s = cadenceStatus(last, today, p.cadenceDays, files.length > 0);
    this.item.text = s.days === undefined ? '$(mail) —' : `$(mail) ${s.days}/${p.cadenceDays} d`;
    this.item.tooltip = s.days === undefined
      ? vscode.l10n.t('No update to the client in the log yet (cadence: every {0} days). Click to log an exchange.', p.cadenceDays)
      : (s.overdue
        ? vscode.l10n.t('Last update sent to the client {0} days ago: overdue (cadence: every {1} days). Click to log an exchange.', s.days, p.cadenceDays)
        : vscode.l10n.t('Last update sent to the client {0} days ago (cadence: every {1} days). Click to log an exchange.', s.days, p.cadenceDays));
    this.item.backgroundColor = s.overdue ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
