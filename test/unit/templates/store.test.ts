import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSystem } from '../../../src/node/file-system.js';
import { listTemplates, loadTemplate, TemplateError, uniqueNotePath } from '../../../src/core/templates/index.js';

const builtinDir = join(__dirname, '../../../templates');

describe('template store', () => {
  let ws: string;
  beforeEach(() => { ws = mkdtempSync(join(tmpdir(), 'liaison-tpl-')); });
  afterEach(() => rmSync(ws, { recursive: true, force: true }));

  const override = (lang: string, type: string, text: string): string => {
    mkdirSync(join(ws, '.liaison/templates', lang), { recursive: true });
    const file = join(ws, '.liaison/templates', lang, `${type}.md`);
    writeFileSync(file, text);
    return file;
  };

  it('prefers the workspace template, unless overrides are ignored (untrusted workspace)', async () => {
    const text = readFileSync(join(builtinDir, 'fr/status.md'), 'utf8').replace('Bonne fin de semaine,', 'À lundi,');
    override('fr', 'status', text);
    const mine = await loadTemplate({ fs: nodeFileSystem, builtinDir, workspaceRoot: ws }, 'status', 'fr');
    assert.equal(mine.overridden, true);
    assert.ok(mine.template.file.startsWith(ws));
    const ignored = await loadTemplate({ fs: nodeFileSystem, builtinDir }, 'status', 'fr');
    assert.equal(ignored.overridden, false);
    const listed = await listTemplates({ fs: nodeFileSystem, builtinDir, workspaceRoot: ws });
    assert.equal(listed.length, 20);
    assert.deepEqual(listed.filter(l => l.overridden).map(l => `${l.type}/${l.lang}`), ['status/fr']);
  });

  it('names the override file and line when it is broken or declares another type', async () => {
    const file = override('en', 'risk', readFileSync(join(builtinDir, 'en/risk.md'), 'utf8').replace('{{risk}}', '{{risks}}'));
    await assert.rejects(loadTemplate({ fs: nodeFileSystem, builtinDir, workspaceRoot: ws }, 'risk', 'en'),
      (e: TemplateError) => e instanceof TemplateError && e.file === file && e.line === 30 && /unknown placeholder \{\{risks\}\}/.test(e.message));
    override('en', 'delay', readFileSync(join(builtinDir, 'en/status.md'), 'utf8'));
    await assert.rejects(loadTemplate({ fs: nodeFileSystem, builtinDir, workspaceRoot: ws }, 'delay', 'en'),
      (e: TemplateError) => e.line === 3 && /for type "delay" but declares type "status"/.test(e.message));
  });

  it('never reuses a note name: -2, -3 when taken', async () => {
    const day = { year: 2026, month: 11, day: 27 };
    const notes = join(ws, 'notes');
    assert.equal(await uniqueNotePath(nodeFileSystem, notes, day, 'status'), `${notes}/2026-11-27-status.md`);
    mkdirSync(notes);
    writeFileSync(join(notes, '2026-11-27-status.md'), 'x');
    assert.equal(await uniqueNotePath(nodeFileSystem, notes, day, 'status'), `${notes}/2026-11-27-status-2.md`);
    writeFileSync(join(notes, '2026-11-27-status-2.md'), 'x');
    assert.equal(await uniqueNotePath(nodeFileSystem, notes, day, 'status'), `${notes}/2026-11-27-status-3.md`);
  });
});
