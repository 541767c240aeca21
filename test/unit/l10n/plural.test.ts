// Plural forms: "1 record" / "0 records" in English, « 0 entrée » / « 1 entrée » / « 2 entrées » in French.
import { strict as assert } from 'node:assert';
import { plural, pluralForm } from '../../../src/core/l10n/plural.js';
import { recordCount } from '../../../src/core/log/exchange-steps.js';

describe('plural forms', () => {
  it('English: one only for 1', () => {
    assert.deepEqual([0, 1, 2, 21].map(n => pluralForm('en', n)), ['other', 'one', 'other', 'other']);
    assert.deepEqual([0, 1, 2].map(n => recordCount('en', n)), ['0 records', '1 record', '2 records']);
  });
  it('French: one for 0 and 1', () => {
    assert.deepEqual([0, 1, 2, 21].map(n => pluralForm('fr', n)), ['one', 'one', 'other', 'other']);
    assert.deepEqual([0, 1, 2].map(n => recordCount('fr', n)), ['0 entrée', '1 entrée', '2 entrées']);
  });
  it('replaces the count in the chosen form', () => {
    assert.equal(plural('en', 1, { one: 'in {0} day', other: 'in {0} days' }), 'in 1 day');
    assert.equal(plural('fr', 3, { one: 'dans {0} jour', other: 'dans {0} jours' }), 'dans 3 jours');
  });
});
