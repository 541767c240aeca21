// Front matter read without the Markdown parser: plain `key: value` lines take a fast path, the
// rest goes to the YAML parser; broken front matter is a problem with a position, never a throw.
import assert from 'node:assert/strict';
import YAML from 'yaml';
import { readFrontMatter } from '../../../src/core/markdown/front-matter.js';

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
