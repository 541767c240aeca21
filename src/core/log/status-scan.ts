// The status bar's question, answered without loading the store (activation stays light): the
// day of the last message to the client, scanning log lines, and the profile values it needs.
// No verification here; `Verify Log Integrity` does that.
import { daysBetween } from './dates.js';

/** The profile fields the status bar reads, with the defaults of PROFILE_DEFAULTS (profile.ts; a test keeps them equal). */
export function looseProfile(text: string | undefined): { cadenceDays: number; logFolder: string; responseDays: number } {
  let o: Record<string, unknown> = {};
  try {
    const v = text ? JSON.parse(text) : {};
    if (v && typeof v === 'object') o = v;
  } catch { /* invalid profile: defaults; the profile feature reports the problem */ }
  const int = (v: unknown, d: number) => (Number.isInteger(v) && (v as number) > 0 ? (v as number) : d);
  const folder = typeof o.logFolder === 'string' && o.logFolder.trim() ? o.logFolder : '.liaison/log';
  return { cadenceDays: int(o.cadenceDays, 7), logFolder: folder, responseDays: int(o.responseDays, 2) };
}

/** Latest `at` day (YYYY-MM-DD) of a to-client record in these writer files' text. */
export function lastToClientDay(texts: string[]): string | undefined {
  let best: number | undefined;
  let bestDay: string | undefined;
  for (const text of texts) {
    for (const line of text.split('\n')) {
      if (!line.includes('"direction":"to-client"')) continue;
      try {
        const r = JSON.parse(line) as { at?: string; direction?: string; kind?: string };
        if (r.direction !== 'to-client' || r.kind === 'amendment' || typeof r.at !== 'string') continue;
        const t = Date.parse(r.at);
        if (!Number.isNaN(t) && (best === undefined || t > best)) {
          best = t;
          bestDay = r.at.slice(0, 10);
        }
      } catch { /* torn or damaged line: verify reports it */ }
    }
  }
  return bestDay;
}

export function cadenceStatus(lastDay: string | undefined, today: string, cadenceDays: number, hasLog: boolean):
  { days?: number; overdue: boolean } {
  if (!lastDay) return { overdue: hasLog };
  const days = daysBetween(lastDay, today);
  return { days, overdue: days > cadenceDays };
}

/** The next contact day set by the latest record that sets one (by `at`), if any. */
export function nextContactDay(texts: string[]): string | undefined {
  let best: number | undefined;
  let day: string | undefined;
  for (const text of texts) {
    for (const line of text.split('\n')) {
      if (!line.includes('"nextContact"')) continue;
      try {
        const r = JSON.parse(line) as { at?: string; nextContact?: unknown };
        const t = typeof r.at === 'string' ? Date.parse(r.at) : NaN;
        if (typeof r.nextContact !== 'string' || Number.isNaN(t)) continue;
        if (best === undefined || t > best) { best = t; day = r.nextContact; }
      } catch { /* torn or damaged line: verify reports it */ }
    }
  }
  return day;
}
