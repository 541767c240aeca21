// Every user-visible string of the VS Code layer exists in French: each vscode.l10n.t('…') key
// has an entry in one of l10n/src/*.fr.json (merged into the bundle by esbuild.mjs).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
});
