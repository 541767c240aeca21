// `liaison lint --cache`: findings of unchanged notes are read back instead of recomputed, on the
// model of ESLint's and textlint's `--cache`. An entry is keyed by the note's path and a hash of its
// text together with everything else its findings depend on: the effective options (configuration,
// profile, template hints, message language) and the reference day (a "more than 7 days away"
// finding changes with today). The whole file is tied to the linter that wrote it (package version
// and a hash of the running bundle, so any change of rules or packs); a corrupt, foreign or other
// version's cache is ignored and rewritten, never trusted.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isPlainMessages, type PlainMessage } from './lint-messages.js';
import { packageVersion } from './package-info.js';

const FORMAT = 'liaison-lint-cache';
export const DEFAULT_CACHE_LOCATION = '.liaisoncache';

interface CacheEntry { key: string; messages: PlainMessage[]; }
interface CacheFile { format: typeof FORMAT; linter: string; entries: Record<string, CacheEntry>; }

let linterId: string | undefined;
/** Identifies the code that produces findings: a cache written by any other build is foreign. */
export function linterVersion(): string {
  if (linterId) return linterId;
  const h = createHash('sha256').update(packageVersion());
  try { h.update(readFileSync(__filename)); } catch { /* no bundle to read: version only */ }
  return (linterId = h.digest('hex'));
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

export class LintCache {
  private readonly entries: Record<string, CacheEntry>;
  private changed = false;
  hits = 0;
  misses = 0;

  private constructor(readonly location: string, entries: Record<string, CacheEntry>, readonly rebuilt: boolean) {
    this.entries = entries;
    this.changed = rebuilt;
  }

  /** Reads the cache at `location`; anything unreadable or not written by this linter starts empty. */
  static async open(location: string, linter = linterVersion()): Promise<LintCache> {
    let raw: string;
    try { raw = await readFile(location, 'utf8'); } catch { return new LintCache(location, Object.create(null), false); }
    try {
      const data = JSON.parse(raw) as Partial<CacheFile>;
      if (data?.format === FORMAT && data.linter === linter && typeof data.entries === 'object' && data.entries !== null && !Array.isArray(data.entries)) {
        return new LintCache(location, Object.assign(Object.create(null), data.entries), false);
      }
    } catch { /* corrupt: rebuilt below */ }
    return new LintCache(location, Object.create(null), true);
  }

  /** The key of one note's findings: its text and the options that shape them (JSON-able). */
  static key(text: string, options: unknown): string {
    return sha(`${sha(text)}\n${JSON.stringify(options)}`);
  }

  get(path: string, key: string): PlainMessage[] | undefined {
    const e = this.entries[path];
    if (e && e.key === key && isPlainMessages(e.messages)) { this.hits++; return e.messages; }
    this.misses++;
    return undefined;
  }

  set(path: string, key: string, messages: PlainMessage[]): void {
    this.entries[path] = { key, messages };
    this.changed = true;
  }

  /** Writes the cache (to a temporary file renamed into place: an interrupted run leaves the old one). */
  save(linter = linterVersion()): void {
    if (!this.changed) return;
    const data: CacheFile = { format: FORMAT, linter, entries: this.entries };
    const tmp = `${this.location}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, JSON.stringify(data));
      renameSync(tmp, this.location);
    } catch (e) {
      rmSync(tmp, { force: true }); // a failed save leaves nothing behind
      throw e;
    }
  }
}
