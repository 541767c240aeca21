// The words of Log Exchange: the same steps in both languages, French in French typography
// (no-break spaces before : ; ? ! and inside « »), and the messages the date reader gives.
import { strict as assert } from 'node:assert';
import { EXCHANGE_STEPS, FLOW_TEXT } from '../../../src/core/log/exchange-steps.js';
import { readCommitmentLine, readDay, readWhen } from '../../../src/core/log/natural-dates.js';
import { frenchTypographyProblems } from '../../../src/core/templates/index.js';
import type { Clock } from '../../../src/core/ports.js';

const clock: Clock = { now: () => new Date(2026, 11, 1, 10, 37) };
const error = (r: { ok: boolean; error?: string }) => (r.ok ? '' : r.error!);

function frenchStrings(): string[] {
  const t = FLOW_TEXT.fr;
  return [
    t.title(3, 10), t.resume(5, 10, 'Résumé', 'Appel'), t.startOver, t.draftTitle, t.failedTitle, t.kept, t.summaryRequired,
    ...Object.values(t.steps).flatMap(s => [s.name, s.prompt, s.placeholder ?? '']), ...Object.values(t.states),
    error(readWhen('n’importe quoi', 'fr', clock)), error(readWhen('demain 10 h', 'fr', clock)),
    error(readDay('la semaine prochaine', 'fr', clock)), error(readCommitmentLine('envoyer', 'fr', clock)),
  ];
}

describe('Log Exchange words', () => {
  it('has a name, a prompt and the same steps in English and French', () => {
    for (const lang of ['en', 'fr'] as const) {
      assert.deepEqual(Object.keys(FLOW_TEXT[lang].steps), [...EXCHANGE_STEPS]);
      for (const s of Object.values(FLOW_TEXT[lang].steps)) assert.ok(s.name && s.prompt);
    }
    assert.equal(FLOW_TEXT.en.title(3, 10), 'Log Exchange (3/10)');
    assert.equal(FLOW_TEXT.fr.resume(5, 10, 'Résumé'), 'Reprendre le brouillon à l’étape 5 sur 10 (Résumé)');
  });

  it('writes French with its no-break spaces', () => {
    const bad = frenchStrings().filter(s => frenchTypographyProblems(s).length);
    assert.deepEqual(bad, []);
  });

  it('names states in words, not raw ids', () => {
    assert.deepEqual(FLOW_TEXT.en.states, { open: 'Open', done: 'Done', dropped: 'Dropped' });
    assert.deepEqual(FLOW_TEXT.fr.states, { open: 'Ouvert', done: 'Tenu', dropped: 'Abandonné' });
  });
});
