// The steps of "Log Exchange…" and their words, in the record's language: a French log is asked
// in French whatever the editor's display language, so one flow never mixes two languages.
import type { Lang } from '../ports.js';
import type { CommitmentState } from './record.js';
import { plural } from '../l10n/plural.js';

export const EXCHANGE_STEPS = ['channel', 'direction', 'when', 'participants', 'summary', 'quote', 'decision', 'commitment', 'nextContact', 'tags'] as const;
export type ExchangeStep = (typeof EXCHANGE_STEPS)[number];

export interface StepText { name: string; prompt: string; placeholder?: string }

export interface FlowText {
  title: (n: number, total: number) => string;
  steps: Record<ExchangeStep, StepText>;
  summaryRequired: string;
  resume: (step: number, total: number, name: string, summary?: string) => string;
  startOver: string;
  draftTitle: string;
  failedTitle: string;
  kept: string;
  /** What became of a commitment, as a record's summary says it. */
  states: Record<CommitmentState, string>;
}

export const FLOW_TEXT: Record<Lang, FlowText> = {
  en: {
    title: (n, total) => `Log Exchange (${n}/${total})`,
    steps: {
      channel: { name: 'Channel', prompt: 'How did it happen?' },
      direction: { name: 'Direction', prompt: 'Who wrote or spoke?' },
      when: { name: 'When', prompt: 'When did it happen? Leave empty for now.', placeholder: 'now, yesterday 4 pm, Friday 10:30, 2026-11-30 14:00' },
      participants: { name: 'Participants', prompt: 'Who took part? Separate the names with commas.' },
      summary: { name: 'Summary', prompt: 'What was said or done? A summary is required.' },
      quote: { name: 'Client’s words', prompt: 'The client’s own words, as they said or wrote them (optional).' },
      decision: { name: 'Decision', prompt: 'A decision taken (optional).' },
      commitment: { name: 'Commitment', prompt: 'A commitment (optional): “me: what @when” or “client: what @when”.', placeholder: 'me: send the mock-ups @Friday' },
      nextContact: { name: 'Next contact', prompt: 'When is the next contact (optional)?', placeholder: 'Friday, Friday 4 December, 2026-12-04' },
      tags: { name: 'Tags', prompt: 'Tags (optional), separated by commas.' },
    },
    summaryRequired: 'A summary is required: one sentence on what was said or done.',
    resume: (n, total, name, summary) => `Resume draft at step ${n} of ${total} (${name})${summary ? `: ${summary}` : ''}`,
    startOver: 'Start over',
    draftTitle: 'You have an unfinished log entry',
    failedTitle: 'An entry could not be written last time',
    kept: 'Log entry kept as a draft. Log Exchange will resume it at the step you left.',
    states: { open: 'Open', done: 'Done', dropped: 'Dropped' },
  },
  fr: {
    title: (n, total) => `Consigner un échange (${n}/${total})`,
    steps: {
      channel: { name: 'Canal', prompt: 'Par quel moyen ?' },
      direction: { name: 'Sens', prompt: 'Qui a écrit ou parlé ?' },
      when: { name: 'Quand', prompt: 'Quand cela a-t-il eu lieu ? Laissez vide pour maintenant.', placeholder: 'maintenant, hier 16 h, vendredi 10 h 30, 2026-11-30 14:00' },
      participants: { name: 'Participants', prompt: 'Qui y a pris part ? Séparez les noms par des virgules.' },
      summary: { name: 'Résumé', prompt: 'Qu’est-ce qui a été dit ou fait ? Un résumé est nécessaire.' },
      quote: { name: 'Mots du client', prompt: 'Les mots du client, tels qu’il les a dits ou écrits (facultatif).' },
      decision: { name: 'Décision', prompt: 'Une décision prise (facultatif).' },
      commitment: { name: 'Engagement', prompt: 'Un engagement (facultatif) : « moi : quoi @quand » ou « client : quoi @quand ».', placeholder: 'moi : envoyer les maquettes @vendredi' },
      nextContact: { name: 'Prochain contact', prompt: 'Quand aura lieu le prochain contact (facultatif) ?', placeholder: 'vendredi, vendredi 4 décembre, 2026-12-04' },
      tags: { name: 'Étiquettes', prompt: 'Étiquettes (facultatif), séparées par des virgules.' },
    },
    summaryRequired: 'Un résumé est nécessaire : une phrase sur ce qui a été dit ou fait.',
    resume: (n, total, name, summary) => `Reprendre le brouillon à l’étape ${n} sur ${total} (${name})${summary ? ` : ${summary}` : ''}`,
    startOver: 'Recommencer',
    draftTitle: 'Vous avez une entrée de journal inachevée',
    failedTitle: 'Une entrée n’a pas pu être écrite la dernière fois',
    kept: 'Entrée gardée en brouillon. « Consigner un échange » la reprendra à l’étape où vous l’avez laissée.',
    states: { open: 'Ouvert', done: 'Tenu', dropped: 'Abandonné' },
  },
};

/** "1 record" / "3 records", « 1 entrée » / « 3 entrées », for the log's counts. */
export function recordCount(lang: Lang, n: number): string {
  return plural(lang, n, lang === 'fr' ? { one: '{0} entrée', other: '{0} entrées' } : { one: '{0} record', other: '{0} records' });
}
