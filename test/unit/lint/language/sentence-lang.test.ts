// A language per sentence: front matter `lang:` is the default for sentences too short to tell,
// never a filter. A French note with an English paragraph is read in English there, and back.
import { strict as assert } from 'node:assert';
import { lintNote, isLiaisonMessage } from '../../../../src/core/lint/engine.js';
import { detectSentenceLang } from '../../../../src/core/lint/language/detect.js';

const clock = { now: () => new Date(2026, 10, 20) };
const ruleIds = (text: string) => lintNote(text, { clock }).messages.filter(isLiaisonMessage).map((m) => m.liaison.ruleId);

describe('language per sentence', () => {
  it('tells short English and French sentences apart, and leaves the untellable to the note', () => {
    assert.equal(detectSentenceLang('Sorry for the delay on the invoice.'), 'en');
    assert.equal(detectSentenceLang('Désolé pour le retard de la facture.'), 'fr');
    assert.equal(detectSentenceLang('Le build a crashé hier soir.'), 'fr');
    assert.equal(detectSentenceLang('OK'), undefined);
  });

  it('finds English blame in a `lang: fr` note', () => {
    const note = '---\nlang: fr\n---\n\nBonjour Claire,\n\nLe site est de nouveau en ligne depuis ce matin.\n\n'
      + 'The developer made a mistake in the payment form, it is his fault.\n';
    assert.ok(ruleIds(note).includes('blame-colleague'), ruleIds(note).join(','));
  });

  it('finds French blame in a `lang: en` note', () => {
    const note = '---\nlang: en\n---\n\nHi Claire,\n\nThe site is back online since this morning.\n\n'
      + 'C\'est la faute du prestataire, il s\'est trompé dans le formulaire.\n';
    assert.ok(ruleIds(note).includes('blame-colleague'), ruleIds(note).join(','));
  });

  it('reads an English date in a French note, so the English promise is not called vague', () => {
    const note = '---\nlang: fr\n---\n\nBonjour Claire,\n\nLe site est de nouveau en ligne depuis ce matin.\n\n'
      + 'I will send the new mockups soon, by Friday 27 November.\n';
    assert.deepEqual(ruleIds(note), []);
  });
});
