// The project's own templates, filled in with plausible values (test/fixtures/lint/template-values),
// must get no finding from any rule, in both languages: the linter never fights the templates.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lintNote } from '../../../src/core/lint/engine.js';
import { testClock } from '../helpers/clock.js';
import { NOTE_TYPE_IDS } from '../../../src/core/notes/note-types.js';
import { nodeFileSystem } from '../../../src/node/file-system.js';
import { loadTemplate, renderNote } from '../../../src/core/templates/index.js';

const root = resolve(__dirname, '../../..');
const PROFILE = { client: { name: 'Boulangerie Tremblay', contact: 'Julie Tremblay' }, project: 'Online shop', freelancer: { name: 'Alex Martin', business: 'Martin Web Studio' }, cadenceDays: 7, contractDate: '2026-09-14' };
const source = { fs: nodeFileSystem, builtinDir: join(root, 'templates') };

// Rendered as `liaison new <type> --lang <lang> --set ...` renders them (the CLI's own run is in test/unit/cli).
describe('filled templates get no finding', () => {
  it('has the templates folder', () => {
    // A missing templates folder is a failure, not nothing to check.
    assert.ok(existsSync(join(root, 'templates/en/status.md')), 'templates/en/status.md is missing');
  });

  for (const lang of ['en', 'fr'] as const) {
    const values = JSON.parse(readFileSync(join(root, `test/fixtures/lint/template-values/${lang}.json`), 'utf8')) as Record<string, string>;
    for (const type of NOTE_TYPE_IDS) {
      it(`${type} (${lang})`, async () => {
        const { template } = await loadTemplate(source, type, lang);
        const set = Object.fromEntries(Object.keys(template.meta.variables).filter(k => k in values).map(k => [k, values[k]!]));
        const { text } = renderNote(template, { lang, profile: PROFILE, clock: testClock, set }, 'text');
        assert.doesNotMatch(text, /\[[^\]\n]*\]/, `a blank is left unfilled:\n${text}`);
        const file = lintNote(text, { path: `notes/2026-11-20-${type}.md`, clock: testClock, lang, cadenceDays: 7 });
        assert.deepEqual(file.messages.map(m => `${m.line}:${m.column} ${m.ruleId}: ${m.reason}`), [], text);
      });
    }
  }
});
