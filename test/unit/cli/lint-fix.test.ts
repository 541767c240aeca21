// `liaison lint --fix` as a user runs it (dist/cli.js): safe fixes are written, only to files that
// change; what is left is reported with the usual exit codes; messages in English and French.
// dist/cli.js is built once per run by the root hook (test/unit/hooks/build.ts).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'dist/cli.js');
const WRONG_EN = '---\ndate: 2026-11-20\n---\n# Notes\n\nThe demo is on Friday 26 November.\n';
const WRONG_FR = '---\ndate: 2026-11-20\nlang: fr\n---\n# Notes\n\nLa démo a lieu le vendredi 26 novembre. Bonjour [nom du client].\n';
const CLEAN = '---\ndate: 2026-11-20\n---\n# Notes\n\nThe demo is on Thursday 26 November.\n';

function run(cwd: string, lang: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [cli, 'lint', ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: lang, LC_ALL: '', LIAISON_TODAY: '2026-11-20' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('liaison lint --fix (CLI)', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'liaison-fix-'));
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes/en.md'), WRONG_EN);
    writeFileSync(join(dir, 'notes/fr.md'), WRONG_FR);
    writeFileSync(join(dir, 'notes/clean.md'), CLEAN);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('EN: corrects the weekday in place, leaves clean files untouched, exit 0 when nothing is left', () => {
    const before = statSync(join(dir, 'notes/clean.md')).mtimeMs;
    const r = run(dir, 'C', 'notes/en.md', 'notes/clean.md', '--fix', '--no-color');
    assert.equal(r.code, 0, r.out + r.err);
    assert.equal(readFileSync(join(dir, 'notes/en.md'), 'utf8'), CLEAN);
    assert.equal(statSync(join(dir, 'notes/clean.md')).mtimeMs, before);
    assert.match(r.out, /^Fixed 1 problem in 1 file\.$/m);
    assert.doesNotMatch(r.out, /date-mismatch/);
  });

  it('FR: corrects « vendredi » to « jeudi », keeps the unfixable placeholder as an error (exit 1)', () => {
    const r = run(dir, 'fr_FR.UTF-8', 'notes/fr.md', '--fix', '--no-color');
    assert.equal(r.code, 1, r.out + r.err);
    assert.equal(readFileSync(join(dir, 'notes/fr.md'), 'utf8'), WRONG_FR.replace('vendredi', 'jeudi'));
    assert.match(r.out, /unfilled-placeholder/);
    assert.match(r.out, /Champ de modèle non rempli/);
    assert.match(r.out, /1 problème corrigé dans 1 fichier\./);
  });

  it('without --fix nothing is written, and the mismatch is reported', () => {
    const r = run(dir, 'C', 'notes/en.md', '--no-color');
    assert.equal(r.code, 0, r.err);
    assert.equal(readFileSync(join(dir, 'notes/en.md'), 'utf8'), WRONG_EN);
    assert.match(r.out, /date-mismatch/);
    assert.match(r.out, /is a Thursday, not a Friday/);
  });

  it('--fix with --format json writes the file and reports only what is left', () => {
    const r = run(dir, 'C', 'notes', '--fix', '--format', 'json');
    assert.equal(r.code, 1, r.err);
    const report = JSON.parse(r.out) as Array<{ path: string; messages: Array<{ ruleId: string }> }>;
    assert.deepEqual(report.map(f => [f.path, f.messages.map(m => m.ruleId)]).sort(), [
      ['notes/clean.md', []], ['notes/en.md', []], ['notes/fr.md', ['unfilled-placeholder']],
    ]);
    assert.equal(readFileSync(join(dir, 'notes/en.md'), 'utf8'), CLEAN);
  });
});
