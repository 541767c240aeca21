// The log as Verify Log Integrity and the exports judge it: the hash chains, and where the log is
// in a git repository, a warning that its git history was checked only by `liaison log verify`
// (the editor starts no process; src/node/git-not-checked.ts).
import { withGitNotChecked } from '../../node/git-not-checked';
import { loadLog, type LoadedLog } from '../../node/log-store';
import type { LogWorkspace } from './workspace';

export function checkedLog(ws: Pick<LogWorkspace, 'logDir'>): LoadedLog {
  const log = loadLog(ws.logDir);
  return { ...log, issues: withGitNotChecked(ws.logDir, log.issues, log.files) };
}
