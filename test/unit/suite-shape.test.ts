// The unit suite stays fast and runs what users run: CLI tests spawn dist/cli.js, built once by
// the root hook (test/unit/hooks/build.ts), never the sources under tsx nor a build of their own;
// the slow measurements live in test/extra. (Before: 84 s, with seven files taking most of it.)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const unit = join(__dirname);
const files = readdirSync(unit, { recursive: true }).map(String).filter(f => f.endsWith('.ts') && !f.startsWith('hooks') && f !== 'suite-shape.test.ts');

describe('unit suite shape', () => {
  it('no test runs the CLI from its sources (src/cli/main.ts under tsx) or builds dist/ itself', () => {
    const offenders = files.filter(f => {
      const text = readFileSync(join(unit, f), 'utf8');
      return /src\/cli\/main\.ts/.test(text) || /['"]esbuild\.mjs['"]/.test(text);
    });
    assert.deepEqual(offenders, [], 'spawn dist/cli.js (built once by test/unit/hooks/build.ts) instead');
  });

  it('no test reads the real clock through the old options (today:, now:) that the Clock replaced', () => {
    const offenders = files.filter(f => /\b(?:lintNote|renderNote|buildReport|appendRecord)\([^)]*\b(?:today|now)\s*[:,}]/.test(readFileSync(join(unit, f), 'utf8')));
    assert.deepEqual(offenders, [], 'pass clock: testClock (test/unit/helpers/clock.ts)');
  });
});
