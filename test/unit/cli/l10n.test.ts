// The CLI's message module (src/cli/l10n.ts) and what it does to commander's and vfile-reporter's
// English: lookups, placeholders, the locale variables, the stylish report's own words.
import assert from 'node:assert/strict';
import { VFile } from 'vfile';
import reporter from 'vfile-reporter';
import * as l10n from '../../../src/cli/l10n.js';
import { localCommanderError } from '../../../src/cli/commander-l10n.js';
import { localStylish } from '../../../src/cli/reporters/stylish-l10n.js';

describe('CLI l10n', () => {
  afterEach(() => l10n.setLang(l10n.uiLangFromEnv()));

  it('chooses French from LC_ALL, else LC_MESSAGES, else LANG; a valid flag wins', () => {
    assert.equal(l10n.uiLangFromEnv(undefined, { LANG: 'fr_FR.UTF-8' }), 'fr');
    assert.equal(l10n.uiLangFromEnv(undefined, { LC_ALL: 'C', LANG: 'fr_FR.UTF-8' }), 'en');
    assert.equal(l10n.uiLangFromEnv(undefined, { LC_MESSAGES: 'fr_BE', LANG: 'en_GB' }), 'fr');
    assert.equal(l10n.uiLangFromEnv(undefined, {}), 'en');
    assert.equal(l10n.uiLangFromEnv('en', { LANG: 'fr_FR.UTF-8' }), 'en');
    assert.equal(l10n.uiLangFromEnv('de', { LANG: 'fr_FR.UTF-8' }), 'fr');
  });

  it('puts the arguments in after the lookup, once: an argument holding {1} stays as it is', () => {
    l10n.setLang('fr');
    assert.equal(l10n.t('{0} does not exist', 'notes/{1}.md'), 'notes/{1}.md n’existe pas');
    assert.equal(l10n.t('a sentence with no French yet'), 'a sentence with no French yet');
    l10n.setLang('en');
    assert.equal(l10n.t('cannot write {0}: {1}', 'a{1}', 'b'), 'cannot write a{1}: b');
    assert.equal(l10n.pick({ en: 'Type a word.', fr: 'Tapez un mot.' }), 'Type a word.');
  });

  it('words commander\'s errors in French, its suggestion too, and leaves them alone in English', () => {
    l10n.setLang('fr');
    assert.equal(localCommanderError("error: unknown option '--colour'\n(Did you mean --color?)\n"),
      'erreur\u00a0: option inconnue «\u00a0--colour\u00a0»\n(Vouliez-vous dire --color\u00a0?)\n');
    assert.equal(localCommanderError("error: too many arguments for 'templates'. Expected 0 arguments but got 1.\n"),
      'erreur\u00a0: trop d’arguments pour «\u00a0templates\u00a0»\u00a0: 0 attendu(s), 1 donné(s).\n');
    l10n.setLang('en');
    assert.equal(localCommanderError("error: unknown option '--colour'\n"), "error: unknown option '--colour'\n");
  });

  it('turns the stylish report\'s severities and count into French, the columns still aligned, colours kept', () => {
    const file = new VFile({ path: 'notes/point.md' });
    file.message('Section manquante', { place: { line: 6, column: 1 }, ruleId: 'required-sections' });
    const fatal = file.message('Champ non rempli', { place: { start: { line: 27, column: 1 }, end: { line: 27, column: 93 } }, ruleId: 'unfilled-placeholder' });
    fatal.fatal = true;
    l10n.setLang('fr');
    const plain = localStylish(reporter([file], { color: false }));
    assert.match(plain, /^6:1 {8}avertissement Section manquante required-sections$/m);
    assert.match(plain, /^27:1-27:93 erreur {8}Champ non rempli {2}unfilled-placeholder$/m);
    assert.match(plain, /^2 messages \(✖ 1 erreur, ⚠ 1 avertissement\)$/m);
    const colour = localStylish(reporter([file], { color: true }));
    assert.match(colour, /\x1b\[33mavertissement\x1b\[39m \x1b\[1mSection/);
    assert.match(colour, /\x1b\[31merreur\x1b\[39m {8}\x1b\[1mChamp/);
    l10n.setLang('en');
    assert.equal(localStylish(reporter([file], { color: false })), reporter([file], { color: false }));
  });
});
