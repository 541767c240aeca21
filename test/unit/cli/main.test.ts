// The `liaison` entry point as a shell user meets it: pipes closed early, piped output complete.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const repo = join(__dirname, '../../..');

describe('liaison entry point (dist/cli.js)', function () {
  this.timeout(60000);

  it('exits quietly when the reader closes the pipe (liaison templates | head -1)', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" dist/cli.js templates | head -1`],
      { cwd: repo, encoding: 'utf8' });
    assert.equal(r.stdout.split('\n').filter(Boolean).length, 1);
    assert.doesNotMatch(r.stderr, /EPIPE|Unhandled/);
  });

  it('writes long piped output completely before exiting', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" dist/cli.js new expectations --lang fr --out - | wc -c`],
      { cwd: repo, encoding: 'utf8' });
    const direct = spawnSync(process.execPath, ['dist/cli.js', 'new', 'expectations', '--lang', 'fr', '--out', '-'], { cwd: repo });
    assert.equal(Number(r.stdout.trim()), direct.stdout.length);
    assert.ok(direct.stdout.length > 1000);
  });

  it('answers an unknown command with usage exit code 2', () => {
    const r = spawnSync(process.execPath, ['dist/cli.js', 'frobnicate'], { cwd: repo, encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unknown command|too many arguments/);
  });
});
