// Why a write failed, as the editor's notifications say it (src/vscode/error-words.ts), run with
// the French bundle the extension ships: core's French when it has one, a file-system code in
// words, never VS Code's 'NoPermissions' nor a command link.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { errorWords, type Translator } from '../../../src/vscode/error-words.js';
import { LogInputError, LogWriteError } from '../../../src/core/log/store.js';
import { EmailImportError } from '../../../src/core/mail/import.js';

const ROOT = join(__dirname, '../../..');
const bundle: Record<string, string> = Object.assign({}, ...readdirSync(join(ROOT, 'l10n/src')).filter(f => f.endsWith('.fr.json')).sort()
  .map(f => JSON.parse(readFileSync(join(ROOT, 'l10n/src', f), 'utf8')) as Record<string, string>));
const t = (table: Record<string, string>): Translator => ({
  t: (m, ...args) => (table[m] ?? m).replace(/\{(\d+)\}/g, (w, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : w)),
});
const fr = (e: unknown) => errorWords(t(bundle), 'fr', e);
const en = (e: unknown) => errorWords(t({}), 'en', e);

describe('error words in editor notifications', () => {
  it('uses core\'s French for the log store and email import, its English otherwise', () => {
    const w = new LogWriteError('cannot write the project log in /p/log: the disk is full', 'ENOSPC', '/p/log', 'impossible d’écrire le journal du projet dans /p/log\u00a0: le disque est plein');
    assert.equal(fr(w), 'impossible d’écrire le journal du projet dans /p/log\u00a0: le disque est plein');
    assert.equal(en(w), 'cannot write the project log in /p/log: the disk is full', 'its own words, not the code');
    assert.equal(fr(new LogInputError(['summary: required'], ['summary\u00a0: obligatoire'])), 'summary\u00a0: obligatoire');
    assert.match(fr(new EmailImportError('the file is empty: …', 'le fichier est vide\u00a0: …')), /^le fichier est vide/);
  });

  it('says a file-system code in words (VS Code\'s and Node\'s), in both languages', () => {
    const denied = Object.assign(new Error('EntryNoPermissions (FileSystemError): /p/notes'), { code: 'NoPermissions' });
    assert.equal(en(denied), 'no permission to write there');
    assert.equal(fr(denied), 'pas le droit d’y écrire');
    assert.equal(fr(Object.assign(new Error('ENOTDIR: not a directory'), { code: 'ENOTDIR' })), 'un fichier occupe la place du dossier');
    assert.equal(fr(Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })), 'le disque est plein');
  });

  it('keeps any other message, without a command link', () => {
    assert.equal(en(new Error('see [here](command:workbench.action.terminal.sendSequence)')), 'see [here] (command:workbench.action.terminal.sendSequence)');
  });
});
