// The project's own templates, filled in with plausible values (test/fixtures/lint/template-values),
// must get no finding from any rule, in both languages: the linter never fights the templates.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import { lintNote } from '../../../src/core/lint/engine.js';
import { testClock } from '../helpers/clock.js';
import { NOTE_TYPE_IDS } from '../../../src/core/notes/note-types.js';

const root = resolve(__dirname, '../../..');
const PROFILE = { client: { name: 'Boulangerie Tremblay', contact: 'Julie Tremblay' }, project: 'Online shop', freelancer: { name: 'Alex Martin', business: 'Martin Web Studio' }, cadenceDays: 7, contractDate: '2026-09-14' };

describe('filled templates get no finding', function () {
  this.timeout(120_000);
  let dir: string;
  before(function () {
    if (!existsSync(join(root, 'templates/en/status.md'))) this.skip();
    const b = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, encoding: 'utf8' });
    assert.equal(b.status, 0, b.stderr);
    dir = mkdtempSync(join(tmpdir(), 'liaison-tpl-'));
    mkdirSync(join(dir, '.liaison'));
    writeFileSync(join(dir, '.liaison/profile.json'), JSON.stringify(PROFILE));
  });
  after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  for (const lang of ['en', 'fr'] as const) {
    const values = JSON.parse(readFileSync(join(root, `test/fixtures/lint/template-values/${lang}.json`), 'utf8')) as Record<string, string>;
    for (const type of NOTE_TYPE_IDS) {
      it(`${type} (${lang})`, () => {
        const out = join(dir, `${type}-${lang}.md`);
        const tpl = readFileSync(join(root, `templates/${lang}/${type}.md`), 'utf8');
        const vars = Object.keys((YAML.parse(tpl.split(/^---$/m)[1] ?? '') as { variables?: Record<string, string> }).variables ?? {});
        const args = [join(root, 'dist/cli.js'), 'new', type, '--lang', lang, '--date', '2026-11-20', '--out', out, '--force',
          ...vars.filter(k => k in values).flatMap(k => ['--set', `${k}=${values[k]}`])];
        const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
        const text = readFileSync(out, 'utf8');
        assert.doesNotMatch(text, /\[[^\]\n]*\]/, `a blank is left unfilled:\n${text}`);
        const file = lintNote(text, { path: out, clock: testClock, lang, cadenceDays: 7 });
        assert.deepEqual(file.messages.map(m => `${m.line}:${m.column} ${m.ruleId}: ${m.reason}`), [], text);
      });
    }
  }
});
