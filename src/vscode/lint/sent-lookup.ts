// (lazy part) The log facts the `edited-after-sent` rule compares with: when this note was
// recorded as sent and with which hash. Read from the log folder here, in the shell, cached until
// a writer file changes (size or mtime), and only for notes whose front matter says `status: sent`.
import * as path from 'path';
import { existsSync, readdirSync, statSync } from 'fs';
import { loadLog, LOG_EXT } from '../../node/log-store';
import { effectiveRecords } from '../../core/log/query';
import { PROFILE_DEFAULTS } from '../../core/config/profile';
import { sentFacts, type SentFact } from '../../core/send/sent-facts';
import type { LogRecord } from '../../core/log/record';

const cache = new Map<string, { stamp: string; records: LogRecord[] }>();

function stampOf(dir: string): string {
  if (!existsSync(dir)) return 'none';
  return readdirSync(dir).filter(n => n.endsWith(LOG_EXT)).sort()
    .map(n => { const s = statSync(path.join(dir, n)); return `${n}:${s.size}:${s.mtimeMs}`; }).join('|');
}

export function sentFactsFor(text: string, notePath: string | undefined, root: string | undefined, logFolder: string | undefined): SentFact[] | undefined {
  if (!notePath || !root || !/^status[ \t]*:[ \t]*["']?sent\b/m.test(text.slice(0, 4096))) return undefined;
  const folder = logFolder ?? PROFILE_DEFAULTS.logFolder;
  if (path.isAbsolute(folder) || folder.split(/[\\/]/).includes('..')) return undefined;
  const dir = path.join(root, folder);
  try {
    const stamp = stampOf(dir);
    let hit = cache.get(dir);
    if (!hit || hit.stamp !== stamp) {
      hit = { stamp, records: effectiveRecords(loadLog(dir).records).map(e => e.record) };
      cache.set(dir, hit);
    }
    return sentFacts(hit.records, path.relative(root, notePath).split(path.sep).join('/'));
  } catch {
    return undefined; // an unreadable log is reported by Verify, not by the linter
  }
}
