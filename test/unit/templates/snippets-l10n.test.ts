// Snippets come in both languages with the section headings the linter knows; every UI string of
// the templates feature has its French translation.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { noteType } from '../../../src/core/notes/note-types.js';
import { frenchTypographyProblems } from '../../../src/core/templates/index.js';

const repo = join(__dirname, '../../..');
type Snippet = { prefix: string; description: string; body: string[] };
const snippets = JSON.parse(readFileSync(join(repo, 'snippets/markdown.json'), 'utf8')) as Record<string, Snippet>;
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));

describe('snippets', () => {
  const pieces = ['options', 'ack', 'apology', 'next-contact', 'risk', 'decision'];

  it('has every section-level piece in English and French, contributed for Markdown', () => {
    for (const p of pieces) {
      assert.ok(snippets[`liaison-${p}`], `liaison-${p}`);
      assert.ok(snippets[`liaison-${p}-fr`], `liaison-${p}-fr`);
    }
    assert.deepEqual(pkg.contributes.snippets, [{ language: 'markdown', path: './snippets/markdown.json' }]);
  });

  it('uses the headings the linter recognises, with a cost and a delay for options', () => {
    const first = (type: string, section: string, lang: 'en' | 'fr') => noteType(type)!.sections.find(s => s.id === section)!.headings[lang][0];
    assert.equal(snippets['liaison-options'].body[0], `## ${first('incident', 'options', 'en')}`);
    assert.equal(snippets['liaison-ack-fr'].body[0], `## ${first('reply', 'acknowledgement', 'fr')}`);
    assert.equal(snippets['liaison-apology-fr'].body[0], `## ${first('incident', 'apology', 'fr')}`);
    assert.equal(snippets['liaison-next-contact'].body[0], `## ${first('status', 'next-contact', 'en')}`);
    assert.equal(snippets['liaison-decision-fr'].body[0], `## ${first('incident', 'decision-date', 'fr')}`);
    assert.match(snippets['liaison-options'].body.join('\n'), /\| Cost \| Delay \|/);
    assert.match(snippets['liaison-options-fr'].body.join('\n'), /\| Coût \| Délai \|/);
  });

  it('writes French snippets in French typography', () => {
    for (const [name, s] of Object.entries(snippets)) {
      if (name.endsWith('-fr')) assert.deepEqual(frenchTypographyProblems(s.body.join('\n').replace(/\$\{\d+[:|][^}]*\}/g, 'x')), [], name);
    }
  });
});

describe('UI strings of the templates feature', () => {
  it('every vscode.l10n.t() string has a French translation', () => {
    const fr = JSON.parse(readFileSync(join(repo, 'l10n/src/templates.fr.json'), 'utf8')) as Record<string, string>;
    const files = [
      'src/vscode/templates-feature.ts',
      ...['new-note', 'new-client-update', 'set-up-profile', 'customize-template'].map(f => `src/vscode/commands/${f}.ts`),
      ...readdirSync(join(repo, 'src/vscode/templates')).map(f => `src/vscode/templates/${f}`),
    ];
    const used = new Set<string>();
    for (const f of files) for (const m of readFileSync(join(repo, f), 'utf8').matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)) used.add(m[1]);
    assert.ok(used.size > 10);
    assert.deepEqual([...used].filter(s => !fr[s]), []);
    assert.deepEqual(Object.keys(fr).filter(s => !used.has(s)), [], 'no stale translations');
  });

  it('every nls key of the manifest has a French value', () => {
    const en = JSON.parse(readFileSync(join(repo, 'package.nls.json'), 'utf8'));
    const frNls = JSON.parse(readFileSync(join(repo, 'package.nls.fr.json'), 'utf8'));
    for (const key of Object.keys(en).filter(k => k.startsWith('config.templates') || /^command\.(new|setUp|customize)/.test(k))) {
      assert.ok(frNls[key], key);
    }
  });
});
