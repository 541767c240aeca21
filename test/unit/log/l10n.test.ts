// Every string the log's VS Code layer shows has its French translation.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { frenchTypographyProblems } from '../../../src/core/templates/index.js';

const ROOT = join(__dirname, '../../..');

describe('log UI strings', () => {
  it('every vscode.l10n.t string of the log feature is in l10n/src/log.fr.json', () => {
    const fr = JSON.parse(readFileSync(join(ROOT, 'l10n/src/log.fr.json'), 'utf8')) as Record<string, string>;
    const files = [...readdirSync(join(ROOT, 'src/vscode/log')).map(f => join(ROOT, 'src/vscode/log', f)), join(ROOT, 'src/vscode/log-feature.ts')];
    const missing: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/l10n\.t\((['"])((?:\\.|(?!\1).)*)\1/g)) {
        const key = m[2]!.replace(/\\(['"])/g, '$1');
        if (!fr[key]) missing.push(key);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('package.nls.fr.json translates every log key of package.nls.json', () => {
    const en = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const fr = JSON.parse(readFileSync(join(ROOT, 'package.nls.fr.json'), 'utf8')) as Record<string, string>;
    const mine = Object.keys(en).filter(k => /log|Log|viewsContainer|markNoteSent|amendLogEntry|completeCommitment/.test(k));
    assert.ok(mine.length >= 15);
    assert.deepEqual(mine.filter(k => !fr[k]), []);
  });

  it('writes the French of the log feature with its no-break spaces (before : ; ? ! and inside « »)', () => {
    const fr = JSON.parse(readFileSync(join(ROOT, 'l10n/src/log.fr.json'), 'utf8')) as Record<string, string>;
    assert.deepEqual(Object.entries(fr).filter(([, v]) => frenchTypographyProblems(v).length).map(([k]) => k), []);
  });
});
