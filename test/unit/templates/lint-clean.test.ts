// The contract with the linter: a note written from a built-in template, filled in or still
// blank, draws no finding from the linter (no vague timing, dated next contact, options...).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { nodeFileSystem } from '../../../src/core/node-fs.js';
import { LANGS } from '../../../src/core/ports.js';
import { NOTE_TYPES } from '../../../src/core/notes/note-types.js';
import { loadTemplate, renderNote } from '../../../src/core/templates/index.js';
import { lintNote } from '../../../src/core/lint/engine.js';
import { clockOn } from '../helpers/clock.js';
import type { Profile } from '../../../src/core/config/profile.js';

const src = { fs: nodeFileSystem, builtinDir: join(__dirname, '../../../templates') };
const profile: Partial<Profile> = {
  client: { name: 'Cabinet Dufresne', contact: 'Mme Dufresne' }, project: 'Site vitrine',
  freelancer: { name: 'Alex Martin' }, cadenceDays: 7, contractDate: '2026-10-01',
};

describe('built-in templates pass the linter', () => {
  for (const type of NOTE_TYPES) {
    for (const lang of LANGS) {
      it(`${type.id} (${lang}), filled in and blank`, async () => {
        const { template } = await loadTemplate(src, type.id, lang);
        const filled = Object.fromEntries(Object.keys(template.meta.variables).map(k => [k, `${lang === 'fr' ? 'texte' : 'text'} ${k}`]));
        for (const set of [filled, {}]) {
          const note = renderNote(template, { lang, profile, clock: clockOn(2026, 11, 24), set }, 'text');
          const found = lintNote(note.text, { path: `${type.id}.md`, lang, uiLang: 'en', cadenceDays: 7, glossary: [], clock: clockOn(2026, 11, 24) }).messages;
          assert.deepEqual(found.map(m => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`), []);
        }
      });
    }
  }
});
