// Where `liaison lint` (without --fix) sends each note: the --cache first, then the thread pool.
// The reference day is read once for the run (--today, else the system clock), so every thread and
// the cache key agree on it.
import { fsErrorMessage } from '../node/path-problem.js';
import { startOfDay, type LintOptions } from '../core/lint/engine.js';
import { systemClock } from '../core/ports.js';
import type { LiaisonMessage } from '../core/lint/engine.js';
import { LintCache } from './lint-cache.js';
import { fromPlain } from './lint-messages.js';
import { LintPool } from './lint-pool.js';
import * as l10n from './l10n.js';

export interface LintRunner {
  lint(text: string, options: LintOptions): Promise<LiaisonMessage[]>;
  /** The file search has found `count` notes so far: lets the pool start its workers early. */
  found(count: number): void;
  /** Stops the workers and writes the cache. */
  close(): Promise<void>;
}

export async function openLintRunner(opts: { cache?: string; workers?: number }): Promise<LintRunner> {
  const cache = opts.cache ? await LintCache.open(opts.cache) : undefined;
  const pool = new LintPool(opts.workers);
  return {
    async lint(text, { clock, ...options }) {
      const today = startOfDay((clock ?? systemClock).now()).getTime();
      const path = options.path ?? '';
      const key = cache && LintCache.key(text, { ...options, today });
      const hit = key ? cache!.get(path, key) : undefined;
      const plain = hit ?? await pool.lint(text, options, today);
      if (key && !hit) cache!.set(path, key, plain);
      return fromPlain(plain, path);
    },
    found(count) { pool.expect(count); },
    async close() {
      await pool.close();
      // For tests and benches: what the run did (stdout stays the report).
      if (process.env.LIAISON_LINT_STATS) process.stderr.write(`liaison lint stats: workers=${pool.started} cache-hits=${cache?.hits ?? 0} cache-misses=${cache?.misses ?? 0} cache-rebuilt=${cache?.rebuilt ?? false}\n`);
      try { cache?.save(); } catch (e) { process.stderr.write(l10n.t('liaison lint: {0} (the --cache file); the findings above are complete', fsErrorMessage(e, cache!.location, 'write')) + '\n'); }
    },
  };
}
