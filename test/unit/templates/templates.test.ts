// Every built-in template, every language: renders completely, writes the note front matter and
// exactly the section headings the linter expects (note-types.ts), in French typography for fr.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { nodeFileSystem } from '../../../src/node/file-system.js';
import { LANGS } from '../../../src/core/ports.js';
import { clockOn } from '../helpers/clock.js';
import { NOTE_TYPES } from '../../../src/core/notes/note-types.js';
import {
  frenchTypography, frenchTypographyProblems, loadTemplate, renderNote, type ParsedTemplate,
} from '../../../src/core/templates/index.js';
import type { Profile } from '../../../src/core/config/profile.js';

const builtinDir = join(__dirname, '../../../templates');
const src = { fs: nodeFileSystem, builtinDir };
const clock = clockOn(2026, 11, 24); // a Tuesday
const profile: Partial<Profile> = {
  client: { name: 'Cabinet Dufresne', contact: 'Mme Dufresne' }, project: 'Site vitrine',
  freelancer: { name: 'Alex Martin' }, cadenceDays: 7, contractDate: '2026-10-01',
};

function allValues(t: ParsedTemplate): Record<string, string> {
  return Object.fromEntries(Object.keys(t.meta.variables).map(k => [k, `value of ${k}`]));
}

function split(text: string): { fm: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  assert.ok(m, 'note starts with front matter');
  return { fm: parseYaml(m[1]) as Record<string, unknown>, body: text.slice(m[0].length) };
}

describe('built-in templates', () => {
  for (const type of NOTE_TYPES) {
    for (const lang of LANGS) {
      describe(`${type.id} (${lang})`, () => {
        let template: ParsedTemplate;
        before(async () => { template = (await loadTemplate(src, type.id, lang)).template; });

        it('declares its id, type, language, title and principles', () => {
          assert.equal(template.meta.id, type.id);
          assert.equal(template.meta.type, type.id);
          assert.equal(template.meta.lang, lang);
          assert.ok(template.meta.principles.length > 0);
        });

        it('renders with no placeholder left when every value is given', () => {
          const note = renderNote(template, { lang, profile, clock, set: allValues(template) }, 'text');
          assert.deepEqual(note.unresolved, []);
          assert.deepEqual(note.unknownKeys, []);
          assert.doesNotMatch(note.text, /\{\{|\}\}|\[[a-zà-ÿ' ]+\]/);
          assert.match(note.text, /value of /);
        });

        it('writes the note front matter', () => {
          const { fm } = split(renderNote(template, { lang, profile, clock, set: allValues(template) }, 'text').text);
          assert.deepEqual(fm, { type: type.id, lang, client: 'Cabinet Dufresne', project: 'Site vitrine', date: '2026-11-24', status: 'draft' });
        });

        it('writes the title and, in order, the first heading of every section (the linter\'s contract)', () => {
          const { body } = split(renderNote(template, { lang, profile, clock }, 'text').text);
          const title = body.split('\n').find(l => l.startsWith('# '));
          const expectedTitle = lang === 'fr' ? frenchTypography(type.titles[lang][0]) : type.titles[lang][0];
          assert.equal(title, `# ${expectedTitle}`);
          const headings = body.split('\n').filter(l => l.startsWith('## ')).map(l => l.slice(3));
          assert.deepEqual(headings, type.sections.map(s => s.headings[lang][0]));
        });

        it('traces every section to a principle it serves (note-types.ts)', () => {
          const lines = readFileSync(template.file, 'utf8').split('\n');
          lines.forEach((l, i) => {
            if (!l.startsWith('## ')) return;
            assert.match(lines[i - 1], /^\{\{!.*\bP\d+/, `${template.file}:${i + 1} needs a {{! P.. }} comment above`);
            const section = type.sections.find(s => s.headings[lang][0] === l.slice(3));
            const cited: string[] = lines[i - 1].match(/\bP\d+/g) ?? [];
            assert.ok(section && section.principles.some(p => cited.includes(p)), `${template.file}:${i}: cite one of ${section?.principles.join(', ')}`);
          });
        });

        it('gives tab stops for what the writer fills in, and fills the profile', () => {
          const note = renderNote(template, { lang, profile, clock }, 'snippet');
          assert.equal(note.tabStops, Object.keys(template.meta.variables).length);
          assert.match(note.text, /\$\{1:/);
          assert.match(note.text, /Alex Martin/);
        });

        if (lang === 'fr') {
          it('follows French typography (no-break spaces before : ; ? ! and inside « »)', () => {
            const { body } = split(renderNote(template, { lang, profile, clock }, 'text').text);
            assert.deepEqual(frenchTypographyProblems(body), []);
            assert.doesNotMatch(body, /\b(tu|ton|ta|tes)\b/i, 'vouvoiement');
          });
        }

        it('avoids vague timing and blame words the linter flags', () => {
          const text = renderNote(template, { lang, profile, clock }, 'text').text.toLowerCase();
          for (const word of ['soon', 'asap', 'shortly', 'a few days', 'bientôt', 'rapidement', 'dans les plus brefs délais', 'quelques jours', 'you should have', 'vous auriez dû']) {
            assert.ok(!text.includes(word), `"${word}" in ${type.id}/${lang}`);
          }
        });
      });
    }
  }
});
