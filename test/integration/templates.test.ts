// Templates in a real VS Code: each command creates its note with front matter, sections and
// live tab stops; profile set-up writes a valid profile (and Esc writes nothing); workspace
// templates override the built-in ones.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { NOTE_TYPES } from '../../src/core/notes/note-types';
import { newNoteCommand } from '../../src/vscode/templates-feature';
import { parseProfile } from '../../src/core/config/profile';
import { screenshot, screenshotsEnabled, WAIT_MS, waitForEvent, waitUntil } from './harness';

const DATE = '2026-11-24'; // no fixture note carries this date
const created: vscode.Uri[] = [];

function root(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the test workspace is open');
  return f.uri;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try { await vscode.workspace.fs.stat(uri); return true; } catch { return false; }
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Runs a command that opens an editor, keeps track of the file for clean-up. */
async function runNew(command: string, args?: object): Promise<{ uri: vscode.Uri; editor: vscode.TextEditor; tabStops: number }> {
  const result = await vscode.commands.executeCommand<{ uri: string; tabStops: number } | undefined>(command, args);
  assert.ok(result, `${command} created no note`);
  const uri = vscode.Uri.parse(result.uri);
  if (uri.scheme === 'file') created.push(uri);
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor && editor.document.uri.toString() === uri.toString(), 'the new note is the active editor');
  return { uri, editor, tabStops: result.tabStops };
}

/** Tab stops are live: jumping to the next placeholder moves the selection. */
async function assertSnippetActive(editor: vscode.TextEditor): Promise<void> {
  const first = editor.selection;
  assert.ok(!first.isEmpty, 'the first placeholder is selected');
  await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
  await waitUntil(() => !editor.selection.isEqual(first), [vscode.window.onDidChangeTextEditorSelection], WAIT_MS, 'the next tab stop');
}

function frontMatter(text: string): Record<string, string> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  assert.ok(m, 'the note starts with front matter');
  return Object.fromEntries(m[1].split('\n').map(l => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim().replace(/^"|"$/g, '')]));
}

suite('Templates', () => {
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created) if (await exists(uri)) await vscode.workspace.fs.delete(uri);
  });

  for (const type of NOTE_TYPES) {
    test(`${newNoteCommand(type.id)} creates notes/${DATE}-${type.id}.md with front matter, sections and tab stops`, async () => {
      const { uri, editor, tabStops } = await runNew(newNoteCommand(type.id), { date: DATE });
      assert.ok(uri.path.endsWith(`/notes/${DATE}-${type.id}.md`), uri.path);
      const text = editor.document.getText();
      assert.deepStrictEqual(frontMatter(text), {
        type: type.id, lang: 'en', client: 'Boulangerie Tremblay', project: 'Online ordering site', date: DATE, status: 'draft',
      });
      const headings = text.split('\n').filter(l => l.startsWith('## ')).map(l => l.slice(3));
      assert.deepStrictEqual(headings, type.sections.map(s => s.headings.en[0]));
      assert.ok(tabStops > 1, 'placeholders are tab stops');
      assert.ok(!text.includes('{{'), 'no template syntax left');
      await assertSnippetActive(editor);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  }

  test('a second note of the same type and day gets a suffix, never overwriting', async () => {
    const a = await runNew('liaison.newStatus', { date: '2026-11-25' });
    await vscode.commands.executeCommand('workbench.action.files.save');
    const b = await runNew('liaison.newStatus', { date: '2026-11-25' });
    assert.ok(b.uri.path.endsWith('/notes/2026-11-25-status-2.md'), b.uri.path);
    assert.match(await readText(a.uri), /^---\ntype: status/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a note closed without saving leaves no empty file behind', async () => {
    const { uri } = await runNew('liaison.newRisk', { date: '2026-11-28' });
    assert.ok(await exists(uri), 'the name is reserved on disk while the note is open');
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(root(), 'notes/2026-11-28-risk.md'));
    try {
      const deleted = waitForEvent(watcher.onDidDelete, () => true, WAIT_MS, 'the empty note file to be removed');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await deleted;
      assert.strictEqual(await exists(uri), false);
    } finally {
      watcher.dispose();
    }
  });

  test('a French incident notice has French sections and dates', async () => {
    const { editor } = await runNew('liaison.newIncident', { date: DATE, lang: 'fr' });
    const text = editor.document.getText();
    assert.strictEqual(frontMatter(text).lang, 'fr');
    assert.match(text, /^## Ce qui s'est passé$/m);
    assert.match(text, /\*\*vendredi 27 novembre 2026\*\*/);
    assert.match(text, /Je vous appelle le mercredi 25 novembre 2026/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the workbench shows a new French incident notice with its tab stops (screenshots)', async function () {
    if (!screenshotsEnabled()) return;
    this.timeout(90000);
    const { editor } = await runNew('liaison.newIncident', { date: '2026-11-23', lang: 'fr' });
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    await screenshot('template-incident-fr');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('New Client Update… offers every type in a quick pick and creates the chosen one', async () => {
    const pending = vscode.commands.executeCommand<{ uri: string } | undefined>('liaison.newClientUpdate', { date: '2026-11-26' });
    let done = false;
    void pending.then(() => { done = true; }, () => { done = true; });
    // The quick pick shows its first item (expectations) selected: accept it once it is up.
    const deadline = Date.now() + WAIT_MS;
    while (!done && Date.now() < deadline) {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      await Promise.race([pending, new Promise(r => setTimeout(r, 100))]);
    }
    const result = await pending;
    assert.ok(result, 'a note was created from the quick pick');
    const uri = vscode.Uri.parse(result.uri);
    created.push(uri);
    assert.ok(uri.path.endsWith('/notes/2026-11-26-expectations.md'), uri.path);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('Set Up Project Profile… writes a valid profile with $schema; Esc writes nothing', async () => {
    const file = vscode.Uri.joinPath(root(), '.liaison', 'profile.json');
    const original = await readText(file);
    try {
      const written = await vscode.commands.executeCommand<string | undefined>('liaison.setUpProfile', {
        answers: { clientName: 'Cabinet Dufresne', clientContact: 'Mme Dufresne', project: 'Site vitrine', freelancerName: 'Alex Martin', lang: 'fr', cadenceDays: 5, notesFolder: 'notes' },
      });
      assert.strictEqual(written, file.toString());
      const text = await readText(file);
      const { profile, problems } = parseProfile(text);
      assert.deepStrictEqual(problems, []);
      assert.strictEqual(profile?.client.name, 'Cabinet Dufresne');
      assert.strictEqual(profile?.lang, 'fr');
      assert.strictEqual(profile?.cadenceDays, 5);
      assert.deepStrictEqual(profile?.glossary, ['checkout'], 'keys the questions do not cover are kept');
      const schema = (JSON.parse(text) as { $schema: string }).$schema;
      assert.ok(schema.endsWith('/schemas/profile.schema.json'), schema);

      // The editor validates the profile against the bundled schema: a bad value is a problem.
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text.replace('"cadenceDays": 5', '"cadenceDays": 0')));
      const doc = await vscode.workspace.openTextDocument(file);
      await vscode.window.showTextDocument(doc);
      const diags = await waitUntil(() => {
        const d = vscode.languages.getDiagnostics(file);
        return d.length ? d : undefined;
      }, [vscode.languages.onDidChangeDiagnostics], WAIT_MS, 'JSON schema diagnostics on profile.json');
      assert.ok(diags.some(d => /minimum|1/.test(d.message)), diags.map(d => d.message).join('; '));
      assert.ok(!diags.some(d => /load schema|Unable/i.test(d.message)), diags.map(d => d.message).join('; '));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));

      // The real input boxes: the first one appears, Esc closes it, nothing is written.
      const before = await readText(file);
      const pending = vscode.commands.executeCommand<string | undefined>('liaison.setUpProfile');
      let done = false;
      void pending.then(() => { done = true; }, () => { done = true; });
      const deadline = Date.now() + WAIT_MS;
      while (!done && Date.now() < deadline) {
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        await Promise.race([pending, new Promise(r => setTimeout(r, 100))]);
      }
      assert.strictEqual(await pending, undefined);
      assert.strictEqual(await readText(file), before);
    } finally {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(original));
    }
  });

  test('a notes folder that cannot be created: the note still opens, untitled, with its text (nothing lost)', async () => {
    const file = vscode.Uri.joinPath(root(), '.liaison', 'profile.json');
    const original = await readText(file);
    const blocker = vscode.Uri.joinPath(root(), 'blocked-notes');
    try {
      await vscode.workspace.fs.writeFile(blocker, new TextEncoder().encode('a file where the notes folder should be'));
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify({ ...JSON.parse(original), notesFolder: 'blocked-notes' })));
      const { uri, editor } = await runNew('liaison.newStatus', { date: '2026-11-26' });
      assert.strictEqual(uri.scheme, 'untitled', 'opened untitled instead of failing');
      assert.match(editor.document.getText(), /^---\ntype: status/);
      assert.strictEqual(await readText(blocker), 'a file where the notes folder should be', 'the file in the way is untouched');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(original));
      await vscode.workspace.fs.delete(blocker);
    }
  });

  test('an invalid profile stops note creation (and names the key path)', async () => {
    const file = vscode.Uri.joinPath(root(), '.liaison', 'profile.json');
    const original = await readText(file);
    try {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('{ "client": {}, "project": "P", "freelancer": { "name": "A" } }'));
      const result = await vscode.commands.executeCommand('liaison.newStatus', { date: '2026-11-27' });
      assert.strictEqual(result, undefined);
      assert.ok(!(await exists(vscode.Uri.joinPath(root(), 'notes', '2026-11-27-status.md'))));
    } finally {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(original));
    }
  });

  test('Customize Template… copies the built-in template into the workspace, which then wins', async () => {
    const target = vscode.Uri.joinPath(root(), '.liaison', 'templates', 'en', 'closing.md');
    try {
      const opened = await vscode.commands.executeCommand<string>('liaison.customizeTemplate', { type: 'closing', lang: 'en' });
      assert.strictEqual(opened, target.toString());
      const copy = await readText(target);
      assert.match(copy, /^---\nid: closing\ntype: closing\nlang: en/);
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(copy.replace('Thank you for your trust', 'Many thanks for your trust')));
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      const { editor } = await runNew('liaison.newClosing', { date: '2026-11-30' });
      const text = editor.document.getText();
      console.log(`      (workspace trusted: ${vscode.workspace.isTrusted})`);
      if (vscode.workspace.isTrusted) assert.match(text, /Many thanks for your trust/);
      else assert.match(text, /Thank you for your trust/);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

      // A broken workspace template is reported, and no note is created.
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(copy.replace('{{delivered}}', '{{delivred}}')));
      if (vscode.workspace.isTrusted) {
        assert.strictEqual(await vscode.commands.executeCommand('liaison.newClosing', { date: '2026-12-01' }), undefined);
        assert.ok(!(await exists(vscode.Uri.joinPath(root(), 'notes', '2026-12-01-closing.md'))));
      }
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(root(), '.liaison', 'templates'), { recursive: true });
    }
  });
});
