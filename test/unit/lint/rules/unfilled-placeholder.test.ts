// unfilled-placeholder through the engine users run: what a client would see as template text
// left in a note is an error at its exact place; links, task boxes, footnotes and code are not.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintNote } from '../../../../src/core/lint/engine.js';
import { testClock } from '../../helpers/clock.js';
import { nodeFileSystem } from '../../../../src/node/file-system.js';
import { unfilledPlaceholders } from '../../../../src/core/lint/placeholders/find.js';
import { workspaceTemplateHints } from '../../../../src/core/lint/placeholders/hints.js';
import type { PlaceholderHint } from '../../../../src/core/lint/placeholders/hints.js';

const clock = testClock;
function found(text: string, opts: { uiLang?: 'en' | 'fr'; hints?: PlaceholderHint[] } = {}): string[] {
  return lintNote(text, { clock, uiLang: opts.uiLang, placeholderHints: opts.hints }).messages
    .filter(m => m.ruleId === 'unfilled-placeholder').map(m => `${m.line}:${m.column}-${m.place && 'end' in m.place ? m.place.end.column : ''} ${m.reason}`);
}

describe('unfilled-placeholder', () => {
  it('EN/FR: date masks and form blanks from paper templates; a rule line or __bold__ is not one', () => {
    const texts = (t: string) => unfilledPlaceholders(t).map(p => p.text);
    assert.deepEqual(texts('# Point\n\nLivraison le XX/XX/XXXX, signature : ____.\n'), ['XX/XX/XXXX', '____']);
    assert.deepEqual(texts('# Update\n\nDue DD/MM/YYYY. Sent on ___ by Tom.\n'), ['DD/MM/YYYY', '___']);
    assert.deepEqual(texts('# Point\n\n___\n\nUn mot __en gras__ et ___très gras___, un fichier_test___v2.\n'), []);
  });

  it('EN: bracketed hints, TODO and TBD, at their place, as errors', () => {
    const text = '# Weekly update\n\nHello [contact name],\n\nThe payment page ships on TBD. TODO check the bank.\n';
    assert.deepEqual(found(text), [
      '3:7-21 Unfilled placeholder "[contact name]": write the real value here before sending.',
      '5:27-30 "TBD" is still in the note: finish that part or remove the marker before the client reads it.',
      '5:32-36 "TODO" is still in the note: finish that part or remove the marker before the client reads it.',
    ]);
    assert.ok(lintNote(text, { clock }).messages.filter(m => m.ruleId === 'unfilled-placeholder').every(m => m.fatal));
  });

  it('FR: angle hint, capital marker and a [Client name]-style bracket, messages in French', () => {
    const text = '# Point hebdomadaire\n\nBonjour <nom du client>,\n\nLa date de livraison est À PRÉCISER. Merci à [Nom du client] pour son retour.\n';
    assert.deepEqual(found(text, { uiLang: 'fr' }), [
      '3:9-24 Champ de modèle non rempli «\u00a0<nom du client>\u00a0»\u00a0: écrivez ici la vraie valeur avant l’envoi.',
      '5:26-36 «\u00a0À PRÉCISER\u00a0» est resté dans la note\u00a0: terminez ce passage ou retirez la marque avant que le client ne le lise.',
      '5:46-61 Champ de modèle non rempli «\u00a0[Nom du client]\u00a0»\u00a0: écrivez ici la vraie valeur avant l’envoi.',
    ]);
  });

  it('EN and FR: a built-in template hint left as plain text (an editor tab stop nobody typed over)', () => {
    // A hint with a date computed from today ("e.g. {date.yesterday}") is known whatever the date.
    assert.deepEqual(found('# Weekly update\n\nI noticed it when, e.g. this morning or on Monday 30 November 2026.\n\nI need what you need from the client, e.g. the final logo files by Friday.\n'), [
      '3:14-67 "when, e.g. this morning or on Monday 30 November 2026" is the template\'s hint, not your text: write the real value here before sending.',
      '5:8-64 "what you need from the client, e.g. the final logo files" is the template\'s hint, not your text: write the real value here before sending.',
    ]);
    assert.deepEqual(found('# Imprévu\n\n| Option | En pratique | Coût | Délai |\n|---|---|---|---|\n| A | Refaire la page | son coût | 3 jours |\n'), [
      '5:25-33 "son coût" is the template\'s hint, not your text: write the real value here before sending.',
    ]);
  });

  it('a short hint in the writer\'s own sentence is not a leftover', () => {
    assert.deepEqual(found('# Imprévu\n\nOption A refait la page ; son coût est de 300 €.\n\nThe project name is Atlas, and your name is on the invoice.\n'), []);
    // Three plain words a template also uses as a hint: the writer's words when the template's context is not around them.
    assert.deepEqual(found('# Relance\n\nMerci d\'indiquer le numéro de facture en référence du virement.\n'), []);
    assert.equal(found('# Relance\n\nVeuillez trouver ci-joint la facture numéro de facture pour le projet.\n').length, 1);
  });

  it('does not fire on links, reference links, task boxes, footnotes, code, HTML or lower-case words', () => {
    const text = [
      '# Weekly update', '',
      '- [x] The login page, see [the demo](https://example.com/demo) and [the spec][spec].',
      '- [ ] The payment page[^1], as in `[Client name]` and <kbd>Ctrl</kbd>, <https://example.com>.', '',
      '```', 'TODO: [placeholder] <date>', '```', '',
      'The date is still to be agreed; the todo list is short, see [1] and the quote […].', '',
      '[spec]: https://example.com/spec', '[^1]: Sent by text.', '',
    ].join('\n');
    assert.deepEqual(found(text), []);
  });

  it('in a quote of the client, editorial brackets and their TBD are theirs; a template hint is still ours', () => {
    assert.deepEqual(found('# Réponse\n\n> J\'ai envoyé [les fichiers] mardi, la date reste TBD.\n\nMerci pour votre message.\n'), []);
    assert.deepEqual(found('# Reply\n\n> the request, restated in the client\'s terms\n'), [
      '3:3-46 "the request, restated in the client\'s terms" is the template\'s hint, not your text: write the real value here before sending.',
    ]);
  });

  it('front matter values are not text the client reads', () => {
    assert.deepEqual(found("---\ntype: status\nclient: '[client name]'\n---\n# Weekly update\n\nHello Claire,\n"), []);
  });

  it('a workspace template\'s hints are found too (.liaison/templates)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'liaison-hints-'));
    try {
      mkdirSync(join(root, '.liaison/templates/fr'), { recursive: true });
      writeFileSync(join(root, '.liaison/templates/fr/status.md'),
        '---\nid: status\ntype: status\nlang: fr\ntitle: Point\nvariables:\n  humeur: la météo du projet\n---\n# Point\n\nMétéo : {{humeur}}.\n');
      const hints = await workspaceTemplateHints(nodeFileSystem, root);
      assert.deepEqual(hints, [{ hint: 'la météo du projet', before: 'Météo : ', after: '.' }]);
      const note = '# Point\n\nMétéo : la météo du projet.\n';
      assert.deepEqual(found(note), []);
      assert.deepEqual(found(note, { hints }), ['3:9-27 "la météo du projet" is the template\'s hint, not your text: write the real value here before sending.']);
    } finally { rmSync(root, { recursive: true, force: true }); }
  });

  it('unfilledPlaceholders(text) is callable alone (send-time check) and returns kinds and spans', () => {
    const text = 'Hello {{client.name}}, the total is XXX € for ${1:the work}.';
    assert.deepEqual(unfilledPlaceholders(text).map(p => [p.kind, p.text, p.span.start, p.span.end]), [
      ['syntax', '{{client.name}}', 6, 21], ['marker', 'XXX', 36, 39], ['syntax', '${1:the work}', 46, 59],
    ]);
  });

  it('offers an unsafe fix that turns the placeholder into a tab stop to type over', () => {
    const m = lintNote('# Weekly update\n\nHello [contact name],\n', { clock }).messages.find(x => x.ruleId === 'unfilled-placeholder') as unknown as { liaison: { fixes: Array<{ text: string; safe: boolean; snippet?: boolean }> } };
    assert.deepEqual(m.liaison.fixes.map(f => [f.text, f.safe, f.snippet]), [['${1:contact name}', false, true]]);
  });
});
