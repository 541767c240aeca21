// The project log in a real VS Code: logging an exchange, marking a note as sent, the views'
// data, the record webview's HTML, verify and the export files.
import * as assert from 'assert';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { screenshot, screenshotsEnabled, WAIT_MS, waitUntil } from './harness';
import { anchorLog } from '../../src/node/log-store';

interface Rec { id: string; hash: string; seq: number; summary: string; recorded?: string; notes?: { path: string; sha256: string; type?: string; date?: string }[] }
type Item = vscode.TreeItem & { month?: string };
interface LazyLog { treeChildren(view: string, el?: Item): Promise<Item[]> }

const EXT = 'liaison.liaison';

suite('Project log', () => {
  let root: string;
  let logDir: string;
  const created: string[] = [];
  let lazy: LazyLog;

  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension(EXT)!;
    await ext.activate();
    root = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    logDir = path.join(root, '.liaison', 'log');
    // The same module the view providers call (dist/lazy/log-store.js), for the views' data.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    lazy = require(path.join(ext.extensionPath, 'dist', 'lazy', 'log-store.js')) as LazyLog;
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const f of created) fs.rmSync(f, { recursive: true, force: true });
    fs.rmSync(logDir, { recursive: true, force: true });
  });

  let first: Rec;

  test('Log Exchange (pre-filled) appends a record to the writer file and shows it, escaped, in a strict webview', async () => {
    first = (await vscode.commands.executeCommand<Rec>('liaison.logExchange', { record: {
      channel: 'call', direction: 'from-client', participants: ['Julie Tremblay'],
      summary: 'Appel <script>alert(1)</script> <img src=x onerror=alert(2)>', quotes: ['« Il faut livrer avant Noël »'],
      commitments: [{ by: 'me', what: 'Send the revised plan', due: '2020-01-01', state: 'open' }], nextContact: '2099-01-05', tags: ['log-test'],
    } }))!;
    assert.ok(first?.id, 'the command returns the record');
    const files = fs.readdirSync(logDir).filter(f => f.endsWith('.jsonl'));
    assert.strictEqual(files.length, 1);
    const lines = fs.readFileSync(path.join(logDir, files[0]!), 'utf8').trim().split('\n');
    assert.ok(lines[lines.length - 1]!.includes(first.hash));
    assert.ok(fs.existsSync(path.join(logDir, '.gitattributes')));

    const shown = await vscode.commands.executeCommand<{ html: string }>('liaison.openLogRecord', first.id);
    const html = shown!.html;
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src [^"]*&#39;nonce-/);
    assert.ok(!/<script|<img/i.test(html), 'log content is inert');
    assert.ok(html.includes('&#60;script&#62;'));
    assert.ok(html.includes('« Il faut livrer avant Noël »'));
  });

  test('the views: timeline grouped by month, open/overdue commitments, awaiting answer, next contact', async () => {
    await vscode.commands.executeCommand('liaisonLog.timeline.focus');
    const months = await lazy.treeChildren('timeline');
    const month = months.find(m => m.month === first.recorded?.slice(0, 7)) ?? months[0]!;
    assert.ok(month.month, 'roots are months');
    const items = await lazy.treeChildren('timeline', month);
    assert.ok(items.some(i => i.id === `record:${first.id}`));
    const rec = items.find(i => i.id === `record:${first.id}`)!;
    assert.deepStrictEqual(rec.command?.arguments, [first.id]);
    const commitments = await lazy.treeChildren('commitments');
    assert.ok(commitments.some(c => String(c.label).includes('Send the revised plan') && String(c.description).includes('overdue')));
    const awaiting = await lazy.treeChildren('awaiting');
    assert.ok(awaiting.some(a => a.id === `awaiting:${first.id}`));
    const next = await lazy.treeChildren('nextContact');
    assert.ok(String(next[0]!.label).startsWith('2099-01-05'));
  });

  test('Mark Note as Sent records the note\'s hash, type and date and sets status: sent', async () => {
    const src = path.join(root, 'notes', '2026-11-20-status.md');
    const note = path.join(root, 'notes', 'log-test-status.md');
    fs.copyFileSync(src, note);
    created.push(note);
    const doc = await vscode.workspace.openTextDocument(note);
    await vscode.window.showTextDocument(doc);
    const rec = await vscode.commands.executeCommand<Rec>('liaison.markNoteSent', { uri: doc.uri, channel: 'email', show: false });
    assert.ok(rec, 'a record was written');
    // The editor's dirty flag reaches the extension host as its own message: wait for the save.
    await waitUntil(() => doc.getText().includes('status: sent') && !doc.isDirty,
      [vscode.workspace.onDidChangeTextDocument, vscode.workspace.onDidSaveTextDocument], WAIT_MS, 'the note saved with status: sent');
    assert.ok(!doc.getText().includes('status: draft'));
    assert.match(fs.readFileSync(note, 'utf8'), /status: sent/, 'saved to disk');
    const link = rec.notes![0]!;
    assert.strictEqual(link.path, 'notes/log-test-status.md');
    assert.strictEqual(link.type, 'status');
    assert.strictEqual(link.date, '2026-11-20');
    assert.strictEqual(link.sha256, crypto.createHash('sha256').update(fs.readFileSync(note, 'utf8')).digest('hex'));
    // A note outside the workspace is refused.
    const untitled = await vscode.workspace.openTextDocument({ language: 'markdown' }); // empty: nothing to save at teardown
    assert.strictEqual(await vscode.commands.executeCommand('liaison.markNoteSent', { uri: untitled.uri, channel: 'email', show: false }), undefined);
  });

  test('Amend and Complete Commitment append records; the views follow', async () => {
    const fix = await vscode.commands.executeCommand<Rec>('liaison.amendLogEntry', { id: first.id, set: { summary: 'Appel corrigé' }, reason: 'typo' });
    assert.ok(fix);
    const done = await vscode.commands.executeCommand<Rec>('liaison.completeCommitment', { record: first.id, index: 0, state: 'done' });
    assert.ok(done);
    const open = await lazy.treeChildren('commitments');
    assert.ok(!open.some(c => String(c.label).includes('Send the revised plan')));
    const months = await lazy.treeChildren('timeline');
    const all = (await Promise.all(months.map(m => lazy.treeChildren('timeline', m)))).flat();
    assert.ok(all.some(i => String(i.label).includes('Appel corrigé')), 'the amended summary is shown');
  });

  test('Verify Log Integrity gives a verdict, and names an edited record', async () => {
    const ok = await vscode.commands.executeCommand<{ verdict: string; records: number }>('liaison.verifyLog');
    assert.strictEqual(ok!.verdict, 'intact');
    assert.strictEqual(ok!.records, 4);
    const file = path.join(logDir, fs.readdirSync(logDir).find(f => f.endsWith('.jsonl'))!);
    const original = fs.readFileSync(file, 'utf8');
    // A reference given out earlier, pasted as a person would (lower case, spaces).
    const w = await anchorLog(logDir);
    const pasted = ` ${w.ref.toLowerCase().replace(/-/g, ' ')} `;
    const held = await vscode.commands.executeCommand<{ anchorOk?: boolean }>('liaison.verifyLog', pasted);
    assert.strictEqual(held!.anchorOk, true);
    try {
      fs.writeFileSync(file, original.replace('Il faut livrer avant Noël', 'Il faut livrer en mars'));
      const bad = await vscode.commands.executeCommand<{ verdict: string; issues: { recordId?: string; code: string }[] }>('liaison.verifyLog');
      assert.strictEqual(bad!.verdict, 'broken');
      assert.ok(bad!.issues.some(i => i.code === 'modified' && i.recordId === first.id));
      const changed = await vscode.commands.executeCommand<{ anchorOk?: boolean }>('liaison.verifyLog', pasted);
      assert.strictEqual(changed!.anchorOk, false);
    } finally {
      fs.writeFileSync(file, original);
    }
  });

  test('in a git repository, Verify and Export for Counsel say git history was not checked, and how to check it', async () => {
    // The editor starts no process: `liaison log verify` is what checks records against git.
    try {
      // The editor tells a repository by its .git folder alone (it runs no git), so no git is needed here.
      fs.mkdirSync(path.join(root, '.git'));
      const v = await vscode.commands.executeCommand<{ verdict: string; gitChecked?: boolean }>('liaison.verifyLog');
      assert.strictEqual(v!.verdict, 'intact', 'the chains it checked are intact');
      assert.strictEqual(v!.gitChecked, false, 'and it says git history was not checked');
      const out = await vscode.commands.executeCommand<{ md: string; html: string }>('liaison.exportForCounsel', { open: false });
      created.push(out!.md, out!.html);
      assert.match(fs.readFileSync(out!.md, 'utf8'), /git history not checked: the editor does not run git/);
    } finally {
      fs.rmSync(path.join(root, '.git'), { recursive: true, force: true });
    }
    const after = await vscode.commands.executeCommand<{ verdict: string; gitChecked?: boolean }>('liaison.verifyLog');
    assert.strictEqual(after!.gitChecked, true, 'no repository: nothing left unchecked');
  });

  test('a writer file linked out of the workspace is refused: nothing read or written there', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-outside-'));
    const target = path.join(outside, 'elsewhere.jsonl');
    fs.writeFileSync(target, '');
    const link = path.join(logDir, 'linked-out.jsonl');
    fs.symlinkSync(target, link);
    try {
      const rec = await vscode.commands.executeCommand('liaison.logExchange', { record: { channel: 'email', direction: 'from-client', summary: 'Par un lien', tags: ['log-test'] }, show: false });
      assert.strictEqual(rec, undefined, 'refused');
      assert.strictEqual(fs.readFileSync(target, 'utf8'), '', 'nothing written through the link');
    } finally {
      fs.rmSync(link, { force: true });
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  test('a log folder that cannot be written loses nothing: the entry is kept as a draft', async () => {
    const moved = logDir + '.aside';
    fs.renameSync(logDir, moved);
    fs.writeFileSync(logDir, 'a file where the log folder should be');
    try {
      const rec = await vscode.commands.executeCommand('liaison.logExchange', { record: { channel: 'email', direction: 'from-client', summary: 'Ne pas perdre ce message', tags: ['log-test'] }, show: false });
      assert.strictEqual(rec, undefined);
      const draft = await vscode.commands.executeCommand<{ summary?: string; failed?: boolean }>('liaison.logExchange', { draft: 'peek' });
      assert.strictEqual(draft?.summary, 'Ne pas perdre ce message');
      assert.strictEqual(draft?.failed, true);
    } finally {
      fs.rmSync(logDir, { force: true });
      fs.renameSync(moved, logDir);
    }
  });

  test('Esc during Log Exchange keeps what was typed as a draft, offered again next time', async function () {
    this.timeout(3 * WAIT_MS);
    // Close the quick input as soon as it shows (polling with a deadline: no event says it is open).
    const escUntilDone = async (p: Thenable<unknown>) => {
      let done = false;
      const settled = Promise.resolve(p).finally(() => { done = true; });
      const deadline = Date.now() + WAIT_MS;
      while (!done) {
        if (Date.now() > deadline) throw new Error('the quick input never showed');
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        await Promise.race([settled, new Promise(r => setTimeout(r, 100))]);
      }
      return settled;
    };
    // The previous test left a draft: the first prompt offers it; Esc there keeps it.
    assert.strictEqual(await escUntilDone(vscode.commands.executeCommand('liaison.logExchange')), undefined);
    const kept = await vscode.commands.executeCommand<{ summary?: string }>('liaison.logExchange', { draft: 'peek' });
    assert.strictEqual(kept?.summary, 'Ne pas perdre ce message');
    // A fresh entry: Esc at its first step still keeps a draft (with the defaults, e.g. participants from the profile).
    await vscode.commands.executeCommand('liaison.logExchange', { draft: 'discard' });
    assert.strictEqual(await escUntilDone(vscode.commands.executeCommand('liaison.logExchange')), undefined);
    const fresh = await vscode.commands.executeCommand<{ participants?: string; channel?: string }>('liaison.logExchange', { draft: 'peek' });
    assert.ok(fresh, 'a draft was kept');
    assert.match(fresh!.participants ?? '', /Julie Tremblay/);
    await vscode.commands.executeCommand('liaison.logExchange', { draft: 'discard' });
  });

  test('the Liaison log views and a record (screenshots)', async function () {
    if (!screenshotsEnabled()) return;
    this.timeout(120000);
    const log = (record: Record<string, unknown>) => vscode.commands.executeCommand<Rec>('liaison.logExchange', { record, show: false });
    await log({ at: '2026-10-06T10:00:00+02:00', channel: 'meeting', direction: 'from-client', participants: ['Julie Tremblay', 'Alex Martin'],
      summary: 'Kick-off: online ordering with pickup slots', decisions: ['Two revision rounds on the design'], tags: ['kickoff'],
      commitments: [{ by: 'client', what: 'Send the product photos', due: '2026-10-20', state: 'open' }] });
    await log({ at: '2026-10-13T16:30:00+02:00', channel: 'email', direction: 'to-client', summary: 'Weekly update: order form and cart done', nextContact: '2026-10-20' });
    await log({ at: '2026-11-18T09:15:00+01:00', channel: 'call', direction: 'from-client', participants: ['Julie Tremblay'],
      summary: 'Online payments refused since Tuesday', quotes: ['« Mes clients ne peuvent plus payer en ligne »'], tags: ['incident'],
      commitments: [{ by: 'me', what: 'Restore card payments or propose a workaround', due: '2026-11-19', state: 'open' }] });
    const last = await log({ at: '2026-11-20T17:00:00+01:00', channel: 'email', direction: 'to-client', summary: 'Incident notice sent with two options and a decision date',
      decisions: ['Switch to the provider\'s new API'], nextContact: '2026-11-27', tags: ['incident'] });
    // The record first: its webview loads while the views fill in.
    await vscode.commands.executeCommand('liaison.openLogRecord', last!.id);
    await vscode.commands.executeCommand('workbench.view.extension.liaison');
    for (const v of ['timeline', 'commitments', 'awaiting', 'nextContact']) await lazy.treeChildren(v);
    await vscode.commands.executeCommand('liaisonLog.timeline.focus');
    // A webview without script cannot say when it has painted: for the picture only (no assertion
    // depends on it), give its frame a moment, bounded, by waiting on events that do not come.
    await waitUntil(() => undefined, [vscode.window.onDidChangeActiveTextEditor], 4000).catch(() => undefined);
    await screenshot('log-views');
  });

  test('Export Log for Review writes a .md and a self-contained .html', async () => {
    const base = path.join(root, 'log-test-export');
    created.push(base + '.md', base + '.html');
    const r = await vscode.commands.executeCommand<{ md: string; html: string; verdict: string }>('liaison.exportLog', { out: base, open: false, tags: ['log-test'] });
    assert.ok(r);
    const md = fs.readFileSync(r.md, 'utf8');
    const html = fs.readFileSync(r.html, 'utf8');
    assert.match(md, /^# Project log for review/);
    assert.match(md, /Intact/);
    assert.ok(md.includes('Appel corrigé'));
    assert.match(html, /Content-Security-Policy/);
    assert.ok(!/<script|<img/i.test(html));
    assert.match(html, /@media print/);
  });
});
