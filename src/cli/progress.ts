// Progress of a long read of the log on stderr (`log verify`, `log export-for`), only when stderr
// is a terminal: one line rewritten in place ("\r", erase to the end), cleared before the results
// are printed. Piped or redirected stderr, and --format json, get nothing: scripts read no noise.
import type { LoadProgress } from '../core/log/store.js';
import * as l10n from './l10n.js';

export interface ProgressSink { isTTY?: boolean; write(text: string): unknown }

export interface LogProgress {
  /** Pass to loadLog; undefined when nothing is shown (not a terminal, JSON output). */
  onProgress?: (p: LoadProgress) => void;
  /** Clears the progress line, if one was written. */
  done(): void;
}

/** The line for one point of a read, in the user's language (l10n.lang()). */
export function progressText(p: LoadProgress): string {
  const n = p.records.toLocaleString(l10n.lang() === 'fr' ? 'fr-FR' : 'en-US');
  if (!p.totalBytes) return l10n.t('reading the log: {0} records', n);
  return l10n.t('reading the log: {0} records ({1}%)', n, Math.min(100, Math.floor((p.bytes * 100) / p.totalBytes)));
}

export function logProgress(o: { json?: boolean } = {}, sink: ProgressSink = process.stderr): LogProgress {
  if (o.json || !sink.isTTY || process.env.TERM === 'dumb') return { done() {} };
  let shown = '';
  return {
    onProgress(p) {
      // Rewritten only when the words change (a percent, or a new count without a size): no flicker, few writes.
      const text = progressText(p);
      if (text === shown) return;
      shown = text;
      sink.write(`\r${text}\x1b[K`);
    },
    done() {
      if (shown) sink.write('\r\x1b[K');
      shown = '';
    },
  };
}
