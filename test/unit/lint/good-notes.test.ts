// Well-written notes in both languages get no finding from any rule: the linter must not nag
// people who already communicate well. Includes the templates' own filled examples when present.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testClock } from '../helpers/clock.js';
import { lintNote } from '../../../src/core/lint/engine.js';

const clock = testClock;
const dirs = ['test/fixtures/lint/good'];

describe('good notes get no finding', () => {
  for (const dir of dirs.filter(existsSync)) {
    for (const name of readdirSync(dir).filter(f => f.endsWith('.md'))) {
      it(`${dir}/${name}`, () => {
        const path = join(dir, name);
        const file = lintNote(readFileSync(path, 'utf8'), { path, clock });
        assert.deepEqual(file.messages.map(m => `${m.line}:${m.column} ${m.ruleId}: ${m.reason}`), []);
      });
    }
  }
});
