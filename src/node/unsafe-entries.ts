// What a file search must not follow or open: a FIFO, socket or device named like a note (reading
// it blocks forever), a symbolic link that loops back to a folder already searched, or one that
// leads out of the workspace. `liaison lint` hands these to unified-engine as ignore patterns.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export interface Skipped { path: string; why: string }

const inside = (root: string, p: string) => p === root || p.startsWith(root + sep);

/** Entries under the folders of `patterns` (relative to `cwd`) that a search must skip, with why. */
export function unsafeEntries(cwd: string, patterns: string[], extensions: string[], limit = 100_000): Skipped[] {
  const root = realpathSync(cwd);
  const out: Skipped[] = [];
  const seen = new Set<string>();
  let visited = 0;
  const walk = (dir: string, real: string): void => {
    if (seen.has(real) || ++visited > limit) return;
    seen.add(real);
    let names: string[];
    try { names = readdirSync(dir); } catch { return; }
    for (const name of names) {
      if (name === 'node_modules' || name === '.git') continue;
      const p = join(dir, name);
      const rel = relative(cwd, p).split(sep).join('/');
      let l;
      try { l = lstatSync(p); } catch { continue; }
      if (l.isSymbolicLink()) {
        let target: string;
        let isDir = false;
        try { target = realpathSync(p); isDir = statSync(p).isDirectory(); } catch { out.push({ path: rel, why: 'a broken or looping symbolic link' }); continue; }
        if (!inside(root, target)) out.push({ path: rel, why: `a symbolic link out of the workspace (${target})` });
        else if (isDir && (seen.has(target) || inside(target, real))) out.push({ path: rel, why: 'a symbolic link back to a folder already searched (a loop)' });
        else if (isDir) walk(p, target);
        continue;
      }
      if (l.isDirectory()) walk(p, join(real, name));
      else if (!l.isFile() && extensions.some(e => name.endsWith('.' + e))) out.push({ path: rel, why: 'not a regular file (a FIFO, socket or device): reading it would wait forever' });
    }
  };
  for (const p of patterns.length ? patterns : ['.']) {
    const abs = resolve(cwd, p);
    try { if (statSync(abs).isDirectory()) walk(abs, realpathSync(abs)); } catch { /* a glob or a missing path: the engine reports it */ }
  }
  return out;
}
