// Built-in template variables: what the profile and the clock provide. Everything else a template
// uses is declared in its own front matter and asked of the writer.
import type { Lang } from '../ports.js';

export interface BuiltinVariable {
  name: string;
  /** What the writer sees in place of a value the profile does not provide. */
  hint: Record<Lang, string>;
}

const v = (name: string, en: string, fr: string): BuiltinVariable => ({ name, hint: { en, fr } });

export const BUILTIN_VARIABLES: readonly BuiltinVariable[] = [
  v('client.name', 'client name', 'nom du client'),
  v('client.contact', 'contact name', 'nom de votre interlocuteur'),
  v('greeting', 'greeting, e.g. Hi Julie,', 'salutation, par ex. Bonjour Julie,'),
  v('closing', 'closing, e.g. Have a good day,', 'formule de fin, par ex. Bonne journée,'),
  v('project', 'project name', 'nom du projet'),
  v('freelancer.name', 'your name', 'votre nom'),
  v('freelancer.business', 'your business name', 'nom de votre entreprise'),
  v('date.today', 'today', 'aujourd’hui'),
  v('date.yesterday', 'yesterday', 'hier'),
  v('date.nextWorkingDay', 'next working day', 'prochain jour ouvré'),
  v('date.decision', 'decision date', 'date de décision'),
  v('date.nextUpdate', 'date of the next update', 'date du prochain point'),
  v('date.contract', 'contract date', 'date du contrat'),
  v('cadence.days', 'number of days between updates', 'nombre de jours entre deux points'),
];

export const BUILTIN_NAMES: ReadonlySet<string> = new Set(BUILTIN_VARIABLES.map(b => b.name));

/** Short names accepted by `--set` (the CLI example uses client="…"). */
export const SET_ALIASES: Readonly<Record<string, string>> = {
  client: 'client.name',
  contact: 'client.contact',
  freelancer: 'freelancer.name',
  me: 'freelancer.name',
  business: 'freelancer.business',
};

export function builtinHint(name: string, lang: Lang): string | undefined {
  return BUILTIN_VARIABLES.find(b => b.name === name)?.hint[lang];
}
