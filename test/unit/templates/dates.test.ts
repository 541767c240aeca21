import assert from 'node:assert/strict';
import { addWorkingDays, formatLongDate, parseIsoDay, isoDay, builtinValues } from '../../../src/core/templates/index.js';
import { clockOn } from '../helpers/clock.js';

describe('template dates', () => {
  const friday = { year: 2026, month: 11, day: 27 };

  it('writes dates the way each language does', () => {
    assert.equal(formatLongDate(friday, 'en'), 'Friday 27 November 2026');
    assert.equal(formatLongDate(friday, 'fr'), 'vendredi 27 novembre 2026');
    assert.equal(formatLongDate({ year: 2027, month: 1, day: 1 }, 'fr'), 'vendredi 1er janvier 2027');
  });

  it('counts working days over the weekend', () => {
    assert.equal(isoDay(addWorkingDays(friday, 1)), '2026-11-30');
    assert.equal(isoDay(addWorkingDays(friday, 3)), '2026-12-02');
  });

  it('computes the decision date and next update from the profile cadence', () => {
    const v = builtinValues({ lang: 'fr', clock: clockOn(2026, 11, 24), profile: { cadenceDays: 4 } });
    assert.equal(v['date.decision'], 'vendredi 27 novembre 2026');
    // 24 + 4 = Saturday 28: moved to Monday.
    assert.equal(v['date.nextUpdate'], 'lundi 30 novembre 2026');
    assert.equal(v['date.nextWorkingDay'], 'mercredi 25 novembre 2026');
  });

  it('rejects impossible dates', () => {
    assert.equal(parseIsoDay('2026-02-30'), undefined);
    assert.deepEqual(parseIsoDay('2026-02-28'), { year: 2026, month: 2, day: 28 });
  });
});
