// Always loaded: how long since the last update sent to the client, in words that read on their
// own ("Last update 3 d ago"), warning colour when older than the profile's cadence (P1); the
// tooltip gives the date and the next contact. Reads the log with a cheap scan
// (core/log/status-scan.ts), not the store, so activation stays light. Also sets the
// `liaison.hasProfile` context key the views' welcome content depends on.
import * as vscode from 'vscode';
import { cadenceStatus, lastToClientDay, looseProfile, nextContactDay } from '../../core/log/status-scan';
import { localDay } from '../../core/log/dates';
import { formatLongDate, parseIsoDay } from '../../core/templates/dates';
import { systemClock, type Clock } from '../../core/ports';

const decoder = new TextDecoder();

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

const lang = () => (vscode.env.language.toLowerCase().startsWith('fr') ? 'fr' : 'en');
const longDay = (iso: string) => { const d = parseIsoDay(iso); return d ? formatLongDate(d, lang()) : iso; };

/** "Last update today" / "yesterday" / "3 d ago". */
export function lastUpdateText(days: number | undefined): string {
  if (days === undefined) return vscode.l10n.t('No update sent yet');
  if (days <= 0) return vscode.l10n.t('Last update today');
  if (days === 1) return vscode.l10n.t('Last update yesterday');
  return vscode.l10n.t('Last update {0} d ago', days);
}

function cadenceText(days: number, overdue: boolean): string {
  if (days === 1) return overdue ? vscode.l10n.t('Overdue: the profile asks for one a day.') : vscode.l10n.t('Cadence: one a day.');
  return overdue ? vscode.l10n.t('Overdue: the profile asks for one every {0} days.', days) : vscode.l10n.t('Cadence: one every {0} days.', days);
}

export class LogStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('liaison.log.status', vscode.StatusBarAlignment.Left, 20);

  constructor(private readonly clock: Clock = systemClock) {
    this.item.name = vscode.l10n.t('Liaison: last update to the client');
    this.item.command = 'liaison.logExchange';
  }

  async update(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const enabled = vscode.workspace.getConfiguration('liaison.log').get<boolean>('statusBar', true);
    if (!folder) return this.item.hide();
    const profileText = await readText(vscode.Uri.joinPath(folder.uri, '.liaison', 'profile.json'));
    void vscode.commands.executeCommand('setContext', 'liaison.hasProfile', profileText !== undefined);
    if (!enabled) return this.item.hide();
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
    const last = lastToClientDay(texts);
    const s = cadenceStatus(last, localDay(this.clock.now()), p.cadenceDays, files.length > 0);
    const next = nextContactDay(texts);
    this.item.text = `${s.overdue ? '$(warning)' : '$(mail)'} ${lastUpdateText(s.days)}`;
    const lines = [
      last ? vscode.l10n.t('Last update sent to the client on {0}.', longDay(last)) : vscode.l10n.t('No update to the client in the log yet.'),
      cadenceText(p.cadenceDays, s.overdue),
      next ? vscode.l10n.t('Next contact: {0}.', longDay(next)) : vscode.l10n.t('No next contact date set.'),
      vscode.l10n.t('Click to log an exchange.'),
    ];
    this.item.tooltip = lines.join('\n');
    this.item.backgroundColor = s.overdue ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
