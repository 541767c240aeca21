// formatDate keeps one Intl.DateTimeFormat per locale and options: the text must be what
// Date#toLocaleDateString writes, for the formats the rules put in their messages.
import assert from 'node:assert/strict';
import { formatDate } from '../../../src/core/lint/text/date-format.js';

const FORMATS: Intl.DateTimeFormatOptions[] = [
  { weekday: 'long', day: 'numeric', month: 'long' },
  { weekday: 'long' },
  { day: 'numeric', month: 'long', year: 'numeric' },
];

describe('formatDate', () => {
  it('writes what toLocaleDateString writes, in English and French, called again and again', () => {
    for (const options of FORMATS) {
      for (const locale of ['en-GB', 'fr-FR']) {
        for (let day = 0; day < 400; day += 7) {
          const d = new Date(2026, 0, 1 + day, 12);
          assert.equal(formatDate(d, locale, options), d.toLocaleDateString(locale, options), `${locale} ${JSON.stringify(options)} ${d.toISOString()}`);
        }
      }
    }
  });

  it('keeps locales apart for the same options', () => {
    const d = new Date(2026, 10, 27, 12);
    assert.equal(formatDate(d, 'en-GB', FORMATS[0]!), 'Friday 27 November');
    assert.equal(formatDate(d, 'fr-FR', FORMATS[0]!), 'vendredi 27 novembre');
  });
});
