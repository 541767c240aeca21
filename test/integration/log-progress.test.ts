// Long log commands on a big log in a real VS Code: Verify Log Integrity reads 60,000 records
// under a progress notification that counts them, while the extension host keeps running other
// work; a cancelled Export for Counsel writes no file; the search index reads with progress too.
import * as assert from 'assert';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { waitUntil } from './harness';
import { canonical, recordHash } from '../../src/core/log/canonical';

interface Report { command: string; state: 'reading' | 'step' | 'done' | 'cancelled'; message: string; records: number; percent?: number }
interface Lazy { onDidReportLogProgress: vscode.Event<Report> }

const N = 60_000;
const sha = { hex: (d: string | Uint8Array) => crypto.createHash('sha256').update(d).digest('hex'), base64: (d: string | Uint8Array) => crypto.createHash('sha256').update(d).digest('base64') };

function writeBigLog(file: string): void {
  const lines: string[] = [];
  let prev = '';
  for (let i = 0; i < N; i++) {
    const body = {
      kind: 'exchange', at: `2026-${String(1 + (i % 9)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00+01:00`,
      channel: i % 2 ? 'email' : 'call', direction: i % 2 ? 'to-client' : 'from-client', participants: ['Julie Tremblay'],
      summary: i % 3 ? `Exchange ${i}: the order form and the pickup time` : `Échange ${i} : deux révisions de la maquette`,
      v: 1, id: `20261001-${i.toString(16).padStart(8, '0')}`, writer: 'w-progress', seq: i + 1, prev, recorded: '2026-10-01T10:00:00+01:00',
    };
    const line = canonical({ ...body, hash: recordHash(body, sha) });
    lines.push(line);
    prev = (JSON.parse(line) as { hash: string }).hash;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

/** Runs `command` and gathers the progress it reports, and how often the extension host ran other work meanwhile. */
async function observed<T>(lazy: Lazy, command: string, run: () => Thenable<T>) {
  const reports: Report[] = [];
  // The timer turns and the longest wait between them since each report.
  const since: { ticks: number; longest: number; at: number }[] = [];
  const sub = lazy.onDidReportLogProgress(r => { if (r.command === command) { reports.push(r); since.push({ ticks: 0, longest: 0, at: Date.now() }); } });
  let ticks = 0, longest = 0, last = Date.now(), busy = true;
  const tick = () => {
    const now = Date.now();
    longest = Math.max(longest, now - last);
    for (const s of since) { s.ticks++; s.longest = Math.max(s.longest, now - last); }
    last = now; ticks++; if (busy) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  try {
    const result = await run();
    return { result, reports, ticks, longest, since, end: Date.now() };
  } finally {
    busy = false;
    sub.dispose();
  }
}

suite('Log progress on a big log', () => {
  let root: string;
  let logDir: string;
  let exportsDir: string;
  let logLazy: Lazy, sendLazy: Lazy, searchLazy: Lazy;

  suiteSetup(async function () {
    this.timeout(300_000);
    const ext = vscode.extensions.getExtension('liaison.liaison')!;
    await ext.activate();
    root = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    logDir = path.join(root, '.liaison', 'log');
    exportsDir = path.join(root, 'exports');
    // Each lazy bundle reads the log for its own commands: the log's (verify), the send feature's (exports), the search's.
    /* eslint-disable @typescript-eslint/no-require-imports */
    logLazy = require(path.join(ext.extensionPath, 'dist', 'lazy', 'log-store.js')) as Lazy;
    sendLazy = require(path.join(ext.extensionPath, 'dist', 'lazy', 'send.js')) as Lazy;
    searchLazy = require(path.join(ext.extensionPath, 'dist', 'lazy', 'log-search.js')) as Lazy;
    /* eslint-enable @typescript-eslint/no-require-imports */
    writeBigLog(path.join(logDir, 'w-progress.jsonl'));
  });

  suiteTeardown(() => {
    fs.rmSync(logDir, { recursive: true, force: true });
    for (const f of fs.existsSync(exportsDir) ? fs.readdirSync(exportsDir) : []) if (f.startsWith('for-counsel-')) fs.rmSync(path.join(exportsDir, f));
  });

  test('Verify Log Integrity counts the records as it reads them, the host runs other work meanwhile, and the progress resolves', async function () {
    this.timeout(300_000);
    const { result, reports, ticks, longest } = await observed(logLazy, 'verifyLog',
      () => vscode.commands.executeCommand<{ verdict: string; records: number }>('liaison.verifyLog'));
    assert.strictEqual(result?.verdict, 'intact');
    assert.strictEqual(result?.records, N);
    const reading = reports.filter(r => r.state === 'reading');
    assert.ok(reading.length >= 5, `several progress steps (${reading.length})`);
    assert.match(reading[0]!.message, /^Reading the log: [\d,]+ records \(\d+%\)$/);
    for (let i = 1; i < reading.length; i++) assert.ok(reading[i]!.records >= reading[i - 1]!.records && reading[i]!.percent! >= reading[i - 1]!.percent!);
    assert.strictEqual(reading[reading.length - 1]!.percent, 100);
    assert.strictEqual(reports[reports.length - 1]!.state, 'done', 'the progress resolves once the verdict is shown');
    // The read yields between pieces: timers ran throughout (a synchronous read would let none run until it ends).
    assert.ok(ticks >= reading.length, `the extension host ran other work ${ticks} time(s) during the verify (longest wait ${longest} ms)`);
    console.log(`      verify of ${N} records: ${reading.length} progress steps, ${ticks} timer turns, longest wait ${longest} ms`);
  });

  test('Export for Counsel cancelled while it reads writes no file; not cancelled, it writes both', async function () {
    this.timeout(300_000);
    const before = fs.existsSync(exportsDir) ? fs.readdirSync(exportsDir) : [];
    const cancel = new vscode.CancellationTokenSource();
    const sub = sendLazy.onDidReportLogProgress(r => { if (r.command === 'exportForCounsel' && r.state === 'reading') cancel.cancel(); });
    const { result, reports } = await observed(sendLazy, 'exportForCounsel',
      () => vscode.commands.executeCommand<{ md: string } | undefined>('liaison.exportForCounsel', { open: false, cancel: cancel.token }));
    sub.dispose();
    assert.strictEqual(result, undefined);
    assert.deepStrictEqual(reports.map(r => r.state).filter(s => s !== 'reading'), ['cancelled']);
    assert.match(reports[reports.length - 1]!.message, /^Export cancelled: no file was written\.$/);
    assert.deepStrictEqual(fs.existsSync(exportsDir) ? fs.readdirSync(exportsDir) : [], before, 'no file, whole or partial');

    const done = await observed(sendLazy, 'exportForCounsel', () => vscode.commands.executeCommand<{ md: string; html: string }>('liaison.exportForCounsel', { open: false }));
    assert.ok(done.result && fs.existsSync(done.result.md) && fs.existsSync(done.result.html));
    assert.deepStrictEqual(done.reports.filter(r => r.state === 'step').map(r => r.message), ['Reading the notes and emails it quotes…', 'Composing the export…', 'Writing the export…']);
    assert.ok(fs.readFileSync(done.result.md, 'utf8').includes('20261001-0000ea5f'), 'the last record is in the export');
    // Composing and writing 60,000 records take turns: the host ran timers all along, none waiting
    // a large part of the whole (done in one go, one wait was about half of it).
    const composing = done.since[done.reports.findIndex(r => r.message === 'Composing the export…')]!;
    const span = done.end - composing.at;
    assert.ok(composing.ticks >= 20 && composing.longest * 5 < span,
      `${composing.ticks} timer turns while composing and writing (${span} ms), longest wait ${composing.longest} ms`);
    console.log(`      export of ${N} records: composing and writing ${span} ms, ${composing.ticks} timer turns, longest wait ${composing.longest} ms`);
  });

  test('Search Log reads the big log with progress, then indexes it, and finds the French word in any form', async function () {
    this.timeout(300_000);
    const { result, reports } = await observed(searchLazy, 'searchLog',
      () => vscode.commands.executeCommand<{ total: number }>('liaison.searchLog', { query: 'révision', results: true }));
    assert.strictEqual(result?.total, N / 3);
    assert.ok(reports.some(r => r.state === 'reading'), 'the read is reported');
    assert.ok(reports.some(r => r.state === 'step' && /^Indexing 60,000 records…$/.test(r.message)), reports.map(r => r.message).join(' | '));
    await waitUntil(() => reports[reports.length - 1]?.state === 'done' || undefined, [searchLazy.onDidReportLogProgress], undefined, 'search progress done');
  });
});
