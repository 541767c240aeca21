// What git history adds to a log's findings (the workspace is a repository, git installed): the
// CLI's verify and exports and the editor's exports and verify all check records against it here.
import type { ChainNode, LogIssue } from '../core/log/chain.js';
import { historyFindings, withHistory } from '../core/log/history.js';
import { nodeGitHistory } from './git-history.js';

/** A log's findings with what git history adds; `checked` false when there is no repository or no git. */
export function gitChecked(folder: string, issues: LogIssue[], files: string[], chains: Record<string, ChainNode[]>): { issues: LogIssue[]; checked: boolean } {
  const git = nodeGitHistory(folder);
  if (!git) return { issues, checked: false };
  for (const f of files) issues = withHistory(issues, f, historyFindings(f, chains[f] ?? [], git, f));
  return { issues, checked: true };
}

/** A log's findings with what git history adds (in a repository, git installed): what the exports print too. */
export function withGitIssues(folder: string, issues: LogIssue[], files: string[], chains: Record<string, ChainNode[]>): LogIssue[] {
  return gitChecked(folder, issues, files, chains).issues;
}
