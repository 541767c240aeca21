// Which files `liaison lint [paths...]` reads: one synchronous walk (the notes of a project fit in
// memory; 1,500 notes take ~15 ms to find and read, where unified-engine's asynchronous pipeline
// took ~0.5 s of CPU and compared every file with every other one in its queue).
// Same rules as unified-engine had: a glob (`glob`, as unified-engine used) or a path; folders are
// searched for md/markdown files, skipping node_modules (and .git); the nearest `.liaisonignore`
// above a file (gitignore syntax, `ignore`, relative to its own folder) excludes it; a file named
// outright is read whatever its extension, and naming an ignored or missing one is an error.
// Never followed or opened: a FIFO, socket or device named like a note (reading it blocks forever),
// a symbolic link that loops back to a folder already searched, or one that leads out of the
// workspace; those are reported as skipped.
import { readFileSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { globSync, hasMagic } from 'glob';
import ignore, { type Ignore } from 'ignore';
import * as l10n from './l10n.js';

export interface FoundFile {
  /** Relative to cwd, `/`-separated as unified-engine gave it (the reports show it). */
  path: string;
  value: string;
}
export interface FindResult {
  files: FoundFile[];
  /** A path the user named that cannot be linted: missing, ignored (exit 2). */
  problems: Array<{ path: string; reason: string }>;
  /** Entries a search left alone, with why (reported on stderr, not an error). */
  skipped: Array<{ path: string; why: string }>;
  /** True when a glob was given and nothing at all was found (a typo more often than an empty project). */
  globsMatchedNothing: boolean;
}
export interface FindOptions {
  extensions: string[]; ignoreName: string;
  /** Called as files are found, so the caller can start work (the thread pool) before the end. */
  onFound?(count: number): void;
}

const inside = (root: string, p: string) => p === root || p.startsWith(root + sep);
const outside = (rel: string) => rel === '..' || rel.startsWith('..' + sep) || rel.startsWith(sep);

export function findFiles(cwd: string, patterns: string[], opts: FindOptions): FindResult {
  const root = realpathSync(cwd);
  const res: FindResult = { files: [], problems: [], skipped: [], globsMatchedNothing: false };
  const wanted = new Set(opts.extensions.map(e => '.' + e));
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();
  const rel = (abs: string) => relative(cwd, abs).split(sep).join('/');

  // The nearest ignore file above a folder, read once per folder.
  const ignores = new Map<string, { base: string; ig: Ignore } | null>();
  const ignoreFor = (dir: string): { base: string; ig: Ignore } | null => {
    const hit = ignores.get(dir);
    if (hit !== undefined) return hit;
    let found: { base: string; ig: Ignore } | null = null;
    try { found = { base: dir, ig: ignore().add(readFileSync(join(dir, opts.ignoreName), 'utf8')) }; }
    catch { const up = dirname(dir); found = up === dir ? null : ignoreFor(up); }
    ignores.set(dir, found);
    return found;
  };
  const ignored = (abs: string, isDir: boolean): boolean => {
    const set = ignoreFor(dirname(abs));
    if (!set) return false;
    const r = relative(set.base, abs);
    return r !== '' && !outside(r) && set.ig.ignores(r.split(sep).join('/') + (isDir ? '/' : ''));
  };
  const add = (abs: string): void => {
    if (seenFiles.has(abs)) return;
    seenFiles.add(abs);
    try { res.files.push({ path: rel(abs), value: readFileSync(abs, 'utf8') }); }
    catch (e) { res.problems.push({ path: rel(abs), reason: l10n.t('Cannot read file ({0})', (e as NodeJS.ErrnoException).code ?? (e as Error).message) }); }
    opts.onFound?.(res.files.length);
  };

  const walk = (dir: string, real: string): void => {
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries: Dirent[];
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name === 'node_modules' || e.name === '.git') continue;
      const abs = join(dir, e.name);
      if (e.isSymbolicLink()) {
        let target: string; let st: Stats;
        try { target = realpathSync(abs); st = statSync(abs); } catch { res.skipped.push({ path: rel(abs), why: l10n.t('a broken or looping symbolic link') }); continue; }
        if (!inside(root, target)) res.skipped.push({ path: rel(abs), why: l10n.t('a symbolic link out of the workspace ({0})', target) });
        else if (st.isDirectory()) {
          if (seenDirs.has(target) || inside(target, real)) res.skipped.push({ path: rel(abs), why: l10n.t('a symbolic link back to a folder already searched (a loop)') });
          else if (!ignored(abs, true)) walk(abs, target);
        } else if (st.isFile() && wanted.has(extname(e.name)) && !ignored(abs, false)) add(abs);
        continue;
      }
      if (e.isDirectory()) { if (!ignored(abs, true)) walk(abs, join(real, e.name)); }
      else if (!wanted.has(extname(e.name))) continue;
      else if (e.isFile()) { if (!ignored(abs, false)) add(abs); }
      else res.skipped.push({ path: rel(abs), why: l10n.t('not a regular file (a FIFO, socket or device): reading it would wait forever') });
    }
  };

  // A path the user named (or a glob matched) is taken whatever its extension.
  const named = (abs: string, fromGlob: boolean): void => {
    let st: Stats;
    try { st = statSync(abs); } catch { res.problems.push({ path: rel(abs) || '.', reason: l10n.t('No such file or folder') }); return; }
    const r = relative(cwd, abs);
    if (r !== '' && !outside(r) && ignored(abs, st.isDirectory())) {
      // A glob is a search: its ignored matches are left out, as in a folder.
      if (!fromGlob) res.problems.push({ path: rel(abs), reason: l10n.t('Cannot process specified file: it’s ignored') });
      return;
    }
    if (st.isDirectory()) walk(abs, realpathSync(abs));
    else if (st.isFile()) add(abs);
    else res.skipped.push({ path: rel(abs), why: l10n.t('not a regular file (a FIFO, socket or device): reading it would wait forever') });
  };

  let globs = 0; let matched = 0;
  for (const p of patterns.length ? patterns : ['.']) {
    if (hasMagic(p)) {
      globs++;
      const hits = globSync(p, { cwd }).sort();
      matched += hits.length;
      for (const h of hits) named(resolve(cwd, h), true);
    } else named(resolve(cwd, p), false);
  }
  res.globsMatchedNothing = globs > 0 && matched === 0 && !res.files.length;
  return res;
}
