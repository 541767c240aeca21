// The editor's log-verify output channel in the display language: the lines the extension writes,
// run here with the French bundle the extension ships (l10n/src/*.fr.json, as esbuild merges them).
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LogIssue } from '../../../src/core/log/chain.js';
import { issueLines, type Translator } from '../../../src/vscode/log/issue-lines.js';

const ROOT = join(__dirname, '../../..');
const bundle: Record<string, string> = Object.assign({}, ...readdirSync(join(ROOT, 'l10n/src')).filter(f => f.endsWith('.fr.json')).sort()
  .map(f => JSON.parse(readFileSync(join(ROOT, 'l10n/src', f), 'utf8')) as Record<string, string>));
// vscode.l10n.t's behaviour: the bundle's text when there is one, else the English key; {n} filled in.
const translator = (table: Record<string, string>): Translator => ({
  t: (m, ...args) => (table[m] ?? m).replace(/\{(\d+)\}/g, (w, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : w)),
});

const issues: LogIssue[] = [
  { severity: 'error', code: 'modified', file: 'w-1.jsonl', line: 3, message: 'record r3 (line 3) was changed after it was written', fr: 'l’entrée r3 (ligne 3) a été modifiée après son écriture' },
  { severity: 'warning', code: 'malformed', file: 'w-1.jsonl', line: 4, message: 'record "\u001b[2Jx" has an unknown field' },
];
const where = (f: string) => `.liaison/log/${f}`;

describe('log verify details in the editor (output channel)', () => {
  it('writes each finding in French for a French display language, severity included', () => {
    assert.deepEqual(issueLines(translator(bundle), 'fr', issues, where), [
      'erreur\u00a0: .liaison/log/w-1.jsonl:3\u00a0: l’entrée r3 (ligne 3) a été modifiée après son écriture',
      // A finding core words only in English stays English; its quoted field is still escaped.
      'avertissement\u00a0: .liaison/log/w-1.jsonl:4\u00a0: record "\\x1b[2Jx" has an unknown field',
    ]);
  });

  it('writes the CLI\'s English lines otherwise', () => {
    assert.deepEqual(issueLines(translator({}), 'en', issues, where), [
      'error: .liaison/log/w-1.jsonl:3: record r3 (line 3) was changed after it was written',
      'warning: .liaison/log/w-1.jsonl:4: record "\\x1b[2Jx" has an unknown field',
    ]);
  });
});
