// False alarms reported on text the project had never seen (issue 8): times written with clock and
// time-zone abbreviations, "later" next to a concrete date, a sentence that takes responsibility while
// naming the fault. Each stays silent; the real problem next to it still fires.
import { strict as assert } from 'node:assert';
import { lintNote, isLiaisonMessage } from '../../../../src/core/lint/engine.js';

const clock = { now: () => new Date(2026, 10, 20) };
const ids = (lang: string, text: string) => lintNote(`---\nlang: ${lang}\n---\n\n${text}\n`, { clock })
  .messages.filter(isLiaisonMessage).map((m) => m.liaison.ruleId);

describe('phrase rules: false alarms', () => {
  it('does not take clock and time-zone abbreviations for shouting', () => {
    assert.deepEqual(ids('en', 'Go-live at 9 AM CET / 3 AM EST.'), []);
    assert.deepEqual(ids('fr', 'Mise en ligne à 9 h HNE (15 h CET).'), []);
    assert.deepEqual(ids('en', 'Call me at 3 PM CET TODAY.'), ['shouting']);
  });

  it('does not call "later" vague when the sentence gives a concrete date', () => {
    assert.deepEqual(ids('en', 'Later this week, on Thursday 26 November, we will ship the rest.'), []);
    assert.deepEqual(ids('fr', 'Plus tard dans la semaine, le jeudi 26 novembre, nous livrerons le reste.'), []);
    assert.deepEqual(ids('en', 'We will ship the rest later this week.'), ['vague-timing']);
  });

  it('does not call taking responsibility defensive or blaming', () => {
    assert.deepEqual(ids('en', 'It was our fault, not the host\'s, and we are fixing it today.'), []);
    assert.deepEqual(ids('en', 'This is not your fault: the mistake was ours.'), []);
    assert.deepEqual(ids('fr', 'Ce n\'est pas de votre faute, c\'est la nôtre.'), []);
    assert.deepEqual(ids('fr', 'C\'est entièrement de notre faute, et nous corrigeons aujourd\'hui.'), []);
    assert.deepEqual(ids('en', 'It\'s not my fault, I did everything right.'), ['defensive-tone']);
  });
});
