// The editor starts no process (test/unit/untrusted-workspace.test.ts), so it cannot ask git when
// each record was committed, as `liaison log verify` does. Where the log is in a git repository,
// its exports say that check was not made and how to make it, and Verify Log Integrity adds it to
// its verdict (the chains it checked are still intact: the verdict stays theirs).
import { existsSync } from 'node:fs';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import type { LogIssue } from '../core/log/chain.js';

/** Whether a folder is inside a git work tree, by its files only (no git run). Like git, it does
 * not climb into a directory named in GIT_CEILING_DIRECTORIES. */
function inRepository(dir: string): boolean {
  const ceilings = new Set((process.env.GIT_CEILING_DIRECTORIES ?? '').split(delimiter).filter(Boolean).map(c => resolve(c)));
  for (let d = resolve(dir), i = 0; i < 64; i++) {
    if (existsSync(join(d, '.git'))) return true;
    const up = dirname(d);
    if (up === d || ceilings.has(up)) return false;
    d = up;
  }
  return false;
}

export const GIT_NOT_CHECKED = {
  message: 'git history not checked: the editor does not run git; run `liaison log verify` in a terminal to check each record against the commit that added it',
  fr: 'historique git non vérifié\u00a0: l’éditeur n’exécute pas git\u00a0; lancez `liaison log verify` dans un terminal pour confronter chaque entrée au commit qui l’a ajoutée',
};

/** Whether there is a git history the editor leaves unchecked: log files, in a repository. */
export const gitUnchecked = (folder: string, files: readonly string[]): boolean => files.length > 0 && inRepository(folder);

/** The findings, with a warning that git history was not checked when the log is in a repository (what an export prints). */
export function withGitNotChecked(folder: string, issues: LogIssue[], files: readonly string[]): LogIssue[] {
  if (!gitUnchecked(folder, files)) return issues;
  return [...issues, { severity: 'warning', code: 'git-not-checked', file: basename(folder), line: 0, ...GIT_NOT_CHECKED }];
}
