// terminalText: what `liaison render` prints to standard output. A note holding ESC sequences or a
// right-to-left override is shown with them visible, never obeyed; its lines, tabs and CRLF stay.
import assert from 'node:assert/strict';
import { terminalText } from '../../../src/core/log/escape.js';

describe('terminalText (render on standard output)', () => {
  it('escapes ESC sequences and bidi overrides, EN and FR, keeping the lines', () => {
    const en = 'Invoice total:\n\u001b[2J\u001b]8;;https://evil.example\u0007pay here\u001b]8;;\u0007\nAmount \u202e0001$\n';
    assert.equal(terminalText(en), 'Invoice total:\n\\x1b[2J\\x1b]8;;https://evil.example\\x07pay here\\x1b]8;;\\x07\nAmount \\u202e0001$\n');
    const fr = 'Montant\u00a0: \u202e0001\u00a0€\u202c\r\nÀ bientôt\u001b[8m caché\n';
    assert.equal(terminalText(fr), 'Montant\u00a0: \\u202e0001\u00a0€\\u202c\r\nÀ bientôt\\x1b[8m caché\n');
  });

  it('keeps tabs and CRLF (an eml draft stays one), escapes a lone CR that would overwrite the line', () => {
    assert.equal(terminalText('a\tb\r\nc\rd'), 'a\tb\r\nc\\x0dd');
  });

  it('leaves ordinary text as it is', () => {
    const t = '# Point hebdomadaire\n\nLa démo a lieu le vendredi 27 novembre\u00a0; à bientôt\u202f!\n';
    assert.equal(terminalText(t), t);
  });
});
