// What the log knows about a note's sending: each time it was recorded as sent, with the hash
// of the text as sent. The lint rule `edited-after-sent` and "Mark Note as Sent" read these; the
// shell looks them up in the log and hands them over (a rule never reads files).
import type { LogRecord } from '../log/record.js';

export interface SentFact {
  /** When the exchange happened (ISO with offset). */
  at: string;
  /** sha256 of the note's text as sent. */
  sha256: string;
  recordId: string;
}

/** Sends of the note at `relPath` (workspace-relative POSIX path), oldest first. */
export function sentFacts(records: readonly LogRecord[], relPath: string): SentFact[] {
  const out: SentFact[] = [];
  for (const r of records) {
    if (r.kind !== 'exchange' || r.direction !== 'to-client') continue;
    for (const n of r.notes ?? []) if (n.path === relPath) out.push({ at: r.at, sha256: n.sha256, recordId: r.id });
  }
  return out.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
