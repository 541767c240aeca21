// "What was agreed about…": for one subject (a query, a tag, or both), every decision, commitment
// (with its fate today), the client's own words and our sent notes, in time order. Each item says
// whose words it is: the client's (quotes, an imported email's text) or ours (everything we wrote
// down), with its date, channel and whether a witness outside our control covers it.
import type { Channel, CommitmentState, Direction, Side } from './record.js';
import { commitments, type EffectiveRecord } from './query.js';
import { noteKey, search, type NoteTexts, type ParsedQuery, type SearchIndex, type SearchOptions } from './search.js';

/** A reference outside the freelancer's control (log-defend's anchors): it covers what was recorded before it. */
export interface Witness { at: string; kind: string }

export type TopicItemKind = 'decision' | 'commitment' | 'client-words' | 'note' | 'exchange';

export interface TopicItem {
  kind: TopicItemKind;
  /** Whose words: the client's own, or ours. */
  words: 'client' | 'us';
  at: string;
  channel?: Channel;
  direction?: Direction;
  text: string;
  recordId: string;
  /** Commitments: who owes it, and where it stands today. */
  by?: Side;
  due?: string;
  state?: CommitmentState;
  overdue?: boolean;
  updatedOn?: string;
  /** Sent notes: its path and whether it still reads as sent. */
  notePath?: string;
  noteState?: 'sent' | 'changed' | 'missing';
  /** The earliest witness made after this record was written, if any. */
  witness?: Witness;
}

export interface Topic {
  query?: string;
  tag?: string;
  records: EffectiveRecord[];
  items: TopicItem[];
}

export interface TopicInput {
  index: SearchIndex;
  /** Every effective record (commitment updates outside the subject still tell a commitment's fate). */
  all: readonly EffectiveRecord[];
  query?: { text: string; parsed: ParsedQuery };
  tag?: string;
  filter?: Pick<SearchOptions, 'since' | 'until' | 'kinds'>;
  today: string;
  notes?: NoteTexts;
  witnesses?: readonly Witness[];
}

export function coveringWitness(recorded: string, witnesses: readonly Witness[] | undefined): Witness | undefined {
  const t = Date.parse(recorded);
  let best: Witness | undefined;
  for (const w of witnesses ?? []) {
    const wt = Date.parse(w.at);
    if (wt >= t && (!best || wt < Date.parse(best.at))) best = w;
  }
  return best;
}

export function buildTopic(input: TopicInput): Topic {
  const tag = input.tag?.toLowerCase();
  let records: EffectiveRecord[];
  if (input.query) {
    records = search(input.index, input.query.parsed, { ...input.filter, tags: tag ? [tag] : undefined }).hits.map(h => h.entry);
  } else {
    records = input.index.docs.map(d => d.entry).filter(e => (e.record.tags ?? []).some(t => t.toLowerCase() === tag));
    const f = input.filter ?? {};
    records = records.filter(e => (!f.since || e.record.at.slice(0, 10) >= f.since) && (!f.until || e.record.at.slice(0, 10) <= f.until) &&
      (!f.kinds?.length || f.kinds.includes(e.record.kind)));
  }
  records.sort((a, b) => Date.parse(a.record.at) - Date.parse(b.record.at) || (a.record.id < b.record.id ? -1 : 1));
  const fates = new Map(commitments([...input.all], input.today).map(c => [`${c.record.id}#${c.index}`, c]));
  const items: TopicItem[] = [];
  for (const e of records) {
    const r = e.record;
    const base = { at: r.at, channel: r.channel, direction: r.direction, recordId: r.id, witness: coveringWitness(r.recorded, input.witnesses) };
    const before = items.length;
    for (const q of r.quotes ?? []) items.push({ ...base, kind: 'client-words', words: 'client', text: q });
    for (const d of r.decisions ?? []) items.push({ ...base, kind: 'decision', words: 'us', text: d });
    (r.commitments ?? []).forEach((c, i) => {
      const v = fates.get(`${r.id}#${i}`);
      const last = v?.history[v.history.length - 1];
      items.push({ ...base, kind: 'commitment', words: 'us', text: c.what, by: c.by, due: c.due, state: v?.state ?? c.state,
        overdue: v?.overdue, updatedOn: last?.at.slice(0, 10) });
    });
    for (const n of r.notes ?? []) {
      const t = input.notes?.get(noteKey(n));
      items.push({ ...base, kind: 'note', words: 'us', text: n.title ?? n.path, notePath: n.path,
        noteState: !t ? undefined : 'text' in t ? 'sent' : 'changed' in t ? 'changed' : 'missing' });
    }
    // A record that holds none of those still belongs to the story: its summary, in our words.
    if (items.length === before && r.kind !== 'commitment-update') items.push({ ...base, kind: 'exchange', words: 'us', text: r.summary });
  }
  return { query: input.query?.text, tag: input.tag, records, items };
}
