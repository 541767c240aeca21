// Which plural form a count takes: English says "1 record", "0 records"; French says "0 entrée",
// "1 entrée", "2 entrées" (CLDR: one for 0 and 1). No Intl: the answer must not depend on the
// ICU data of the host.
import type { Lang } from '../ports.js';

export type PluralForm = 'one' | 'other';

export function pluralForm(lang: Lang, n: number): PluralForm {
  if (lang === 'fr') return n >= 0 && n < 2 ? 'one' : 'other';
  return n === 1 ? 'one' : 'other';
}

/** The form of `forms` that fits `n`, with `{0}` replaced by the count. */
export function plural(lang: Lang, n: number, forms: Record<PluralForm, string>): string {
  return forms[pluralForm(lang, n)].replace('{0}', String(n));
}
