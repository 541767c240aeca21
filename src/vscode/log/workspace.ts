// (lazy part) Where the log is for a workspace folder, in which language, and the loaded log,
// cached until a writer file changes (size or mtime).
import * as path from 'path';
import { statSync, readdirSync, existsSync } from 'fs';
import * as vscode from 'vscode';
import { nodeFileSystem } from '../../node/file-system';
import { loadProfile, PROFILE_DEFAULTS, type Profile } from '../../core/config/profile';
import type { Lang } from '../../core/ports';
import { loadLog, LOG_EXT, type LoadedLog } from '../../node/log-store';
import { effectiveRecords, type EffectiveRecord } from '../../core/log/query';
import { writerId } from '../../node/host';
import { confine, logFileOutside } from '../../node/workspace-path';
import type { AppendOptions } from '../../core/log/store';
import type { ChainNode } from '../../core/log/chain';

export interface LogWorkspace {
  folder: vscode.WorkspaceFolder;
  root: string;
  logDir: string;
  profile?: Profile;
  lang: Lang;
  cadenceDays: number;
  responseDays: number;
}

export function pickFolder(uri?: vscode.Uri): vscode.WorkspaceFolder | undefined {
  if (uri) return vscode.workspace.getWorkspaceFolder(uri);
  const active = vscode.window.activeTextEditor?.document.uri;
  return (active && vscode.workspace.getWorkspaceFolder(active)) || vscode.workspace.workspaceFolders?.[0];
}

export async function logWorkspace(uri?: vscode.Uri, quiet = false): Promise<LogWorkspace | undefined> {
  const folder = pickFolder(uri);
  if (!folder || folder.uri.scheme !== 'file') {
    if (!quiet) void vscode.window.showErrorMessage(vscode.l10n.t('Open a project folder first: the log lives in the workspace.'));
    return undefined;
  }
  const root = folder.uri.fsPath;
  const r = await loadProfile(nodeFileSystem, root).catch(() => undefined);
  const profile = r?.ok ? r.profile : undefined;
  const logFolder: string = profile?.logFolder ?? PROFILE_DEFAULTS.logFolder;
  // The profile check refuses "..", "/abs", "" and "."; a symlink out of the workspace is refused here.
  const inside = confine(root, logFolder);
  if (inside.problem !== undefined) {
    if (!quiet) void vscode.window.showErrorMessage(vscode.l10n.t('The log folder {0} is not usable: {1}', logFolder, inside.problem));
    return undefined;
  }
  // A writer file linked out of the workspace would be read and appended to wherever it points.
  const outside = logFileOutside(root, inside.path);
  if (outside !== undefined) {
    if (!quiet) void vscode.window.showErrorMessage(vscode.l10n.t('The log folder {0} is not usable: {1}', logFolder, outside));
    return undefined;
  }
  const lang: Lang = profile?.lang ?? (vscode.env.language.startsWith('fr') ? 'fr' : 'en');
  return {
    folder, root, logDir: inside.path, profile, lang,
    cadenceDays: profile?.cadenceDays ?? PROFILE_DEFAULTS.cadenceDays,
    responseDays: profile?.responseDays ?? PROFILE_DEFAULTS.responseDays,
  };
}

export function writer(): string {
  return writerId();
}

/** How the editor appends: as this window's writer, saying so when the file's last lines are damaged. */
export function appendOptions(): AppendOptions {
  return {
    writer: writer(),
    onDamagedTail: d => void vscode.window.showWarningMessage(d.torn
      ? vscode.l10n.t('The log file {0} ended with an interrupted write; the new record follows it. Run Verify Log Integrity to see what is wrong.', d.file)
      : vscode.l10n.t('The log file {0} is damaged ({1} unreadable line(s) at its end); the new record follows them. Run Verify Log Integrity to see what is wrong.', d.file, d.lines)),
  };
}

/** `chains`: each writer file's chain, so a reference or a witness is checked without reading the log again. */
export interface Cached { stamp: string; log: LoadedLog; records: EffectiveRecord[]; chains: Record<string, ChainNode[]> }
const cache = new Map<string, Cached>();

/** The writer files' names, sizes and times: the cache holds while it is the same. */
export function stampOf(dir: string): string {
  if (!existsSync(dir)) return 'none';
  try {
    return readdirSync(dir).filter(n => n.endsWith(LOG_EXT)).sort()
      .map(n => { const s = statSync(path.join(dir, n)); return `${n}:${s.size}:${s.mtimeMs}`; }).join('|');
  } catch {
    return `err:${Date.now()}`;
  }
}

/** The cached log when its files have not changed since it was read, with the stamp it was checked against. */
export function cachedLog(ws: LogWorkspace): { stamp: string; hit?: Cached } {
  const stamp = stampOf(ws.logDir);
  const hit = cache.get(ws.logDir);
  return { stamp, hit: hit && hit.stamp === stamp ? hit : undefined };
}

/** Keeps a log just read (sync or async) as the cached one for its stamp. */
export function keepLog(ws: LogWorkspace, stamp: string, log: LoadedLog, chains: Record<string, ChainNode[]>): Cached {
  const entry = { stamp, log, records: effectiveRecords(log.records), chains };
  cache.set(ws.logDir, entry);
  return entry;
}

/**
 * The loaded, verified log and its effective records (amendments applied, time order), read
 * synchronously when not cached. Long commands and the views use readLogAsync (log-read.ts).
 */
export function readLog(ws: LogWorkspace): Cached {
  const { stamp, hit } = cachedLog(ws);
  if (hit) return hit;
  const chains: Record<string, ChainNode[]> = {};
  return keepLog(ws, stamp, loadLog(ws.logDir, { chains }), chains);
}

export function todayLocal(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Appends are refused in an untrusted workspace: the log is read-only there. */
export function trusted(): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage(vscode.l10n.t('This workspace is not trusted: the Liaison log is read-only here.'));
  return false;
}
