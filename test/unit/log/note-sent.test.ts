import { strict as assert } from 'node:assert';
import { applyEdit, noteLink, statusSentEdit } from '../../../src/core/log/note-sent.js';
import { readFrontMatter } from '../../../src/core/markdown/front-matter.js';
import { sha256Hex } from '../../../src/core/log/canonical.js';
import { notePathProblem } from '../../../src/core/log/record.js';

const NOTE_FR = '---\ntype: incident\nlang: fr\ndate: 2026-11-18\nstatus: draft\n---\n\n# Imprévu\n\nTexte.\n';

describe('mark note as sent (core)', () => {
  it('replaces the status line, adds one, or adds front matter', () => {
    assert.equal(applyEdit(NOTE_FR, statusSentEdit(NOTE_FR)), NOTE_FR.replace('status: draft', 'status: sent'));
    const noStatus = '---\ntype: status\n---\n# Weekly update\n';
    assert.equal(applyEdit(noStatus, statusSentEdit(noStatus)), '---\ntype: status\nstatus: sent\n---\n# Weekly update\n');
    assert.equal(applyEdit('# Hello\n', statusSentEdit('# Hello\n')), '---\nstatus: sent\n---\n# Hello\n');
    const crlf = '---\r\ntype: status\r\nstatus: draft\r\n---\r\nBody\r\n';
    assert.equal(applyEdit(crlf, statusSentEdit(crlf)), crlf.replace('draft', 'sent'));
    assert.equal(statusSentEdit(NOTE_FR.replace('draft', 'sent')), undefined, 'already sent: no edit');
    assert.equal(applyEdit('---\n---\n# Hi\n', statusSentEdit('---\n---\n# Hi\n')), '---\nstatus: sent\n---\n# Hi\n', 'empty front matter: no second block');
    const bom = '\uFEFF---\ntype: reply\n---\n# Re\n';
    assert.equal(applyEdit(bom, statusSentEdit(bom)), '\uFEFF---\ntype: reply\nstatus: sent\n---\n# Re\n', 'the same front matter the linter reads (BOM)');
  });

  it('links the note with the hash of its text as sent, its type, date and title', () => {
    const sent = applyEdit(NOTE_FR, statusSentEdit(NOTE_FR));
    const link = noteLink('notes/2026-11-18-incident.md', sent);
    assert.deepEqual(link, { path: 'notes/2026-11-18-incident.md', sha256: sha256Hex(sent), type: 'incident', date: '2026-11-18', title: 'Imprévu' });
    assert.equal(readFrontMatter(sent).data.status, 'sent');
  });

  it('refuses links that leave the workspace', () => {
    for (const p of ['../x.md', '/etc/passwd', 'C:\\x.md', 'file:///etc/passwd', 'https://evil/x.md', 'javascript:alert(1)', 'notes/../../x.md', 'notes\\x.md', ''])
      assert.ok(notePathProblem(p), p);
    assert.equal(notePathProblem('notes/2026-11-18-incident.md'), undefined);
    assert.throws(() => noteLink('../outside.md', 'x'), /leaves the workspace/);
  });
});
