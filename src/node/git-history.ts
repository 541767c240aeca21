// The GitHistory port with the `git` command: blame for who added each line, rev-list for
// ancestry. Undefined when git is not installed or the folder is not in a repository.
import { execFileSync } from 'node:child_process';
import type { GitHistory } from '../core/ports.js';

const ZERO = /^0{40}$/;

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 512 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

export function nodeGitHistory(dir: string): GitHistory | undefined {
  if (git(dir, ['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true') return undefined;
  return {
    blame(path) {
      const text = git(dir, ['blame', '--line-porcelain', '--', path]);
      if (text === undefined) return undefined;
      const out: Array<{ commit: string; time: number } | undefined> = [];
      let commit = '';
      let time = 0;
      for (const line of text.split('\n')) {
        if (line.startsWith('\t')) {
          out.push(ZERO.test(commit) ? undefined : { commit, time });
        } else if (/^[0-9a-f]{40} /.test(line)) {
          commit = line.slice(0, 40);
        } else if (line.startsWith('committer-time ')) {
          time = Number(line.slice(15)) * 1000;
        }
      }
      return out;
    },
    ancestors(commit) {
      return new Set((git(dir, ['rev-list', commit]) ?? '').split('\n').filter(Boolean));
    },
  };
}
