import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTemplate, render, escapeSnippet, TemplateError } from '../../../src/core/templates/index.js';

const fixture = (name: string): [string, string] => {
  const file = join(__dirname, '../../fixtures/templates', name);
  return [readFileSync(file, 'utf8'), file];
};

function errorOf(fn: () => unknown): TemplateError {
  try { fn(); } catch (e) { if (e instanceof TemplateError) return e; throw e; }
  assert.fail('expected a TemplateError');
}

const head = '---\nid: status\ntype: status\nlang: en\ntitle: T\nvariables:\n  done: what was done\n---\n';

describe('template syntax', () => {
  it('names file and line of an unknown placeholder', () => {
    const [text, file] = fixture('unknown-placeholder.md');
    const e = errorOf(() => parseTemplate(text, file));
    assert.equal(e.file, file);
    assert.equal(e.line, 14);
    assert.match(e.message, /unknown-placeholder\.md:14:\d+: unknown placeholder \{\{clientName\}\}/);
  });

  it('names file and line of unclosed braces', () => {
    const [text, file] = fixture('unclosed.md');
    const e = errorOf(() => parseTemplate(text, file));
    assert.equal(e.line, 11);
    assert.match(e.message, /unclosed\.md:11:16: unclosed placeholder/);
  });

  it('names the front matter line of an unknown note type, listing valid ones', () => {
    const [text, file] = fixture('bad-front-matter.md');
    const e = errorOf(() => parseTemplate(text, file));
    assert.equal(e.line, 3);
    assert.match(e.message, /unknown note type "weekly"; valid types: expectations, status/);
  });

  it('rejects a template without front matter, stray closing braces, nesting and bad names', () => {
    assert.equal(errorOf(() => parseTemplate('# Hello {{client.name}}', 'a.md')).line, 1);
    assert.match(errorOf(() => parseTemplate(`${head}x }} y`, 'a.md')).message, /a\.md:9:3: "\}\}" without/);
    assert.match(errorOf(() => parseTemplate(`${head}{{ {{done}} }}`, 'a.md')).message, /nested/);
    assert.match(errorOf(() => parseTemplate(`${head}{{done now}}`, 'a.md')).message, /malformed placeholder/);
    assert.match(errorOf(() => parseTemplate('---\nid: x\ntype: status\nlang: en\ntitle: T\nvariables:\n  project: p\n---\n', 'a.md')).message, /built in/);
    assert.match(errorOf(() => parseTemplate('---\nid: [x\n---\n', 'a.md')).message, /not valid YAML/);
  });

  it('drops comment lines and evaluates nothing', () => {
    const t = parseTemplate(`${head}{{! P1: why }}\nA {{done}} \${process.exit()} {{! inline }}B\n`, 'a.md');
    const r = render(t.body, { done: 'x' }, n => n, 'text');
    assert.equal(r.text, 'A x ${process.exit()} B\n');
  });

  it('renders unresolved values as [hint] in text and shared tab stops in snippets', () => {
    const t = parseTemplate(`${head}{{done}}, again {{done}}, by {{freelancer.name}}\n`, 'a.md');
    const hints = (n: string) => (n === 'done' ? 'what was done' : 'your name');
    assert.equal(render(t.body, {}, hints, 'text').text, '[what was done], again [what was done], by [your name]\n');
    const s = render(t.body, {}, hints, 'snippet');
    assert.equal(s.text, '${1:what was done}, again ${1:what was done}, by ${2:your name}\n');
    assert.equal(s.tabStops, 2);
  });

  it('escapes $, } and \\ of literal text and values in snippets', () => {
    assert.equal(escapeSnippet('cost: $5 {a} C:\\x'), 'cost: \\$5 {a\\} C:\\\\x');
    const t = parseTemplate(`${head}Price $10 {{done}}\n`, 'a.md');
    assert.equal(render(t.body, { done: '${evil}' }, n => n, 'snippet').text, 'Price \\$10 \\${evil\\}\n');
  });
});
