// The log as Verify Log Integrity and the exports judge it, the CLI's way: the hash chains, then
// what git history adds when the workspace is a repository. Only in a trusted workspace: git reads
// the repository's own config, which can make it run commands (core.fsmonitor), so an untrusted
// one gets a warning in the verdict and the export instead of a silent "intact".
import { existsSync } from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ChainNode, LogIssue } from '../../core/log/chain';
import { gitChecked } from '../../node/git-issues';
import { loadLog, type LoadedLog } from '../../node/log-store';
import type { LogWorkspace } from './workspace';

/** Whether a folder is inside a git work tree, by its files only (no git run). */
function inRepository(dir: string): boolean {
  for (let d = path.resolve(dir), i = 0; i < 64; i++) {
    if (existsSync(path.join(d, '.git'))) return true;
    const up = path.dirname(d);
    if (up === d) return false;
    d = up;
  }
  return false;
}

export const GIT_NOT_CHECKED = {
  message: 'git history not checked: this workspace is not trusted, and git may run commands a repository configures; run `liaison log verify` in a terminal, or trust the workspace',
  fr: 'historique git non vérifié\u00a0: cet espace de travail n’est pas approuvé, et git peut exécuter des commandes que configure un dépôt\u00a0; lancez `liaison log verify` dans un terminal, ou approuvez l’espace de travail',
};

/** The loaded log with what git adds to its findings (trusted), or a warning that git was not read (untrusted repository). */
export function checkedLog(ws: Pick<LogWorkspace, 'logDir'>, trusted = vscode.workspace.isTrusted): LoadedLog {
  const chains: Record<string, ChainNode[]> = {};
  const log = loadLog(ws.logDir, { chains });
  if (trusted) return { ...log, issues: gitChecked(ws.logDir, log.issues, log.files, chains).issues };
  if (!log.files.length || !inRepository(ws.logDir)) return log;
  const warning: LogIssue = { severity: 'warning', code: 'git-not-checked', file: path.basename(ws.logDir), line: 0, ...GIT_NOT_CHECKED };
  return { ...log, issues: [...log.issues, warning] };
}
