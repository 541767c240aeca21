// Where a workspace-relative path really goes, symlinks followed: the nearest existing ancestor
// is resolved with realpath, so a log folder, a notes folder or a note linked to elsewhere is
// refused before anything is read or written through it.
import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

const outside = (rel: string) => rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel);

function realOfNearest(p: string): string {
  let cur = p;
  const rest: string[] = [];
  for (;;) {
    try {
      return resolve(realpathSync(cur), ...rest.reverse());
    } catch {
      const up = dirname(cur);
      if (up === cur) return p;
      rest.push(cur.slice(up.length + 1));
      cur = up;
    }
  }
}

/**
 * The absolute path of `p` (relative to `root`, or absolute) when it stays inside `root` once
 * symlinks are followed; otherwise a message saying where it leads. `..dotdot.md` is a name, not a parent.
 */
export function confine(root: string, p: string): { path: string; problem?: undefined } | { path?: undefined; problem: string } {
  const abs = resolve(root, p);
  if (outside(relative(root, abs))) return { problem: `${p} is outside the workspace ${root}` };
  const realRoot = realOfNearest(root);
  const real = realOfNearest(abs);
  if (outside(relative(realRoot, real))) return { problem: `${p} leads outside the workspace (a symbolic link to ${real})` };
  return { path: abs };
}
