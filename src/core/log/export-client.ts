// "For the client": a recap of what was decided and who does what, to confirm in writing (domain
// brief 5: a short written recap after a call or a decision is the cheapest dispute prevention).
// Written to the client, in the profile's words: no hashes, file names, record ids, internal
// notes or lessons.
import type { Lang } from '../ports.js';
import type { Profile } from '../config/profile.js';
import type { LoadedLog } from './store.js';
import { commitments, effectiveRecords, filterRecords, type LogFilter } from './query.js';
import { localDay } from './dates.js';
import { addWorkingDays, formatLongDate, parseIsoDay } from '../templates/dates.js';
import type { ExportDoc, Inline } from './export-doc.js';
import { namesDay } from '../send/promises.js';

export interface ClientRecapInput {
  log: LoadedLog;
  profile?: Partial<Profile>;
  lang: Lang;
  now: Date;
  filter?: LogFilter;
}

const W = {
  en: {
    title: (p?: string) => `What we agreed${p ? `: ${p}` : ''}`, hello: (n?: string) => `Hello${n ? ` ${n}` : ''},`,
    intro: (d: string) => `Here is a recap of what we decided and of who does what, so that we both have it in writing. If anything below is not how you remember it, please tell me by ${d}.`,
    decisions: 'What we decided', mine: 'What I will do', yours: 'What I need from you', done: 'Already done',
    due: (d: string) => ` (by ${d})`, doneOn: (d: string) => ` (done on ${d})`, thanks: 'Thank you,', date: 'Date',
  },
  fr: {
    title: (p?: string) => `Ce que nous avons convenu${p ? `\u00a0: ${p}` : ''}`, hello: (n?: string) => `Bonjour${n ? ` ${n}` : ''},`,
    intro: (d: string) => `Voici le récapitulatif de ce que nous avons décidé et de qui fait quoi, pour que nous l’ayons tous deux par écrit. Si un point ci-dessous ne correspond pas à votre souvenir, merci de me le dire d’ici le ${d}.`,
    decisions: 'Ce que nous avons décidé', mine: 'Ce que je vais faire', yours: 'Ce dont j’ai besoin de votre part', done: 'Déjà fait',
    due: (d: string) => ` (d’ici le ${d})`, doneOn: (d: string) => ` (fait le ${d})`, thanks: 'Merci,', date: 'Date',
  },
} as const;

export function clientRecap(input: ClientRecapInput): ExportDoc {
  const { lang, profile } = input;
  const w = W[lang];
  const long = (iso: string) => { const d = parseIsoDay(iso.slice(0, 10)); return d ? formatLongDate(d, lang) : iso; };
  const all = effectiveRecords(input.log.records);
  // What the client took part in: no internal notes, no lessons, no corrections' reasons.
  const shared = filterRecords(all, input.filter ?? {}).filter(e => e.record.direction !== 'internal' && e.record.kind !== 'lesson' && e.record.kind !== 'amendment');
  const ids = new Set(shared.map(e => e.record.id));
  const today = localDay(input.now);
  const views = commitments(all, today).filter(c => ids.has(c.record.id) && c.state !== 'dropped');
  const open = (by: 'me' | 'client'): Inline[][] => views.filter(c => c.state === 'open' && c.commitment.by === by)
    .map(c => [c.commitment.what + (c.commitment.due && !namesDay(c.commitment.what, c.commitment.due, new Date(c.record.at)) ? w.due(long(c.commitment.due)) : '')]);
  const done: Inline[][] = views.filter(c => c.state === 'done').map(c => {
    const last = c.history[c.history.length - 1];
    return [c.commitment.what + (last ? w.doneOn(long(last.at)) : '')];
  });
  const replyBy = parseIsoDay(today);
  return {
    lang, title: w.title(profile?.project),
    meta: [[w.date, [long(today)]]],
    sections: [
      { heading: '', blocks: [{ p: [w.hello(profile?.client?.contact ?? profile?.client?.name)] }, { p: [w.intro(replyBy ? formatLongDate(addWorkingDays(replyBy, 3), lang) : today)] }] },
      { heading: w.decisions, blocks: [{ list: shared.flatMap(e => (e.record.decisions ?? []).map((d): Inline[] => [`${long(e.record.at)}: ${d}`])) }] },
      { heading: w.mine, blocks: [{ list: open('me') }] },
      { heading: w.yours, blocks: [{ list: open('client') }] },
      { heading: w.done, blocks: [{ list: done }] },
      { heading: '', blocks: [{ p: [w.thanks] }, { p: [profile?.freelancer?.name ?? ''] }] },
    ],
  };
}
