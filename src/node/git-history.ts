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
    removed(path) {
      const out: Array<{ commit?: string; text: string }> = [];
      // One diff per commit (oldest first), then the working tree and index against HEAD.
      const collect = (diff: string | undefined, commitOf: (header: string) => string | undefined) => {
        let commit: string | undefined;
        let minus: string[] = [];
        let plus = new Set<string>();
        const flush = () => { for (const text of minus) if (!plus.has(text)) out.push({ commit, text }); minus = []; plus = new Set(); };
        for (const line of (diff ?? '').split('\n')) {
          if (line.startsWith('\u0000')) { flush(); commit = commitOf(line.slice(1)); } else if (line.startsWith('-{')) minus.push(line.slice(1));
          else if (line.startsWith('+{')) plus.add(line.slice(1));
        }
        flush();
      };
      collect(git(dir, ['log', '--reverse', '--no-merges', '-p', '--no-color', '--no-ext-diff', '--format=%x00%H', '--', path]), h => h);
      collect('\u0000\n' + (git(dir, ['diff', '--no-color', '--no-ext-diff', 'HEAD', '--', path]) ?? ''), () => undefined);
      return out;
    },
    ancestors(commit) {
      return new Set((git(dir, ['rev-list', commit]) ?? '').split('\n').filter(Boolean));
    },
  };
}
