// What git history adds to a log's findings (the workspace is a repository, git installed): the
// CLI's verify and exports check records against it here. The editor does not run git (its
// bundles start no process): git-not-checked.ts says so in its verdict and exports instead.
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
