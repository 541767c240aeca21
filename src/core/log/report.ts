// The review export's content, computed once and rendered as Markdown or HTML (export-*.ts).
import { systemClock, type Clock, type Lang } from '../ports.js';
import type { LogIssue } from './chain.js';
import { localDay } from './dates.js';
import { LABELS } from './labels.js';
import { commitments, effectiveRecords, filterRecords, type CommitmentView, type EffectiveRecord, type LogFilter } from './query.js';
import type { LoadedLog, Verdict } from './store.js';
import { verdictOf } from './store.js';

export interface Report {
  lang: Lang;
  project?: string;
  client?: string;
  filter: LogFilter;
  generated: string;
  verdict: Verdict;
  issues: LogIssue[];
  /** The last record written (by recording time) in the whole log, and each writer's last. */
  lastRecord?: { id: string; hash: string; writer: string };
  heads: Record<string, string>;
  records: EffectiveRecord[];
  decisions: { record: EffectiveRecord; text: string }[];
  commitments: CommitmentView[];
  quotes: { record: EffectiveRecord; text: string }[];
  lessons: EffectiveRecord[];
  witnesses: WitnessView[];
}

/** A witness as the export lists it: what it is, when and how it left, what it proves, whether it still holds. */
export interface WitnessView { kind: string; ref: string; issued: string; channel?: string; note?: string; proves: string; status?: string }

/** What the edge knows of each witness: its entry and, when checked, whether this log still reproduces it. */
export interface WitnessInput { kind: 'anchor' | 'timestamp'; ref: string; issued: string; channel?: string; note?: string; records: number; holds?: boolean }

export interface ReportOptions {
  lang: Lang;
  project?: string;
  client?: string;
  filter?: LogFilter;
  /** When the report is made: its date and which commitments are overdue. */
  clock?: Clock;
  witnesses?: WitnessInput[];
}

/**
 * A witness that no longer holds is an integrity finding: the records match their hashes, but the
 * history before a reference given out was rewritten. Without it an export would open on "Intact".
 */
export function witnessIssues(witnesses: readonly WitnessInput[] | undefined): LogIssue[] {
  return (witnesses ?? []).filter(w => w.holds === false).map(w => ({ severity: 'error' as const, code: 'anchor' as const, file: 'witnesses/anchors.jsonl', line: 0,
    message: `the ${w.kind === 'timestamp' ? 'timestamp' : 'reference'} ${w.ref} given ${w.issued}${w.channel && w.channel !== 'timestamp' ? ` by ${w.channel}` : ''} no longer matches this log: the history before it was rewritten (every hash recomputed) or removed`,
    fr: `${w.kind === 'timestamp' ? 'l’horodatage' : 'la référence'} ${w.ref} transmis${w.kind === 'timestamp' ? '' : 'e'} le ${w.issued}${w.channel && w.channel !== 'timestamp' ? ` par ${w.channel}` : ''} ne correspond plus à ce journal\u00a0: l’historique antérieur a été réécrit (chaque empreinte recalculée) ou retiré` }));
}

export function buildReport(log: LoadedLog, opts: ReportOptions): Report {
  const issues = [...log.issues, ...witnessIssues(opts.witnesses)];
  const now = (opts.clock ?? systemClock).now();
  const L = LABELS[opts.lang];
  const all = effectiveRecords(log.records);
  const filter = opts.filter ?? {};
  const records = filterRecords(all, filter);
  const inRange = new Set(records.map(r => r.record.id));
  let last: Report['lastRecord'];
  let lastTime = -Infinity;
  for (const r of log.records) {
    const t = Date.parse(r.record.recorded);
    if (t >= lastTime) {
      lastTime = t;
      last = { id: r.record.id, hash: r.record.hash, writer: r.record.writer };
    }
  }
  return {
    lang: opts.lang, project: opts.project, client: opts.client, filter,
    generated: now.toISOString(),
    verdict: verdictOf(issues), issues, lastRecord: last, heads: log.heads,
    records,
    decisions: records.flatMap(r => (r.record.decisions ?? []).map(text => ({ record: r, text }))),
    // A commitment's fate includes updates recorded after the period: show where it stands today.
    commitments: commitments(all, localDay(now)).filter(c => inRange.has(c.record.id)),
    quotes: records.flatMap(r => (r.record.quotes ?? []).map(text => ({ record: r, text }))),
    lessons: records.filter(r => r.record.kind === 'lesson'),
    witnesses: (opts.witnesses ?? []).map(w => ({
      kind: w.kind === 'anchor' ? L.kindAnchor : L.kindTimestamp, ref: w.ref, issued: w.issued, channel: w.channel, note: w.note,
      proves: (w.kind === 'anchor' ? L.anchorProves : L.timestampProves).replace('{0}', String(w.records)),
      status: w.holds === undefined ? undefined : w.holds ? L.witnessHolds : L.witnessFails,
    })),
  };
}
