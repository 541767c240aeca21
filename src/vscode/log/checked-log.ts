// The log as Verify Log Integrity and the exports judge it, the CLI's way: the hash chains, then
// what git history adds when the workspace is a repository, in a trusted workspace only
// (src/node/git-issues.ts says why).
import * as vscode from 'vscode';
import type { ChainNode } from '../../core/log/chain';
import { trustedGitIssues } from '../../node/git-issues';
import { loadLog, type LoadedLog } from '../../node/log-store';
import type { LogWorkspace } from './workspace';

export function checkedLog(ws: Pick<LogWorkspace, 'logDir'>): LoadedLog {
  const chains: Record<string, ChainNode[]> = {};
  const log = loadLog(ws.logDir, { chains });
  return { ...log, issues: trustedGitIssues(ws.logDir, log.issues, log.files, chains, vscode.workspace.isTrusted) };
}
