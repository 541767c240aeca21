// The client's own words, reported after a colon without quotation marks, are never judged; the
// writer quoting themselves still is.
import { strict as assert } from 'node:assert';
import { lintNote, isLiaisonMessage } from '../../../../src/core/lint/engine.js';
import { blankReported } from '../../../../src/core/lint/language/reported.js';

const clock = { now: () => new Date(2026, 10, 20) };
const ids = (lang: string, text: string) => lintNote(`---\nlang: ${lang}\n---\n\n${text}\n`, { clock })
  .messages.filter(isLiaisonMessage).map((m) => m.liaison.ruleId);

describe('language/reported speech', () => {
  it('blanks what the client wrote after a colon, keeping offsets', () => {
    const t = 'You wrote: fix it ASAP.';
    assert.equal(blankReported(t), 'You wrote:' + ' '.repeat(t.length - 10));
    assert.equal(blankReported('Vous m’avez écrit : c’est inadmissible.').trimEnd(), 'Vous m’avez écrit :');
    assert.equal(blankReported('Note: the site is live.'), 'Note: the site is live.');
  });

  it('does not judge the client\'s reported words, in either language', () => {
    assert.deepEqual(ids('en', 'You wrote: fix it ASAP, this is unacceptable.'), []);
    assert.deepEqual(ids('fr', 'Vous m\'avez écrit : réglez ça au plus vite, c\'est inadmissible.'), []);
    assert.deepEqual(ids('fr', 'Tu m\'as dit : débrouille-toi.'), []);
  });

  it('still judges the writer quoting themselves', () => {
    assert.deepEqual(ids('en', 'As I wrote: you should have told us.'), ['blame-client']);
    assert.deepEqual(ids('fr', 'Je vous l\'ai écrit : vous auriez dû nous prévenir.'), ['blame-client']);
  });
});
