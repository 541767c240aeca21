// What stops a note from reaching the client, said in both languages before anything renders.
import assert from 'node:assert/strict';
import { guardDepth, sendProblem } from '../../../src/core/send/renderable.js';
import { renderClientNote } from '../../../src/core/send/render.js';

describe('renderable notes (send)', () => {
  it('an unclosed front matter is a problem (EN, FR): its fields would be sent as text', () => {
    const p = sendProblem('---\ntype: status\nlang: fr\n# Point\n\nTexte.\n');
    assert.match(p!.en, /never closed, so the client would read it: add a `---` line after it/);
    assert.match(p!.fr, /n’est jamais fermé : le client le lirait\. Ajoutez une ligne `---`/);
    assert.equal(sendProblem('---\ntype: status\nlang: en\n---\n# Update\n\nText.\n'), undefined);
  });
  it('more than 2 MB of text is a problem that says to split it', () => {
    const p = sendProblem('# Update\n\n' + 'x'.repeat(3 * 1024 * 1024));
    assert.match(p!.en, /^This note is 3\.0 MB of text: too large to send as one message \(limit 2 MB\)\. Split it/);
    assert.match(p!.fr, /^Cette note fait 3\.0 Mo de texte/);
  });
  it('nesting past the call stack is a message, other errors still throw', () => {
    const deep = guardDepth(() => renderClientNote('# Point\n\n' + '> '.repeat(6000) + 'profond\n'));
    assert.match(deep.problem!.en, /thousands of levels deep: it cannot be rendered\. Flatten that part\./);
    assert.match(deep.problem!.fr, /sur des milliers de niveaux/);
    assert.equal(guardDepth(() => renderClientNote('# Update\n\n> quoted\n')).value?.text, '> quoted\n');
    assert.throws(() => guardDepth(() => { throw new TypeError('bug'); }), TypeError);
  });
});
