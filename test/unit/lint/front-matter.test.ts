// Front matter read without the Markdown parser: plain `key: value` lines take a fast path, the
// rest goes to the YAML parser; broken front matter is a problem with a position, never a throw.
import assert from 'node:assert/strict';
import YAML from 'yaml';
import { readFrontMatter } from '../../../src/core/markdown/front-matter.js';
import { lintNote } from '../../../src/core/lint/engine.js';
import { testClock } from '../helpers/clock.js';

describe('front matter', () => {
  it('plain key: value lines read like YAML would', () => {
    const text = '---\ntype: status\nlang: fr\ndate: 2026-11-20\ncadence: 7\ndraft: true\nclient: "Boulangerie: Tremblay"\nempty:\n---\n# x\n';
    const yamlText = text.split('---\n')[1]!;
    assert.deepEqual(readFrontMatter(text).data, YAML.parse(yamlText));
  });
  it('lists, comments and anchors go to the YAML parser', () => {
    assert.deepEqual(readFrontMatter('---\ntags: [a, b]\ntype: risk # note\n---\n').data, { tags: ['a', 'b'], type: 'risk' });
  });
  it('broken YAML, an unclosed block and a non-mapping are problems', () => {
    assert.match(readFrontMatter('---\ntype: [status\n---\n').problem!.message, /not valid YAML/);
    assert.match(readFrontMatter('---\ntype: status\n').problem!.message, /never closed/);
    assert.match(readFrontMatter('---\n- a\n---\n').problem!.message, /YAML mapping/);
  });
  it('no front matter: empty data, no span', () => {
    assert.deepEqual(readFrontMatter('# Title\n'), { data: {} });
  });
});

describe('front matter date that is no day (lint engine)', () => {
  for (const [lang, says] of [['en', /`date: 2026-02-30` is not a day of the calendar: write/], ['fr', /n’est pas un jour du calendrier\u00a0: écrivez/]] as const) {
    it(`date: 2026-02-30 is an error saying what to write, not a silent "today" (${lang})`, () => {
      const f = lintNote(`---\ntype: status\nlang: ${lang}\ndate: 2026-02-30\n---\n# Status\n`, { clock: testClock, uiLang: lang });
      const m = f.messages.find(x => x.ruleId === 'front-matter');
      assert.ok(m, 'no front-matter finding');
      assert.equal(m.fatal, true);
      assert.equal(m.line, 1);
      assert.match(m.reason, says);
    });
  }
  it('a real date gives no front-matter finding', () => {
    const f = lintNote('---\ntype: status\ndate: 2026-02-28\n---\n# Status\n', { clock: testClock });
    assert.equal(f.messages.filter(x => x.ruleId === 'front-matter').length, 0);
  });
});
