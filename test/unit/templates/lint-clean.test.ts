// The contract with the linter: a note written from a built-in template and filled in draws no
// finding; left blank, every hint it still holds is an `unfilled-placeholder` error, whether
// `liaison new` wrote it as "[hint]" or the editor inserted it as a tab stop left as plain text.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { nodeFileSystem } from '../../../src/node/file-system.js';
import { LANGS } from '../../../src/core/ports.js';
import { NOTE_TYPES } from '../../../src/core/notes/note-types.js';
import { loadTemplate, renderNote } from '../../../src/core/templates/index.js';
import { lintNote } from '../../../src/core/lint/engine.js';
import { snippetToText } from '../../../src/core/lint/fix.js';
import { clockOn } from '../helpers/clock.js';
import type { Profile } from '../../../src/core/config/profile.js';

const src = { fs: nodeFileSystem, builtinDir: join(__dirname, '../../../templates') };
const profile: Partial<Profile> = {
  client: { name: 'Cabinet Dufresne', contact: 'Mme Dufresne' }, project: 'Site vitrine',
  freelancer: { name: 'Alex Martin' }, cadenceDays: 7, contractDate: '2026-10-01',
};
const clock = clockOn(2026, 11, 24);
const lint = (text: string, type: string, lang: 'en' | 'fr') =>
  lintNote(text, { path: `${type}.md`, lang, uiLang: 'en', cadenceDays: 7, glossary: [], clock }).messages;

describe('built-in templates pass the linter', () => {
  for (const type of NOTE_TYPES) {
    for (const lang of LANGS) {
      it(`${type.id} (${lang}), filled in: no finding`, async () => {
        const { template } = await loadTemplate(src, type.id, lang);
        const set = Object.fromEntries(Object.keys(template.meta.variables).map(k => [k, `${lang === 'fr' ? 'texte' : 'text'} ${k}`]));
        const note = renderNote(template, { lang, profile, clock, set }, 'text');
        assert.deepEqual(lint(note.text, type.id, lang).map(m => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`), []);
      });
      for (const target of ['text', 'snippet'] as const) {
        it(`${type.id} (${lang}), blank from ${target === 'text' ? 'liaison new' : 'the editor'}: each hint is an unfilled-placeholder error`, async () => {
          const { template } = await loadTemplate(src, type.id, lang);
          const note = renderNote(template, { lang, profile, clock }, target);
          const text = target === 'snippet' ? snippetToText(note.text) : note.text;
          const found = lint(text, type.id, lang);
          assert.deepEqual(found.filter(m => m.ruleId !== 'unfilled-placeholder').map(m => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`), []);
          const flagged = found.map(m => text.slice(m.place && 'start' in m.place ? m.place.start.offset : 0, m.place && 'end' in m.place ? m.place.end.offset : 0));
          assert.ok(note.unresolved.length > 0);
          for (const u of note.unresolved) assert.ok(flagged.some(f => f.includes(u.hint)), `hint "${u.hint}" not flagged; flagged: ${flagged.join(' | ')}`);
          assert.ok(found.every(m => m.fatal), 'unfilled placeholders are errors');
        });
      }
    }
  }
});
