// Mocha root hook: the CLI tests run dist/cli.js as users do, so build it once per run with the
// project's own esbuild.mjs (not once per test file). `npm test` has just built it and sets
// LIAISON_BUILT=1 to skip this.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../..');

export const mochaHooks = {
  beforeAll(this: Mocha.Context): void {
    if (process.env.LIAISON_BUILT === '1') return;
    this.timeout(180_000);
    const b = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, encoding: 'utf8' });
    assert.equal(b.status, 0, `node esbuild.mjs failed:\n${b.stderr}`);
  },
};
