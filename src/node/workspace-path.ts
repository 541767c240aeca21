// Where a workspace-relative path really goes, symlinks followed: the nearest existing ancestor
// is resolved with realpath, so a log folder, a notes folder or a note linked to elsewhere is
// refused before anything is read or written through it.
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Lang } from '../core/ports.js';

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

const PROBLEMS: Record<Lang, { outside: (p: string, root: string) => string; leads: (p: string, real: string) => string }> = {
  en: { outside: (p, root) => `${p} is outside the workspace ${root}`, leads: (p, real) => `${p} leads outside the workspace (a symbolic link to ${real})` },
  fr: { outside: (p, root) => `${p} est hors de l’espace de travail ${root}`, leads: (p, real) => `${p} mène hors de l’espace de travail (un lien symbolique vers ${real})` },
};

/**
 * The absolute path of `p` (relative to `root`, or absolute) when it stays inside `root` once
 * symlinks are followed; otherwise a message saying where it leads. `..dotdot.md` is a name, not a parent.
 */
export function confine(root: string, p: string, lang: Lang = 'en'): { path: string; problem?: undefined } | { path?: undefined; problem: string } {
  const abs = resolve(root, p);
  if (outside(relative(root, abs))) return { problem: PROBLEMS[lang].outside(p, root) };
  const realRoot = realOfNearest(root);
  const real = realOfNearest(abs);
  if (outside(relative(realRoot, real))) return { problem: PROBLEMS[lang].leads(p, real) };
  return { path: abs };
}

/**
 * The first log file in `folder` (a writer's .jsonl, or the witness file) that leads outside the
 * workspace once symlinks are followed, as confine() words it; undefined when there is none.
 * Reading through such a link would verify or search another file, and appending would write there.
 */
export function logFileOutside(root: string, folder: string, lang: Lang = 'en'): string | undefined {
  let names: string[];
  try { names = readdirSync(folder); } catch { return undefined; }
  const files = names.filter(n => n.endsWith('.jsonl')).sort().map(n => join(folder, n));
  const witness = join(folder, 'witnesses', 'anchors.jsonl');
  if (existsSync(witness)) files.push(witness);
  for (const f of files) {
    const c = confine(root, relative(root, f), lang);
    if (c.problem !== undefined) return c.problem;
  }
  return undefined;
}
