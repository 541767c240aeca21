// docs/rules/*.md and schemas/lint-config.schema.json are generated from the rule files: this
// fails when they are stale (run `npm run docs:rules`), and checks the schema accepts real configs.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { generatedFiles } from '../../../scripts/gen-rule-docs.js';
import { validateAgainstSchema } from '../../../src/core/config/validate.js';

describe('generated rule docs and config schema', () => {
  for (const [path, text] of generatedFiles()) {
    it(`${path} is up to date (npm run docs:rules)`, () => {
      assert.ok(existsSync(path), `${path} is missing: run npm run docs:rules`);
      assert.equal(readFileSync(path, 'utf8'), text, `${path} is stale: run npm run docs:rules`);
    });
  }
  it('the schema accepts a valid config and rejects a bad severity', () => {
    const schema = JSON.parse(readFileSync('schemas/lint-config.schema.json', 'utf8'));
    assert.deepEqual(validateAgainstSchema(schema, { rules: { 'next-contact-date': ['error', { cadenceDays: 14 }], 'required-sections': 'off' } }), []);
    assert.notDeepEqual(validateAgainstSchema(schema, { rules: { 'next-contact-date': 'loud' } }), []);
    assert.notDeepEqual(validateAgainstSchema(schema, { rules: { 'no-such-rule': 'error' } }), []);
  });
});
