// A new weekly status starts from what the log knows (P1, P15): what was done since the last
// update (commitments completed, decisions, notes sent), what I promised and have not done yet
// (planned next, with client messages still to answer), what the client owes (what I need from
// you, with my messages still unanswered). Overdue items say so. The lines are ordinary text in
// the note's language: the writer edits them like any other.
import type { Lang } from '../ports.js';
import { normalizeHeading } from '../notes/note-types.js';
import { sectionIdOf } from '../notes/sections.js';
import { formatLongDate, parseIsoDay } from '../templates/dates.js';
import { awaitingAnswer, commitments, type EffectiveRecord } from './query.js';
import { addDays, dayOf } from './dates.js';
import { namesDay } from '../send/promises.js';

export interface StatusFacts { done: string[]; next: string[]; needed: string[] }

const W = {
  en: {
    sent: (t: string, d: string) => `Sent you "${t}" on ${d}.`,
    decided: (x: string, d: string) => `Decided on ${d}: ${x}`,
    due: (d: string) => ` (by ${d})`,
    overdue: (d: string) => ` (overdue: it was due on ${d})`,
    reply: (s: string, d: string) => `Reply to your message of ${d}: ${s}`,
    answer: (s: string, d: string) => `An answer to my message of ${d}: ${s}`,
    intro: 'So that the work planned above can go ahead, I need from you:',
  },
  fr: {
    sent: (t: string, d: string) => `Envoi du document «\u00a0${t}\u00a0» le ${d}.`,
    decided: (x: string, d: string) => `Décidé le ${d}\u00a0: ${x}`,
    due: (d: string) => ` (d’ici le ${d})`,
    overdue: (d: string) => ` (en retard\u00a0: prévu pour le ${d})`,
    reply: (s: string, d: string) => `Répondre à votre message du ${d}\u00a0: ${s}`,
    answer: (s: string, d: string) => `Une réponse à mon message du ${d}\u00a0: ${s}`,
    intro: 'Pour que le travail prévu ci-dessus puisse avancer, j’ai besoin de votre part\u00a0:',
  },
} satisfies Record<Lang, unknown>;

const long = (iso: string, lang: Lang) => { const d = parseIsoDay(iso.slice(0, 10)); return d ? formatLongDate(d, lang) : iso; };
// One list item per fact: a line break in a summary (an email subject can hold one) would start a heading or a section in the note.
const sentence = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim().replace(/[.;:]+$/, '');
const firstUpper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The last status update sent, else one cadence back: "since the last update". */
function sinceDay(list: EffectiveRecord[], today: string, cadenceDays: number): string {
  for (let i = list.length - 1; i >= 0; i--) {
    const r = list[i]!.record;
    if (r.direction === 'to-client' && r.notes?.some(n => n.type === 'status') && dayOf(r.at) <= today) return dayOf(r.at);
  }
  return addDays(today, -cadenceDays);
}

export function statusFacts(list: EffectiveRecord[], today: string, lang: Lang, cadenceDays = 7, responseDays = 2): StatusFacts {
  const w = W[lang];
  const since = sinceDay(list, today, cadenceDays);
  const after = (iso: string) => dayOf(iso) > since && dayOf(iso) <= today;
  const views = commitments(list, today);
  const done: string[] = [];
  for (const v of views) {
    const last = v.history[v.history.length - 1];
    if (v.state === 'done' && v.commitment.by === 'me' && last && after(last.at)) done.push(firstUpper(sentence(v.commitment.what)) + '.');
  }
  for (const { record: r } of list) {
    if (!after(r.at) || r.kind === 'amendment') continue;
    for (const d of r.decisions ?? []) done.push(w.decided(sentence(d), long(r.at, lang)));
    for (const n of r.direction === 'to-client' ? r.notes ?? [] : []) {
      if (n.type !== 'status') done.push(w.sent(n.title ?? n.path, long(r.at, lang)));
    }
  }
  // The promise's own words are read against the day it was made ("vendredi" of that week).
  const suffix = (what: string, due: string | undefined, overdue: boolean, made: string) =>
    !due ? '' : overdue ? w.overdue(long(due, lang)) : namesDay(what, due, new Date(made)) ? '' : w.due(long(due, lang));
  const open = (by: 'me' | 'client') => views.filter(v => v.state === 'open' && v.commitment.by === by).map(v =>
    firstUpper(sentence(v.commitment.what)) + suffix(v.commitment.what, v.commitment.due, v.overdue, v.record.at));
  const next = [...open('me'), ...awaitingAnswer(list, today, responseDays).map(a => w.reply(sentence(a.record.summary), long(a.record.at, lang)))];
  // My messages since the client last wrote, other than status updates: they wait for an answer.
  let lastFromClient = '';
  for (const { record: r } of list) if (r.direction === 'from-client') lastFromClient = r.at;
  const unanswered = list.filter(({ record: r }) => r.kind === 'exchange' && r.direction === 'to-client' && r.at > lastFromClient &&
    !r.notes?.some(n => n.type === 'status') && dayOf(r.at) <= today);
  // A sent note is named by its title, not by the log's "Sent: …" summary.
  const needed = [...open('client'), ...unanswered.map(({ record: r }) => w.answer(sentence(r.notes?.[0]?.title ?? r.summary), long(r.at, lang)))];
  return { done, next, needed };
}

/**
 * Writes the facts into a rendered status note (text, or a snippet when `escape` is given):
 * the "done" and "next" lists are replaced, the "needed" paragraph becomes an intro and a list.
 * A section the log has nothing for keeps the template's blanks.
 */
export function prefillStatus(note: string, facts: StatusFacts, lang: Lang, escape: (s: string) => string = s => s): string {
  const lines = note.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^(#{2,6})\s+(.*)$/.exec(lines[i]!);
    const id = m ? sectionIdOf(m[2]!, 'status') : undefined;
    const items = id === 'done' ? facts.done : id === 'next' ? facts.next : id === 'needed' ? facts.needed : [];
    out.push(lines[i]!);
    if (!m || !items.length || !normalizeHeading(m[2]!)) continue;
    // The section body runs to the next heading of any level (or a closing line with no blank).
    let end = i + 1;
    while (end < lines.length && !/^#{1,6}\s/.test(lines[end]!)) end++;
    let bodyEnd = end;
    while (bodyEnd > i + 1 && lines[bodyEnd - 1]!.trim() === '') bodyEnd--;
    const list = items.map(x => `- ${escape(x)}`);
    out.push('', ...(id === 'needed' ? [escape(W[lang].intro), '', ...list] : list), ...lines.slice(bodyEnd, end));
    i = end - 1;
  }
  return out.join('\n');
}
