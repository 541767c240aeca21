// Well-written notes in both languages get no finding from any rule: the linter must not nag
// people who already communicate well. A missing or empty fixtures folder fails: it must not pass by checking nothing.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testClock } from '../helpers/clock.js';
import { lintNote } from '../../../src/core/lint/engine.js';

const clock = testClock;
const dir = 'test/fixtures/lint/good';
const names = existsSync(dir) ? readdirSync(dir).filter(f => f.endsWith('.md')) : [];

describe('good notes get no finding', () => {
  it('has good notes in both languages', () => {
    assert.ok(existsSync(dir), `${dir} is missing`);
    for (const lang of ['en', 'fr']) assert.ok(names.some(n => n.includes(`-${lang}`)), `no ${lang} note in ${dir}`);
  });
  for (const name of names) {
    it(`${dir}/${name}`, () => {
      const path = join(dir, name);
      const file = lintNote(readFileSync(path, 'utf8'), { path, clock });
      assert.deepEqual(file.messages.map(m => `${m.line}:${m.column} ${m.ruleId}: ${m.reason}`), []);
    });
  }
});
