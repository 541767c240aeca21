// What the views, the status bar and the export ask of the log: the effective records (with
// amendments applied), filters, commitments and their fate, messages awaiting an answer, the next
// contact date, the days since the last update sent. Pure functions over loaded records.
import type { ParsedRecord } from './chain.js';
import { AMENDABLE, type Commitment, type CommitmentState, type Kind, type LogRecord } from './record.js';
import { dayOf, daysBetween, timeOf, workingDaysBetween } from './dates.js';

export interface EffectiveRecord {
  /** The record with its amendments applied (the original stays in the file, untouched). */
  record: LogRecord;
  original: LogRecord;
  file: string;
  line: number;
  intact: boolean;
  /** Ids of the amendments applied, oldest first. */
  amendedBy: string[];
}

/** Sorts by exchange time, then recording time, then id, parsing each date once (not per comparison; timeOf is Date.parse, faster). */
function sortByTime<T>(items: T[], rec: (x: T) => LogRecord): T[] {
  const keyed = items.map(x => { const r = rec(x); return { x, t: timeOf(r.at), rt: timeOf(r.recorded), id: r.id }; });
  keyed.sort((a, b) => a.t - b.t || a.rt - b.rt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return keyed.map(k => k.x);
}

/** All records in time order, each with the amendments that target it applied in time order. */
export function effectiveRecords(parsed: ParsedRecord[]): EffectiveRecord[] {
  const out = effectiveUnordered(sortByTime(parsed, p => p.record));
  // Only amended `at` values can change the order.
  return out.some(e => e.amendedBy.length) ? sortByTime(out, e => e.record) : out;
}

/**
 * The records in the order given, each with the amendments that target it applied in the order
 * they were recorded, whatever the `at` they carry. Search uses it as is: it sorts only what matched.
 */
export function effectiveUnordered(parsed: readonly ParsedRecord[]): EffectiveRecord[] {
  const out = parsed.map((p): EffectiveRecord => ({ record: p.record, original: p.record, file: p.file, line: p.line, intact: p.intact, amendedBy: [] }));
  const amendments = out.filter(e => e.record.kind === 'amendment' && e.record.amends)
    .sort((a, b) => Date.parse(a.record.recorded) - Date.parse(b.record.recorded));
  if (!amendments.length) return out;
  // Only the records amendments name are looked up (the last of an id, as a Map of them all would).
  const named = new Set(amendments.map(a => a.record.amends!));
  const byId = new Map<string, EffectiveRecord>();
  for (const e of out) if (named.has(e.record.id)) byId.set(e.record.id, e);
  for (const a of amendments) {
    const target = byId.get(a.record.amends!);
    if (!target || !a.record.set) continue;
    const patch: Record<string, unknown> = {};
    for (const k of AMENDABLE) if (a.record.set[k] !== undefined) patch[k] = a.record.set[k];
    target.record = { ...target.record, ...patch } as LogRecord;
    target.amendedBy.push(a.record.id);
  }
  return out;
}

export interface LogFilter {
  since?: string;
  until?: string;
  tags?: string[];
  kinds?: Kind[];
}

/** Keeps records whose day is within [since, until] (YYYY-MM-DD, inclusive) and that carry any of the tags. */
export function filterRecords(list: EffectiveRecord[], f: LogFilter): EffectiveRecord[] {
  const tags = f.tags?.map(t => t.toLowerCase());
  return list.filter(({ record: r }) => {
    const day = dayOf(r.at);
    if (f.since && day < f.since) return false;
    if (f.until && day > f.until) return false;
    if (f.kinds?.length && !f.kinds.includes(r.kind)) return false;
    if (tags?.length && !(r.tags ?? []).some(t => tags.includes(t.toLowerCase()))) return false;
    return true;
  });
}

export interface CommitmentView {
  record: LogRecord;
  index: number;
  commitment: Commitment;
  state: CommitmentState;
  /** The update records that changed its state, oldest first. */
  history: { id: string; at: string; state: CommitmentState }[];
  overdue: boolean;
}

export function commitments(list: EffectiveRecord[], today: string): CommitmentView[] {
  const views = new Map<string, CommitmentView>();
  for (const { record } of list) {
    (record.commitments ?? []).forEach((c, index) => {
      views.set(`${record.id}#${index}`, { record, index, commitment: c, state: c.state, history: [], overdue: false });
    });
  }
  for (const { record } of list) {
    if (record.kind !== 'commitment-update' || !record.commitment) continue;
    const v = views.get(`${record.commitment.record}#${record.commitment.index}`);
    if (!v) continue;
    v.state = record.commitment.state;
    v.history.push({ id: record.id, at: record.at, state: record.commitment.state });
  }
  const out = [...views.values()];
  for (const v of out) v.overdue = v.state === 'open' && !!v.commitment.due && v.commitment.due < today;
  return out;
}

export interface AwaitingAnswer {
  record: LogRecord;
  workingDays: number;
  overdue: boolean;
}

/** Client messages with no later message to the client, with how long they have waited. */
export function awaitingAnswer(list: EffectiveRecord[], today: string, responseDays: number): AwaitingAnswer[] {
  let lastToClient = -Infinity;
  for (const { record } of list) if (record.direction === 'to-client') lastToClient = Math.max(lastToClient, Date.parse(record.at));
  return list
    .filter(({ record }) => record.kind === 'exchange' && record.direction === 'from-client' && Date.parse(record.at) > lastToClient)
    .map(({ record }) => {
      const workingDays = workingDaysBetween(dayOf(record.at), today);
      return { record, workingDays, overdue: workingDays >= responseDays };
    });
}

/** The next contact date set most recently (by exchange time), if any. */
export function nextContact(list: EffectiveRecord[], today: string): { date: string; record: LogRecord; daysLeft: number } | undefined {
  for (let i = list.length - 1; i >= 0; i--) {
    const r = list[i]!.record;
    if (r.nextContact) return { date: r.nextContact, record: r, daysLeft: daysBetween(today, r.nextContact) };
  }
  return undefined;
}

/** Days since the last message to the client, against the cadence (P1). */
export function updateCadence(list: EffectiveRecord[], today: string, cadenceDays: number):
  { lastSent?: string; days?: number; overdue: boolean } {
  for (let i = list.length - 1; i >= 0; i--) {
    const r = list[i]!.record;
    if (r.direction === 'to-client' && r.kind !== 'amendment') {
      const days = daysBetween(dayOf(r.at), today);
      return { lastSent: dayOf(r.at), days, overdue: days > cadenceDays };
    }
  }
  return { overdue: list.length > 0 };
}

export interface MonthGroup {
  month: string;
  records: EffectiveRecord[];
}

/** Newest month first; inside a month, newest first (what a timeline view shows). */
export function groupByMonth(list: EffectiveRecord[]): MonthGroup[] {
  const groups = new Map<string, EffectiveRecord[]>();
  for (let i = list.length - 1; i >= 0; i--) {
    const e = list[i]!;
    const m = e.record.at.slice(0, 7);
    let g = groups.get(m);
    if (!g) groups.set(m, (g = []));
    g.push(e);
  }
  return [...groups.entries()].sort((a, b) => (a[0] < b[0] ? 1 : -1)).map(([month, records]) => ({ month, records }));
}
