// The README is the Marketplace page: short, the two commands first, and everything it shows is in
// the package (its images, the rule pages the diagnostics open). The reference lives in docs/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README and packaged docs', function () {
  this.timeout(60_000);

  it('the README is at most 250 lines', () => {
    const lines = readme.split('\n').length - (readme.endsWith('\n') ? 1 : 0);
    assert.ok(lines <= 250, `README.md has ${lines} lines: move reference material to docs/`);
  });

  it('its first commands are npm start and npm test, and both scripts exist', () => {
    const first = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    assert.deepEqual(first.split('\n').filter(Boolean).map(l => l.split('#')[0]!.trim()), ['npm start', 'npm test']);
    const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    assert.ok(scripts.start && scripts.test);
    assert.match(readme, /^Nothing leaves your machine\. No telemetry\.$/m);
  });

  it('the .vsix ships every rule page and every image the README shows', () => {
    const ls = spawnSync(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' });
    assert.equal(ls.status, 0, ls.stderr);
    const packaged = new Set(ls.stdout.split('\n').map(l => l.trim()).filter(Boolean));
    const rulePages = readdirSync(join(root, 'docs/rules')).map(f => `docs/rules/${f}`);
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map(m => m[1]!);
    assert.ok(rulePages.length >= 13 && images.length >= 2, 'rule pages and README images were found');
    const missing = [...rulePages, ...images, 'docs/principles.md'].filter(f => !packaged.has(f));
    assert.deepEqual(missing, [], 'add them to .vscodeignore');
  });
});
