// Hostile input in the editor: broken or misleading front matter shows as a diagnostic on its line
// with what to write (never an exception), a profile that does not parse is never replaced by Set
// Up Project Profile, and an exports folder linked out of the workspace is not written through.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { WAIT_MS, waitUntil } from './harness';

const created: vscode.Uri[] = [];

function root(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'the test workspace is open');
  return f.uri;
}

async function write(rel: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(root(), ...rel.split('/'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  created.push(uri);
  return uri;
}

const frontMatter = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter(d => d.source === 'liaison'
  && (typeof d.code === 'object' ? String(d.code.value) : String(d.code)) === 'front-matter');

async function frontMatterDiagnostics(uri: vscode.Uri, what: string): Promise<vscode.Diagnostic[]> {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  return waitUntil(() => (frontMatter(uri).length ? frontMatter(uri) : undefined), [vscode.languages.onDidChangeDiagnostics], WAIT_MS, what);
}

suite('Hostile input (editor)', () => {
  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created.splice(0)) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
  });

  test('broken front matter: one clear diagnostic per problem, on its line (EN and FR notes)', async () => {
    const cases: Array<[string, string, number, vscode.DiagnosticSeverity, RegExp]> = [
      ['notes/hostile-unclosed.md', '---\ntype: status\nlang: en\n# Weekly update\n\nThe demo is on Friday 27 November.\n', 0,
        vscode.DiagnosticSeverity.Error, /^front matter opened with `---` is never closed: add a `---` line after it$/],
      ['notes/hostile-tabs.md', '---\ntype: status\n\tlang: fr\n---\n# Point hebdomadaire\n\nLa démo a lieu vendredi.\n', 2,
        vscode.DiagnosticSeverity.Error, /^front matter is not valid YAML \(.*\): fix it or remove the `---` block$/],
      ['notes/hostile-duplicate.md', '---\ntype: status\nlang: en\ntype: risk\n---\n# Update\n\nText.\n', 1,
        vscode.DiagnosticSeverity.Warning, /^`type` is written 2 times in the front matter \(lines 2, 4\): only the last one \(`risk`\) is read\. Keep one\.$/],
      ['notes/hostile-lang.md', '---\ntype: status\nlang: de\ndate: 2026-11-20\n---\n# Point hebdomadaire\n\nLa démo a lieu le vendredi 27 novembre et nous vous appellerons.\n', 2,
        vscode.DiagnosticSeverity.Warning, /^`lang: de` is not supported: use en or fr\. This note is read as English and French\.$/],
    ];
    for (const [rel, text, line, severity, says] of cases) {
      const uri = await write(rel, text);
      const diags = await frontMatterDiagnostics(uri, `front-matter diagnostic on ${rel}`);
      const d = diags.find(x => says.test(x.message));
      assert.ok(d, `${rel}: ${diags.map(x => x.message).join(' | ')}`);
      assert.strictEqual(d.range.start.line, line, rel);
      assert.strictEqual(d.severity, severity, rel);
    }
  });

  test('Set Up Project Profile leaves a profile that does not parse as it was', async () => {
    const file = vscode.Uri.joinPath(root(), '.liaison', 'profile.json');
    const original = await vscode.workspace.fs.readFile(file);
    const broken = new TextEncoder().encode('{\n  "client": { "name": "Cabinet Dufresne" },\n  "project": "Site",\n  "freelancer": { "name": "Alex" },\n  "lint": { "rules": { "tone": "off" } },\n}\n');
    try {
      await vscode.workspace.fs.writeFile(file, broken);
      const written = await vscode.commands.executeCommand<string | undefined>('liaison.setUpProfile', {
        answers: { clientName: 'Other', clientContact: '', project: 'P', freelancerName: 'A', lang: 'en', cadenceDays: 7, notesFolder: 'notes' },
      });
      assert.strictEqual(written, undefined, 'nothing written');
      assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)), new TextDecoder().decode(broken), 'the user\'s file, as it was');
    } finally {
      await vscode.workspace.fs.writeFile(file, original);
    }
  });

  test('an exports folder linked out of the workspace is not written through', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-outside-'));
    const link = vscode.Uri.joinPath(root(), 'exports');
    const had = fs.existsSync(link.fsPath);
    if (had) fs.renameSync(link.fsPath, link.fsPath + '.keep');
    fs.symlinkSync(outside, link.fsPath);
    try {
      const r = await vscode.commands.executeCommand<{ md: string } | undefined>('liaison.exportClientRecap', { open: false });
      assert.strictEqual(r, undefined);
      assert.deepStrictEqual(fs.readdirSync(outside), [], 'nothing written outside the workspace');
      // The same command with a real folder writes: the refusal above is the link's doing.
      fs.unlinkSync(link.fsPath);
      const ok = await vscode.commands.executeCommand<{ md: string; html: string } | undefined>('liaison.exportClientRecap', { open: false });
      assert.ok(ok && fs.existsSync(ok.md), 'written into a real exports folder');
      fs.rmSync(ok.md); fs.rmSync(ok.html);
    } finally {
      if (fs.lstatSync(link.fsPath, { throwIfNoEntry: false })?.isSymbolicLink()) fs.unlinkSync(link.fsPath);
      else if (!had) fs.rmSync(link.fsPath, { recursive: true, force: true });
      if (had) fs.renameSync(link.fsPath + '.keep', link.fsPath);
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  test('a profile key cannot put a command link in the invalid-profile notification', async () => {
    const file = vscode.Uri.joinPath(root(), '.liaison', 'profile.json');
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    const hostile = { ...JSON.parse(original), '[Fix the profile](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)': 1 };
    const shown: string[] = [];
    const win = vscode.window as unknown as Record<string, unknown>;
    const saved = win.showErrorMessage;
    win.showErrorMessage = async (m: string) => { shown.push(m); return undefined; };
    try {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(hostile)));
      assert.strictEqual(await vscode.commands.executeCommand('liaison.newStatus', { date: '2026-11-29' }), undefined, 'an invalid profile stops the note');
    } finally {
      win.showErrorMessage = saved;
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(original));
    }
    assert.ok(shown.some(m => m.includes('Fix the profile')), shown.join(' | '));
    assert.ok(!shown.some(m => m.includes('](command:')), shown.join(' | '));
  });

  test('a note title cannot put a command link in the Copy for Email notification', async () => {
    const note = await write('notes/hostile-title.md', '---\ntype: status\nlang: en\n---\n# [Open the quote](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)\n\nHello.\n');
    const shown: string[] = [];
    const win = vscode.window as unknown as Record<string, unknown>;
    const saved = win.showInformationMessage;
    win.showInformationMessage = async (m: string) => { shown.push(m); return undefined; };
    try {
      const r = await vscode.commands.executeCommand<{ title: string }>('liaison.copyForEmail', { uri: note, force: true });
      assert.ok(r, 'copied');
    } finally {
      win.showInformationMessage = saved;
    }
    assert.ok(shown.some(m => m.includes('Open the quote')), shown.join(' | '));
    assert.ok(!shown.some(m => m.includes('](command:')), shown.join(' | '));
  });

  test('an imported email cannot put a command link in a notification; a reused Message-ID does not keep the other email out', async () => {
    const eml = (subject: string, body: string) => ['From: Julie <julie@boulangerie.example>', 'To: alex@example.com', 'Date: Wed, 02 Dec 2026 08:47:31 +0100',
      'Message-ID: <same-id@boulangerie.example>', `Subject: ${subject}`, '', body, ''].join('\r\n');
    const first = await write('hostile-first.eml', eml('[Open the quote](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D)', 'Forged first.'));
    const real = await write('hostile-real.eml', eml('Re: quote', 'The real email, same Message-ID.'));
    // The log is shared with the other suites (they count its records): put it back as it was afterwards.
    const logDir = path.join(root().fsPath, '.liaison', 'log');
    const kept = new Map<string, string>();
    for (const f of fs.existsSync(logDir) ? fs.readdirSync(logDir) : []) if (f.endsWith('.jsonl')) kept.set(f, fs.readFileSync(path.join(logDir, f), 'utf8'));
    const mailBefore = new Set(fs.existsSync(path.join(logDir, 'mail')) ? fs.readdirSync(path.join(logDir, 'mail')) : []);
    const shown: string[] = [];
    const win = vscode.window as unknown as Record<string, unknown>;
    const saved = { info: win.showInformationMessage, error: win.showErrorMessage };
    win.showInformationMessage = async (m: string) => { shown.push(m); return undefined; };
    win.showErrorMessage = async (m: string) => { shown.push(m); return undefined; };
    try {
      const a = await vscode.commands.executeCommand<{ id: string }[]>('liaison.logEmailFile', { uris: [first] });
      const b = await vscode.commands.executeCommand<{ id: string }[]>('liaison.logEmailFile', { uris: [real] });
      assert.strictEqual(a?.length, 1);
      assert.strictEqual(b?.length, 1, 'the real email is logged too');
    } finally {
      win.showInformationMessage = saved.info;
      win.showErrorMessage = saved.error;
      for (const f of fs.readdirSync(logDir)) {
        if (!f.endsWith('.jsonl')) continue;
        if (kept.has(f)) fs.writeFileSync(path.join(logDir, f), kept.get(f)!); else fs.rmSync(path.join(logDir, f));
      }
      for (const f of fs.readdirSync(path.join(logDir, 'mail'))) if (!mailBefore.has(f)) fs.rmSync(path.join(logDir, 'mail', f));
    }
    assert.ok(shown.some(m => m.includes('Open the quote')), shown.join(' | '));
    assert.ok(!shown.some(m => m.includes('](command:')), shown.join(' | '));
    assert.ok(shown.some(m => /another email with the same Message-ID is already in the log/.test(m)), shown.join(' | '));
  });
});
