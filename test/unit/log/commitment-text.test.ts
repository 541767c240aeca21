// The one commitment parser (CLI --commitment, editor Log Exchange): EN and FR, natural due dates.
import { strict as assert } from 'node:assert';
import { parseCommitment, readDueDate } from '../../../src/core/log/commitment-text.js';

const TUESDAY = new Date(2026, 11, 1, 12); // Tuesday 1 December 2026

describe('commitment parser (core, EN + FR)', () => {
  const ok = (s: string) => {
    const r = parseCommitment(s, TUESDAY);
    assert.ok(r.ok, `${s}: ${!r.ok ? r.message.en : ''}`);
    return r.commitment;
  };

  it('keeps the due date of « moi: corriger le réglage @vendredi » (the coming Friday)', () => {
    assert.deepEqual(ok('moi: corriger le réglage @vendredi'), { by: 'me', what: 'corriger le réglage', due: '2026-12-04', state: 'open' });
  });

  it('reads the French spacing « moi : » and « client : » and the English "me:"', () => {
    assert.equal(ok('moi\u00a0: envoyer le devis @le 4 décembre').due, '2026-12-04');
    assert.deepEqual(ok('client : valider la maquette'), { by: 'client', what: 'valider la maquette', state: 'open' });
    assert.equal(ok('me: send the mock-ups @Friday 4 December').due, '2026-12-04');
  });

  it('reads ISO days, tomorrow and « demain », and splits on the last @ (an address stays in the text)', () => {
    assert.equal(ok('client: send the photos @2026-12-09').due, '2026-12-09');
    assert.equal(ok('client: photos @demain').due, '2026-12-02');
    const c = ok('me: write to julie@example.com @tomorrow');
    assert.equal(c.what, 'write to julie@example.com');
    assert.equal(c.due, '2026-12-02');
  });

  it('refuses a due date it cannot read instead of dropping it, saying what to write', () => {
    for (const s of ['me: x @next week', 'moi : x @bientôt', 'me: x @2026-02-30', 'me: x @blorp']) {
      const r = parseCommitment(s, TUESDAY);
      assert.equal(r.ok, false, s);
      if (!r.ok) {
        assert.match(r.message.en, /cannot be read: write a day such as 2026-12-04, Friday/);
        assert.match(r.message.fr, /illisible\u00a0: écrivez un jour/);
      }
    }
  });

  it('refuses text that names nobody', () => {
    const r = parseCommitment('someone: do it', TUESDAY);
    assert.equal(r.ok, false);
    assert.equal(readDueDate('Friday', TUESDAY), '2026-12-04');
  });
});
