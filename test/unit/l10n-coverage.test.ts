// Every user-visible string of the VS Code layer exists in French: each vscode.l10n.t('…') key
// has an entry in one of l10n/src/*.fr.json (merged into the bundle by esbuild.mjs).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frenchTypographyProblems } from '../../src/core/templates/typography.js';

const repo = join(__dirname, '../..');

describe('l10n coverage of the VS Code layer', () => {
  it('has a French entry for every l10n.t key in src/vscode', () => {
    const fr: Record<string, string> = {};
    for (const f of readdirSync(join(repo, 'l10n/src')).filter(f => f.endsWith('.fr.json'))) {
      Object.assign(fr, JSON.parse(readFileSync(join(repo, 'l10n/src', f), 'utf8')));
    }
    const files = readdirSync(join(repo, 'src/vscode'), { recursive: true }).map(String).filter(f => f.endsWith('.ts'));
    const missing: string[] = [];
    let calls = 0;
    for (const f of files) {
      const text = readFileSync(join(repo, 'src/vscode', f), 'utf8');
      for (const m of text.matchAll(/l10n\.t\(\s*(['"`])((?:\\.|(?!\1).)*)\1/gs)) {
        calls++;
        const key = m[2].replace(/\\(['"`\\])/g, '$1').replace(/\\n/g, '\n');
        if (!(key in fr)) missing.push(`${f}: ${key}`);
      }
    }
    assert.ok(calls > 50, `expected the VS Code layer to use l10n.t, found ${calls} calls`);
    assert.deepEqual(missing, []);
  });

  it('writes French typography in every editor string too (no-break space before : ; ? ! and inside « »), and typographic apostrophes', () => {
    const bad: string[] = [];
    for (const f of readdirSync(join(repo, 'l10n/src')).filter(f => f.endsWith('.fr.json'))) {
      for (const v of Object.values(JSON.parse(readFileSync(join(repo, 'l10n/src', f), 'utf8')) as Record<string, string>)) {
        if (frenchTypographyProblems(v).length || /[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/.test(v)) bad.push(`${f}: ${v}`);
      }
    }
    assert.deepEqual(bad, []);
  });
});

describe('l10n coverage of the CLI', () => {
  // The CLI bundles only its own file (src/cli/l10n.ts imports it): every key must be there
  // (l10n.t, and l10n.both for an error said in both languages).
  const fr: Record<string, string> = JSON.parse(readFileSync(join(repo, 'l10n/src/cli.fr.json'), 'utf8'));
  const keys = new Map<string, string>();
  for (const dir of ['src/cli', 'src/node']) {
    for (const f of readdirSync(join(repo, dir), { recursive: true }).map(String).filter(f => f.endsWith('.ts'))) {
      const text = readFileSync(join(repo, dir, f), 'utf8');
      for (const m of text.matchAll(/(?<![.\w])l10n\.(?:t|both)\(\s*(['"`])((?:\\.|(?!\1).)*)\1/gs)) {
        keys.set(m[2]!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c)), `${dir}/${f}`);
      }
    }
  }
  const placeholders = (s: string) => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort();

  it('has a French entry for every l10n.t key in src/cli and src/node, and no entry left over', () => {
    assert.ok(keys.size > 250, `expected the CLI to word its messages with l10n.t, found ${keys.size} keys`);
    assert.deepEqual([...keys].filter(([k]) => !(k in fr)).map(([k, f]) => `${f}: ${k}`), []);
    assert.deepEqual(Object.keys(fr).filter(k => !keys.has(k)), []);
  });

  it('keeps every placeholder of the English in the French', () => {
    assert.deepEqual(Object.entries(fr).filter(([en, f]) => placeholders(en).join() !== placeholders(f).join()).map(([en]) => en), []);
  });

  it('writes French typography as the templates do (core/templates/typography.ts), and typographic apostrophes', () => {
    const bad = Object.values(fr).filter(f => frenchTypographyProblems(f).length || /[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/.test(f));
    assert.deepEqual(bad, []);
  });
});
