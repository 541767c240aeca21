// Sending in a real VS Code: the weekly status pre-filled from the log, Copy for Email, the .eml
// draft, Mark Note as Sent refusing unfilled template text, the promises it finds confirmed in a
// quick pick, and an .eml imported into the log with its original kept.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { screenshot, screenshotsEnabled, waitUntil } from './harness';

interface Rec { id: string; summary: string; at: string; commitments?: { by: string; what: string; due?: string }[]; nextContact?: string;
  email?: { file: string; sha256: string; messageId: string; date: string }; quotes?: string[]; direction?: string }
interface NotSent { status: string; blockers: { ruleId: string; line: number }[] }

const EXT = 'liaison.liaison';

const NOTE = `---
type: status
lang: en
date: 2026-12-01
status: draft
---
<!-- liaison-disable vague-timing -->
# Weekly update

Hello Julie,

## Done this week

- The checkout page is live.

## Planned next

- I will send the revised mock-ups by Friday 4 December.

## Blockers and risks

Nothing is blocking the project.

## What I need from you

I need the final logo files by Thursday 3 December.

## Internal notes

Ask about the second invoice.

## Next contact

Your next update will arrive on Tuesday 8 December.

Alex
`;

suite('Send and import', () => {
  let root: string;
  let logDir: string;
  let ext: vscode.Extension<unknown>;
  const created: string[] = [];
  const realQuickPick = vscode.window.showQuickPick;

  const write = (rel: string, text: string) => {
    const f = path.join(root, rel);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, text);
    created.push(f);
    return vscode.Uri.file(f);
  };

  suiteSetup(async () => {
    ext = vscode.extensions.getExtension(EXT)!;
    await ext.activate();
    root = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    logDir = path.join(root, '.liaison', 'log');
    fs.rmSync(logDir, { recursive: true, force: true });
  });

  teardown(() => { (vscode.window as { showQuickPick: unknown }).showQuickPick = realQuickPick; });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const f of created) fs.rmSync(f, { recursive: true, force: true });
    fs.rmSync(logDir, { recursive: true, force: true });
  });

  test('a new weekly status starts from the log: done, planned next, what I need, overdue marked', async () => {
    await vscode.commands.executeCommand('liaison.logExchange', { show: false, record: {
      at: '2026-12-03T10:00:00+01:00', channel: 'call', direction: 'from-client', summary: 'Call about the mock-ups',
      decisions: ['The home page keeps the large photo'],
      commitments: [{ by: 'me', what: 'Send the revised plan', due: '2026-12-04', state: 'open' }, { by: 'client', what: 'Send the logo files', state: 'open' }],
    } });
    const made = await vscode.commands.executeCommand<{ uri: string }>('liaison.newStatus', { date: '2026-12-07', lang: 'en' });
    assert.ok(made, 'a note was created');
    const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === made.uri)!;
    created.push(doc.uri.fsPath);
    const text = doc.getText();
    assert.match(text, /## Done this week\n\n- Decided on Thursday 3 December 2026: The home page keeps the large photo\n/);
    assert.match(text, /## Planned next\n\n- Send the revised plan \(overdue: it was due on Friday 4 December 2026\)\n- Reply to your message of Thursday 3 December 2026: Call about the mock-ups\n/);
    assert.match(text, /I need from you:\n\n- Send the logo files\n/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    fs.rmSync(logDir, { recursive: true, force: true });
  });

  test('Copy for Email puts the note as the client reads it on the clipboard', async () => {
    const uri = write('notes/send-copy.md', NOTE);
    await vscode.window.showTextDocument(uri);
    const r = await vscode.commands.executeCommand<{ title: string; text: string; omitted: string[]; anchor?: string }>('liaison.copyForEmail', { uri });
    assert.strictEqual(r?.title, 'Weekly update');
    assert.deepStrictEqual(r.omitted, ['Internal notes']);
    assert.match(r.text, /^Hello Julie,\n\nDone this week\n\n- The checkout page is live\.\n/);
    assert.doesNotMatch(r.text, /status: draft|liaison-disable|second invoice/);
    assert.strictEqual(r.anchor, undefined, 'an empty log has no reference to give');
    assert.strictEqual(await vscode.env.clipboard.readText(), r.text);
  });

  test('Open as Email Draft writes an unsent .eml to the client, outside the workspace', async () => {
    const uri = write('notes/send-draft.md', NOTE);
    // With something in the log, the draft ends with the log's reference, kept as a witness.
    await vscode.commands.executeCommand('liaison.logExchange', { show: false, record: { at: '2026-11-30T10:00:00+01:00', summary: 'Kick-off call' } });
    const r = await vscode.commands.executeCommand<{ file: string; eml: string; mailto: string; anchor?: string }>('liaison.openEmailDraft', { uri, open: false });
    assert.match(r?.anchor ?? '', /^Reference in our project log: LX-[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    assert.match(fs.readFileSync(path.join(logDir, 'witnesses', 'anchors.jsonl'), 'utf8'), /"channel":"email"/);
    assert.match(decodeURIComponent(r!.mailto), /Reference in our project log: LX-/);
    assert.ok(r && fs.existsSync(r.file));
    assert.ok(!r.file.startsWith(root), 'the draft is not written into the project');
    const eml = fs.readFileSync(r.file, 'utf8');
    assert.strictEqual(eml, r.eml);
    assert.match(eml, /\r\nTo: Julie Tremblay <julie@boulangerie-tremblay\.example>\r\nSubject: Weekly update\r\n/);
    assert.match(eml, /\r\nX-Unsent: 1\r\n/);
    assert.match(eml, /Content-Type: multipart\/alternative;[\s\S]*Content-Type: text\/plain; charset=utf-8[\s\S]*Content-Type: text\/html; charset=utf-8/);
    assert.match(r.mailto, /^mailto:julie%40boulangerie-tremblay\.example\?subject=Weekly%20update&body=Hello%20Julie/);
    fs.rmSync(logDir, { recursive: true, force: true });
  });

  test('Mark Note as Sent refuses a note with unfilled template text and leaves it as it was', async () => {
    const text = NOTE.replace('Hello Julie,', 'Hello [name of your contact],');
    const uri = write('notes/send-blank.md', text);
    const r = await vscode.commands.executeCommand<NotSent>('liaison.markNoteSent', { uri, channel: 'email', show: false });
    assert.strictEqual(r?.status, 'refused');
    assert.ok(r.blockers.some(b => b.ruleId === 'unfilled-placeholder' && b.line === 10), JSON.stringify(r.blockers));
    assert.strictEqual(fs.readFileSync(uri.fsPath, 'utf8'), text);
    assert.ok(!fs.existsSync(logDir) || !fs.readdirSync(logDir).some(f => f.endsWith('.jsonl')), 'nothing logged');
  });

  test('Mark Note as Sent shows the promises found, records the ones kept, then says "already sent"', async () => {
    const uri = write('notes/send-promises.md', NOTE);
    let shown: readonly vscode.QuickPickItem[] = [];
    (vscode.window as { showQuickPick: unknown }).showQuickPick = async (items: readonly vscode.QuickPickItem[], opts?: vscode.QuickPickOptions) => {
      assert.ok(opts?.canPickMany, 'a multi-select pick');
      shown = await Promise.resolve(items);
      // The writer unchecks the next contact and keeps both promises.
      return shown.filter(i => !i.label.startsWith('Next contact'));
    };
    const rec = await vscode.commands.executeCommand<Rec>('liaison.markNoteSent', { uri, channel: 'email', show: false, promises: 'ask' });
    assert.deepStrictEqual(shown.map(i => [i.label, i.picked]), [
      ['I will send the revised mock-ups by Friday 4 December', true],
      ['I need the final logo files by Thursday 3 December', true],
      ['Next contact: 2026-12-08', true],
    ]);
    assert.deepStrictEqual(rec.commitments?.map(c => [c.by, c.due]), [['me', '2026-12-04'], ['client', '2026-12-03']]);
    assert.strictEqual(rec.nextContact, undefined, 'unchecked, not recorded');
    assert.match(fs.readFileSync(uri.fsPath, 'utf8'), /\nstatus: sent\n/);
    const again = await vscode.commands.executeCommand<NotSent & { previous?: string }>('liaison.markNoteSent', { uri, channel: 'email', show: false });
    assert.strictEqual(again?.status, 'already-sent');
    assert.strictEqual(again.previous, rec.at);
  });

  test('a reply with tone findings suggests a pause: Reread First records nothing, Send Now sends', async () => {
    const uri = write('notes/send-pause.md', `---
type: reply
lang: en
date: 2026-12-01
status: draft
---
# Re: the checkout page

Hello Julie,

## What I understand

The checkout page rejected two orders on Saturday, and your customers called the shop.

## Our apologies

I am sorry: I did not test the new payment form with a saved card.

## What I will do

I fixed the form this morning. I will test every payment path by Thursday 3 December. THIS WILL NEVER HAPPEN AGAIN.

## Next contact

I will call you on Friday 4 December at 10:00.

Alex
`);
    const realInfo = vscode.window.showInformationMessage;
    const asked: string[] = [];
    let answer = 'Reread First';
    (vscode.window as { showInformationMessage: unknown }).showInformationMessage = async (message: string, ...items: string[]) => {
      asked.push(message);
      return items.includes(answer) ? answer : undefined;
    };
    try {
      const first = await vscode.commands.executeCommand('liaison.markNoteSent', { uri, channel: 'email', promises: 'none' });
      assert.strictEqual(first, undefined, 'nothing recorded while the writer rereads');
      assert.match(asked[0] ?? '', /still has tone findings \(shouting\)/);
      assert.match(fs.readFileSync(uri.fsPath, 'utf8'), /\nstatus: draft\n/);
      answer = 'Send Now';
      const rec = await vscode.commands.executeCommand<Rec>('liaison.markNoteSent', { uri, channel: 'email', promises: 'none' });
      assert.ok(rec?.id, 'sent after "Send Now"');
      assert.match(fs.readFileSync(uri.fsPath, 'utf8'), /\nstatus: sent\n/);
    } finally {
      (vscode.window as { showInformationMessage: unknown }).showInformationMessage = realInfo;
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  test('Log Email File keeps the original unchanged and records the client\'s new words; the same email twice is refused', async () => {
    const src = path.join(ext.extensionPath, 'test', 'fixtures', 'mail', 'fr-reponse-base64.eml');
    const bytes = fs.readFileSync(src);
    fs.writeFileSync(path.join(root, 'send-reply.eml'), bytes);
    created.push(path.join(root, 'send-reply.eml'));
    const uri = vscode.Uri.file(path.join(root, 'send-reply.eml'));
    const [rec] = (await vscode.commands.executeCommand<Rec[]>('liaison.logEmailFile', { uris: [uri], show: false }))!;
    assert.ok(rec, 'one record');
    assert.strictEqual(rec.at, '2026-12-02T08:47:31+01:00');
    assert.strictEqual(rec.direction, 'from-client');
    assert.strictEqual(rec.email!.messageId, '<5B1C2E7A-0F2D-4C1E-9D1A-2A6B7C8D9E0F@boulangerie.example>');
    assert.deepStrictEqual(fs.readFileSync(path.join(logDir, rec.email!.file)), bytes);
    assert.match(rec.quotes![0]!, /^Bonjour Alex,[\s\S]*Julie$/);
    assert.doesNotMatch(rec.quotes![0]!, /a écrit/);
    const twice = await vscode.commands.executeCommand<Rec[]>('liaison.logEmailFile', { uris: [uri], show: false });
    assert.deepStrictEqual(twice, []);
  });

  test('the pre-filled update and the promises to confirm (screenshots)', async function () {
    if (!screenshotsEnabled()) return;
    this.timeout(120000);
    await vscode.commands.executeCommand('liaison.logExchange', { show: false, record: {
      at: '2026-11-26T15:00:00+01:00', channel: 'call', direction: 'from-client', participants: ['Julie Tremblay'], summary: 'Call about the pickup slots',
      decisions: ['Pickup slots of 30 minutes, from 7 am'],
      commitments: [{ by: 'me', what: 'Send the revised checkout mock-ups', due: '2026-11-27', state: 'open' },
        { by: 'client', what: 'Send the final logo files', due: '2026-12-02', state: 'open' }],
    } });
    const made = await vscode.commands.executeCommand<{ uri: string }>('liaison.newStatus', { date: '2026-12-01', lang: 'en' });
    created.push(vscode.Uri.parse(made!.uri).fsPath);
    const settle = () => waitUntil(() => undefined, [vscode.window.onDidChangeActiveTextEditor], 3000).catch(() => undefined);
    await settle();
    await screenshot('send-prefilled-status');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const uri = write('notes/send-screenshot.md', NOTE);
    await vscode.window.showTextDocument(uri);
    const pending = vscode.commands.executeCommand('liaison.markNoteSent', { uri, channel: 'email', show: false, promises: 'ask' });
    await settle();
    await screenshot('send-promises');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await pending;
    fs.rmSync(logDir, { recursive: true, force: true });
  });
});
