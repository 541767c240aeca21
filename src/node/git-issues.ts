// What git history adds to a log's findings (the workspace is a repository, git installed): the
// CLI's verify and exports and the editor's exports and verify all check records against it here.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ChainNode, LogIssue } from '../core/log/chain.js';
import { historyFindings, withHistory } from '../core/log/history.js';
import { nodeGitHistory } from './git-history.js';

/** A log's findings with what git history adds (in a repository, git installed): what the exports print too. */
export function withGitIssues(folder: string, issues: LogIssue[], files: string[], chains: Record<string, ChainNode[]>): LogIssue[] {
  const git = nodeGitHistory(folder);
  if (!git) return issues;
  for (const f of files) issues = withHistory(issues, f, historyFindings(f, chains[f] ?? [], git, f));
  return issues;
}

/** Whether a folder is inside a git work tree, by its files only (no git run). */
function inRepository(dir: string): boolean {
  for (let d = resolve(dir), i = 0; i < 64; i++) {
    if (existsSync(join(d, '.git'))) return true;
    const up = dirname(d);
    if (up === d) return false;
    d = up;
  }
  return false;
}

export const GIT_NOT_CHECKED = {
  message: 'git history not checked: this workspace is not trusted, and git may run commands a repository configures; run `liaison log verify` in a terminal, or trust the workspace',
  fr: 'historique git non vérifié\u00a0: cet espace de travail n’est pas approuvé, et git peut exécuter des commandes que configure un dépôt\u00a0; lancez `liaison log verify` dans un terminal, ou approuvez l’espace de travail',
};

/**
 * The editor's way: git is read only in a trusted workspace (a repository's own config can make
 * git run commands, core.fsmonitor); an untrusted one in a repository gets a warning instead of a
 * silent "intact".
 */
export function trustedGitIssues(folder: string, issues: LogIssue[], files: string[], chains: Record<string, ChainNode[]>, trusted: boolean): LogIssue[] {
  if (trusted) return withGitIssues(folder, issues, files, chains);
  if (!files.length || !inRepository(folder)) return issues;
  return [...issues, { severity: 'warning', code: 'git-not-checked', file: folder.replace(/\/+$/, '').split(/[\\/]/).pop() ?? '', line: 0, ...GIT_NOT_CHECKED }];
}
