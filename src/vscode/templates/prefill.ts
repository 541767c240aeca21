// (lazy part) A new weekly status in the editor starts from the log, as `liaison new status` does:
// the same core facts, escaped for the snippet the editor inserts.
import * as path from 'path';
import type { Lang } from '../../core/ports';
import { PROFILE_DEFAULTS, type Profile } from '../../core/config/profile';
import { loadLog } from '../../node/log-store';
import { effectiveRecords } from '../../core/log/query';
import { prefillStatus, statusFacts } from '../../core/log/status-prefill';
import { escapeSnippet } from '../../core/templates/render';

export function prefillSnippet(root: string, profile: Profile | undefined, snippet: string, lang: Lang, today: string): string {
  const folder = profile?.logFolder ?? PROFILE_DEFAULTS.logFolder;
  if (path.isAbsolute(folder) || folder.split(/[\\/]/).includes('..')) return snippet;
  try {
    const log = loadLog(path.join(root, folder));
    if (!log.records.length) return snippet;
    const facts = statusFacts(effectiveRecords(log.records), today, lang, profile?.cadenceDays, profile?.responseDays);
    return prefillStatus(snippet, facts, lang, escapeSnippet);
  } catch {
    return snippet; // an unreadable log leaves the template as it is; Verify Log says why
  }
}
