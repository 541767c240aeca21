// Hand-edited JSON (the profile, .liaisonrc.json): a syntax error names its line and column and
// what to write, whichever Node version runs (V8's own wording and positions differ).
import assert from 'node:assert/strict';
import { parseJsonText } from '../../../src/core/config/json-text.js';
import { parseProfile } from '../../../src/core/config/profile.js';
import { parseConfigText } from '../../../src/core/lint/config.js';

describe('JSON syntax errors with line and column', () => {
  for (const [text, line, column, says] of [
    ['{\n  "client": { "name": "Cabinet Dufresne" }\n  "project": "Site"\n}', 3, 3, /a comma is missing/],
    ['{\n  "project": "Site",\n}', 3, 1, /no comma after the last entry/],
    ["{\n  'project': 'Site'\n}", 2, 3, /single quotes are not JSON: write "double quotes"/],
    ['{\n  "project": "Site"', 2, 20, /a closing \} is missing/],
    ['// mon profil\n{}', 1, 1, /comments are not allowed/],
    ['{ "lang": fr }', 1, 11, /a word without quotes/],
    ['   \n', 1, 1, /the file is empty: write a JSON object/],
  ] as const) {
    it(`${JSON.stringify(text).slice(0, 40)} → line ${line}, column ${column}`, () => {
      const r = parseJsonText(text);
      assert.deepEqual({ line: r.problem?.line, column: r.problem?.column }, { line, column });
      assert.match(r.problem!.message, says);
    });
  }
  it('a byte-order mark (as Windows editors save) is not an error', () => {
    assert.deepEqual(parseJsonText('\uFEFF{"lang": "fr"}').value, { lang: 'fr' });
    assert.deepEqual(parseProfile('\uFEFF' + JSON.stringify({ client: { name: 'Cabinet Dufresne' }, project: 'Site', freelancer: { name: 'Alex' } })).problems, []);
  });
  it('the profile problem says where and what to do, and carries the position', () => {
    const { problems } = parseProfile('{\n  "client": { "name": "Cabinet Dufresne" },\n  "project": "Site",\n}\n');
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.message, 'not valid JSON at line 4, column 1: a key in "double quotes" is expected here (no comma after the last entry, no single quotes); fix it and save');
    assert.deepEqual([problems[0]!.line, problems[0]!.column], [4, 1]);
  });
  it('a .liaisonrc.json problem says where too', () => {
    const r = parseConfigText('{\n  "rules": {\n    "tone": "off"\n    "hedging": "warn"\n  }\n}', '.liaisonrc.json');
    assert.match(r.problem!.message, /^not valid JSON at line 4, column 5: a comma is missing between two entries; fix it and save$/);
  });
});
