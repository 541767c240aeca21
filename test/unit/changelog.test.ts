// The version is written once, in package.json: CHANGELOG.md's newest release must match it, an
// "Unreleased" section on top collects what is coming, and no source file repeats the string.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProgram } from '../../src/cli/main.js';

const root = join(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const sections = readFileSync(join(root, 'CHANGELOG.md'), 'utf8').split('\n').filter(l => l.startsWith('## '));

describe('CHANGELOG.md and the version', () => {
  it('starts with an "Unreleased" section', () => {
    assert.match(sections[0] ?? '', /^## \[Unreleased\]$/, 'the first ## section is ## [Unreleased]');
  });

  it('its newest release is package.json\'s version, with a date', () => {
    const released = sections.slice(1).map(l => /^## \[(\d+\.\d+\.\d+(?:-[\w.]+)?)\] - (\d{4}-\d{2}-\d{2})$/.exec(l));
    assert.ok(released.length > 0 && released.every(Boolean), `every release heading reads "## [x.y.z] - YYYY-MM-DD": ${sections.join(' | ')}`);
    assert.equal(released[0]![1], pkg.version, 'bump CHANGELOG.md and package.json together');
  });

  it('the CLI reports that version, and no source file repeats it', () => {
    assert.equal(buildProgram().version(), pkg.version);
    const quoted = new RegExp(`['"\`]${pkg.version.replace(/\./g, '\\.')}['"\`]`);
    const files = readdirSync(join(root, 'src'), { recursive: true }).map(String).filter(f => f.endsWith('.ts'));
    assert.ok(files.length > 20, 'src/ was read');
    const repeats = files.filter(f => quoted.test(readFileSync(join(root, 'src', f), 'utf8')));
    assert.deepEqual(repeats, [], 'read the version from package.json (src/cli/package-info.ts)');
  });
});
