// Quick fixes that help write: blame, defensive, non-apology, dismissive and sarcasm findings offer the pack's
// rewrites, in the sentence's language, as unsafe snippet fixes (picked by the writer, never applied by
// "fix all"). Applying a rewrite with its default text leaves a note no phrase rule objects to.
import { strict as assert } from 'node:assert';
import { lintNote, isLiaisonMessage } from '../../../../src/core/lint/engine.js';
import { fixablesOf, safeFixes } from '../../../../src/core/lint/fix.js';
import type { Fix } from '../../../../src/core/lint/types.js';

const clock = { now: () => new Date(2026, 10, 20) };
const lint = (text: string) => lintNote(text, { clock });
const note = (lang: string, body: string) => `---\nlang: ${lang}\n---\n\n${body}\n`;
const fill = (fix: Fix) => fix.text.replace(/\$\{\d+:([^}]*)\}/g, '$1');

const CASES: Array<[string, string, string]> = [
  ['blame-colleague', 'en', 'The developer made a mistake in the payment form.'],
  ['blame-colleague', 'fr', 'C\'est la faute du prestataire.'],
  ['blame-client', 'en', 'You should have told us about the new logo before we printed.'],
  ['blame-client', 'fr', 'Vous auriez dû nous prévenir avant l\'impression.'],
  ['defensive-tone', 'en', 'It\'s not my fault, I did everything right.'],
  ['defensive-tone', 'fr', 'Ce n\'est pas de ma faute.'],
  ['non-apology', 'en', 'I\'m sorry you feel that way.'],
  ['non-apology', 'fr', 'Je suis désolé que vous l\'ayez mal pris.'],
  ['dismissive', 'en', 'This is too technical to explain.'],
  ['dismissive', 'fr', 'Ça ne me regarde pas.'],
  // A recall of an earlier message ("per my last email") is blame-client's finding, not sarcasm's (tone11).
  ['sarcasm', 'en', 'Oh great, another round of revisions on the same button.'],
  ['sarcasm', 'fr', 'Comme par hasard, le site plante le jour du lancement.'],
];

describe('rewrites as quick fixes', () => {
  for (const [rule, lang, sentence] of CASES) {
    it(`${rule} (${lang}): offers rewrites in ${lang}, and each one clears the finding`, () => {
      const text = note(lang, sentence);
      const found = lint(text).messages.filter(isLiaisonMessage).filter((m) => m.liaison.ruleId === rule);
      assert.equal(found.length, 1, sentence);
      const fixes = found[0]!.liaison.fixes ?? [];
      assert.ok(fixes.length >= 2, 'two rewrites or more');
      for (const fix of fixes) {
        assert.equal(fix.safe, false, 'a rewrite is never applied by fix-all');
        assert.equal(fix.snippet, true);
        assert.match(fix.title.en, /^Rewrite: /);
        assert.match(fix.title.fr, /^Reformuler\u00a0: /);
        assert.equal(text.slice(fix.span.start, fix.span.end), sentence, 'replaces the sentence');
        const rewritten = text.slice(0, fix.span.start) + fill(fix) + text.slice(fix.span.end);
        assert.ok(/[éèàç]|\b(nous|je|vous)\b/i.test(fill(fix)) === (lang === 'fr'), `rewrite in ${lang}: ${fill(fix)}`);
        const after = lint(rewritten).messages.filter(isLiaisonMessage).map((m) => `${m.liaison.ruleId}: ${m.reason}`);
        assert.deepEqual(after, [], rewritten);
      }
      assert.deepEqual(safeFixes(fixablesOf(lint(text))), [], 'fix-all leaves the sentence as the writer wrote it');
    });
  }

  it('rewrites an English sentence of a French note in English', () => {
    const text = note('fr', 'Bonjour Claire, le site est de nouveau en ligne depuis ce matin.\n\nThe developer made a mistake in the payment form.');
    const f = lint(text).messages.filter(isLiaisonMessage).find((m) => m.liaison.ruleId === 'blame-colleague');
    assert.ok(f, 'the English sentence is read');
    assert.match(fill(f.liaison.fixes![0]!), /^We made a mistake/);
  });
});
