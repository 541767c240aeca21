// `liaison new status` starts from the log: the facts of the workspace's log written into the note.
import { join, isAbsolute } from 'node:path';
import type { Lang } from '../core/ports.js';
import { PROFILE_DEFAULTS, type Profile } from '../core/config/profile.js';
import { loadLog } from '../node/log-store.js';
import { effectiveRecords } from '../core/log/query.js';
import { prefillStatus, statusFacts } from '../core/log/status-prefill.js';

export function prefillFromLog(root: string, profile: Profile | undefined, text: string, lang: Lang, today: string): string {
  const folder = profile?.logFolder ?? PROFILE_DEFAULTS.logFolder;
  if (isAbsolute(folder) || folder.split(/[\\/]/).includes('..')) return text;
  const log = loadLog(join(root, folder));
  if (!log.records.length) return text;
  const facts = statusFacts(effectiveRecords(log.records), today, lang, profile?.cadenceDays, profile?.responseDays);
  return prefillStatus(text, facts, lang);
}
