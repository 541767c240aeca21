// Core fix application, shared by `liaison lint --fix` and the editor's fix-all.
import assert from 'node:assert/strict';
import { lintNote } from '../../../src/core/lint/engine.js';
import { testClock } from '../helpers/clock.js';
import { applyFixes, fixNote, safeFixes, snippetToText } from '../../../src/core/lint/fix.js';
import type { Fix } from '../../../src/core/lint/types.js';

const clock = testClock;
const fix = (start: number, end: number, text: string, safe = true, snippet = false): Fix => ({ title: { en: 't', fr: 't' }, span: { start, end }, text, safe, snippet });

describe('fix application (core)', () => {
  it('snippetToText keeps tab-stop defaults and unescapes', () => {
    assert.equal(snippetToText('## Next contact\n\n${1:Friday 27 November} costs \\$5 ${2} $3 \\}'), '## Next contact\n\nFriday 27 November costs $5   }');
  });

  it('safeFixes takes the first safe fix of each finding, in order, dropping overlaps', () => {
    const chosen = safeFixes([
      { fixes: [fix(10, 15, 'b')] }, { fixes: [fix(0, 4, 'a', false), fix(0, 4, 'a2')] },
      { fixes: [fix(12, 20, 'overlaps b')] }, { fixes: [fix(30, 30, 'x')] }, { fixes: [fix(30, 30, 'y')] },
    ]);
    assert.deepEqual(chosen.map(f => f.text), ['a2', 'b', 'x', 'y']);
  });

  it('applyFixes edits from the end so earlier offsets hold; snippets become plain text', () => {
    assert.equal(applyFixes('Friday 26, Friday 27', [fix(0, 6, 'Thursday'), fix(11, 17, '${1:Friday}', true, true)]), 'Thursday 26, Friday 27');
  });

  it('two inserts at one place both apply, in finding order (two missing sections before the same heading)', () => {
    assert.equal(applyFixes('# A\n\n## Z\n', [fix(5, 5, '## X\n\n'), fix(5, 5, '## Y\n\n')]), '# A\n\n## X\n\n## Y\n\n## Z\n');
  });

  it('inserted lines take the note\'s CRLF line endings, never a mix (bad input: Windows notes)', () => {
    assert.equal(applyFixes('# A\r\n\r\n## Z\r\n', [fix(7, 7, '## X\n\n')]), '# A\r\n\r\n## X\r\n\r\n## Z\r\n');
    assert.equal(applyFixes('# A\n\n## Z\n', [fix(5, 5, '## X\r\n\r\n')]), '# A\n\n## X\n\n## Z\n');
  });

  it('fixNote on a CRLF status note with missing sections (EN and FR): every line ends in CRLF', () => {
    for (const text of ['---\r\ntype: status\r\ndate: 2026-11-20\r\n---\r\n# Status\r\n\r\nAll fine.\r\n',
      '---\r\ntype: status\r\nlang: fr\r\ndate: 2026-11-20\r\n---\r\n# Point\r\n\r\nTout va bien.\r\n']) {
      const r = fixNote(text, t => lintNote(t, { clock }));
      assert.equal(r.changed, true);
      assert.doesNotMatch(r.text, /[^\r]\n/);
    }
  });

  it('fixNote: fixes, re-lints, and reports what is left (EN)', () => {
    const text = '---\ndate: 2026-11-20\n---\n# Notes\n\nDemo on Friday 26 November, then Tuesday 2 December.\n';
    const r = fixNote(text, t => lintNote(t, { clock }));
    assert.equal(r.changed, true);
    assert.equal(r.applied, 2);
    assert.equal(r.text, '---\ndate: 2026-11-20\n---\n# Notes\n\nDemo on Thursday 26 November, then Wednesday 2 December.\n');
    assert.deepEqual(r.file.messages.map(m => m.ruleId), []);
  });

  it('fixNote: nothing safe to fix leaves the text as it is (FR)', () => {
    const text = '# Point\n\nBonjour [nom du client],\n';
    const r = fixNote(text, t => lintNote(t, { clock }));
    assert.equal(r.changed, false);
    assert.equal(r.text, text);
    assert.deepEqual(r.file.messages.map(m => m.ruleId), ['unfilled-placeholder']);
  });

  it('fixNote: a pass that does not reduce the fixable findings is undone', () => {
    let calls = 0;
    const looping = (t: string) => {
      calls++;
      const f = lintNote(t, { clock });
      // A rule whose "fix" brings itself back: the same finding on every pass.
      (f.messages as unknown[]).push({ ruleId: 'loop', liaison: { fixes: [fix(0, 0, 'x')] } });
      return f;
    };
    const r = fixNote('# Notes\n', looping);
    assert.equal(r.changed, false);
    assert.equal(r.text, '# Notes\n');
    assert.equal(calls, 2);
  });
});
