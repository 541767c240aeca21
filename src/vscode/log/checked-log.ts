// The log as Verify Log Integrity and the exports judge it: the hash chains (the cached read),
// and where the log is in a git repository, a warning that its git history is checked only by
// `liaison log verify` (the editor starts no process; src/node/git-not-checked.ts).
import { withGitNotChecked } from '../../node/git-not-checked';
import type { LoadedLog } from '../../node/log-store';
import { readLog, type LogWorkspace } from './workspace';

/** `log`: one just read (readLogAsync); without it, the cached read. */
export function checkedLog(ws: LogWorkspace, log: LoadedLog = readLog(ws).log): LoadedLog {
  return { ...log, issues: withGitNotChecked(ws.logDir, log.issues, log.files) };
}
