// The asynchronous log read the editor uses (loadLogAsync over readChunksAsync): the same records,
// findings, verdict and chains as the synchronous read the CLI keeps, on intact, corrupted,
// forged, truncated and CRLF logs, in English and French; progress that ends at the whole file;
// an event loop that runs between pieces; and a cancellation that stops the read between two pieces.
import { strict as assert } from 'node:assert';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonical, recordHash } from '../../../src/core/log/canonical.js';
import { createLogStore, verdictOf, type LoadedLog, type LoadProgress } from '../../../src/core/log/store.js';
import { forEachLine, forEachLineAsync, ReadCancelled } from '../../../src/core/log/lines.js';
import { fixedClock, type LogStorage } from '../../../src/core/ports.js';
import type { ChainNode } from '../../../src/core/log/chain.js';
import { nodeSha256 } from '../../../src/node/sha256.js';
import { loadLog, loadLogAsync } from '../../../src/node/log-store.js';
import { tempDir } from './helpers/tmp.js';

const sha = nodeSha256;
const FIX = join(__dirname, '../../fixtures/logs');

function chain(writer: string, n: number, lang: 'en' | 'fr', from = 0): string[] {
  const out: string[] = [];
  let prev = '';
  for (let i = 0; i < n; i++) {
    const body = {
      kind: 'exchange', at: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}T10:00:00+01:00`, channel: 'call', direction: i % 2 ? 'to-client' : 'from-client',
      summary: lang === 'fr' ? `Appel n° ${from + i} : deux révisions « incluses »` : `Call #${from + i}: two revision rounds included`,
      v: 1, id: `20260301-${writer.slice(-2)}${(from + i).toString(16).padStart(6, '0')}`, writer, seq: i + 1, prev, recorded: '2026-03-30T10:00:00+01:00',
    };
    const line = canonical({ ...body, hash: recordHash(body, sha) });
    out.push(line);
    prev = (JSON.parse(line) as { hash: string }).hash;
  }
  return out;
}

/** What a user sees of a load: verdict, findings (both languages), records, heads, chains. */
function view(log: LoadedLog, chains: Record<string, ChainNode[]>) {
  return {
    verdict: verdictOf(log.issues), issues: log.issues, count: log.count, files: log.files, heads: log.heads, tips: log.tips,
    records: log.records.map(r => [r.file, r.line, r.intact, r.record.id, r.record.summary]), chains,
  };
}

async function bothWays(dir: string) {
  const cs: Record<string, ChainNode[]> = {}, ca: Record<string, ChainNode[]> = {};
  const sync = view(loadLog(dir, { chains: cs }), cs);
  const seen: LoadProgress[] = [];
  const async_ = view(await loadLogAsync(dir, { chains: ca, onProgress: p => seen.push({ ...p }) }), ca);
  return { sync, async: async_, seen };
}

describe('the asynchronous log read (editor) gives what the synchronous one (CLI) gives', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => { t = tempDir('liaison-async-'); });
  afterEach(() => t.cleanup());

  const write = (name: string, files: Record<string, string>) => {
    const dir = join(t.dir, name);
    mkdirSync(dir, { recursive: true });
    for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
    return dir;
  };

  it('on every fixture log (edited, deleted, reordered, moved, torn, malformed…), findings and records alike', async () => {
    const names = readdirSync(FIX);
    assert.ok(names.length >= 10, 'the fixtures cover the ways a log breaks');
    const verdicts = new Set<string>();
    for (const name of names) {
      const dir = join(t.dir, name);
      cpSync(join(FIX, name), dir, { recursive: true });
      const { sync, async: got } = await bothWays(dir);
      assert.deepEqual(got, sync, name);
      verdicts.add(got.verdict);
    }
    assert.deepEqual([...verdicts].sort(), ['broken', 'intact']);
  });

  for (const lang of ['en', 'fr'] as const) {
    it(`on ${lang === 'en' ? 'an English' : 'a French'} log of 3,000 records in two writers spanning many pieces: intact`, async () => {
      const a = chain('w-aa', 2000, lang), b = chain('w-bb', 1000, lang, 5000);
      const dir = write('big', { 'w-aa.jsonl': a.join('\n') + '\n', 'w-bb.jsonl': b.join('\n') + '\n' });
      const { sync, async: got, seen } = await bothWays(dir);
      assert.deepEqual(got, sync);
      assert.equal(got.verdict, 'intact');
      assert.equal(got.count, 3000);
      assert.equal(got.records[2999]![4], lang === 'fr' ? 'Appel n° 5999 : deux révisions « incluses »' : 'Call #5999: two revision rounds included');
      // Progress: several steps, bytes and records only growing, ending at the whole log.
      const total = a.join('\n').length + b.join('\n').length + 2;
      assert.ok(seen.length >= 3, `progress told several times (${seen.length})`);
      for (let i = 1; i < seen.length; i++) assert.ok(seen[i]!.bytes >= seen[i - 1]!.bytes && seen[i]!.records >= seen[i - 1]!.records);
      assert.equal(seen[seen.length - 1]!.totalBytes, Buffer.byteLength(a.join('\n') + '\n') + Buffer.byteLength(b.join('\n') + '\n'));
      assert.equal(seen[seen.length - 1]!.bytes, seen[seen.length - 1]!.totalBytes);
      assert.ok(seen[seen.length - 1]!.records >= 2999 && total > 0);
    });
  }

  it('on a corrupted log (a summary edited, hash kept) and a forged one (edited and rehashed, a record moved in)', async () => {
    const ls = chain('w-aa', 600, 'fr');
    const edited = ls.map((l, i) => (i === 321 ? l.replace(/"summary":"[^"]*"/, '"summary":"Appel : trois révisions incluses"') : l));
    const forged = [...ls];
    const { hash: _h, ...body } = JSON.parse(ls[400]!) as Record<string, unknown>;
    forged[400] = canonical({ ...body, summary: 'rewritten', hash: recordHash({ ...body, summary: 'rewritten' }, sha) });
    forged.splice(450, 0, chain('w-bb', 3, 'en')[1]!);
    for (const [name, lines, codes] of [['edited', edited, ['modified']], ['forged', forged, ['missing-previous', 'wrong-writer']]] as const) {
      const dir = write(name, { 'w-aa.jsonl': lines.join('\n') + '\n' });
      const { sync, async: got } = await bothWays(dir);
      assert.deepEqual(got, sync, name);
      assert.equal(got.verdict, 'broken', name);
      for (const code of codes) assert.ok(got.issues.some(i => i.code === code), `${name}: ${code} in ${got.issues.map(i => i.code).join(', ')}`);
    }
  });

  it('on a truncated last line (cut mid-character), with and without the writer\'s lock', async () => {
    const text = chain('w-aa', 900, 'fr').join('\n') + '\n';
    const cut = text.lastIndexOf('«') + 1; // inside the last record, just after a 2-byte character
    const dir = write('cut', { 'w-aa.jsonl': text.slice(0, cut) });
    let r = await bothWays(dir);
    assert.deepEqual(r.async, r.sync);
    assert.equal(r.async.issues.at(-1)?.code, 'truncated');
    writeFileSync(join(dir, 'w-aa.jsonl.lock'), '');
    r = await bothWays(dir);
    assert.deepEqual(r.async, r.sync);
    assert.equal(r.async.issues.at(-1)?.code, 'torn');
    assert.equal(r.async.verdict, 'intact-with-warnings');
  });

  it('on CRLF line ends (a file saved on Windows), a byte-order mark and blank lines', async () => {
    const ls = chain('w-aa', 700, 'en');
    for (const [name, text] of [['crlf', ls.join('\r\n') + '\r\n'], ['bom', '\uFEFF' + ls.join('\n') + '\n\n\n'], ['crlf-one', ls.map((l, i) => (i === 350 ? l + '\r' : l)).join('\n') + '\n']]) {
      const dir = write(name!, { 'w-aa.jsonl': text! });
      const { sync, async: got } = await bothWays(dir);
      assert.deepEqual(got, sync, name);
      assert.equal(got.count, 700, name);
    }
  });

  it('on a missing folder, an empty log and a folder where a writer file should be', async () => {
    assert.deepEqual((await bothWays(join(t.dir, 'none'))).async.count, 0);
    const dir = write('odd', { 'w-aa.jsonl': '' });
    mkdirSync(join(dir, 'w-bb.jsonl'));
    const { sync, async: got } = await bothWays(dir);
    assert.deepEqual(got, sync);
    assert.equal(got.issues[0]?.code, 'unreadable-file');
  });
});

describe('the asynchronous read lets the event loop run, and stops when cancelled', () => {
  let t: ReturnType<typeof tempDir>;
  let dir: string;
  before(() => {
    t = tempDir('liaison-async-');
    dir = join(t.dir, 'log');
    mkdirSync(dir);
    writeFileSync(join(dir, 'w-aa.jsonl'), chain('w-aa', 8000, 'fr').join('\n') + '\n'); // about 2 MB: several 256 KiB pieces
  });
  after(() => t.cleanup());

  it('runs other work between pieces (a timer scheduled when it starts fires before it ends)', async () => {
    let ticks = 0;
    let reading = true;
    const tick = () => { ticks++; if (reading) setImmediate(tick); };
    setImmediate(tick);
    const log = await loadLogAsync(dir, { keep: false });
    reading = false;
    assert.equal(log.count, 8000);
    assert.ok(ticks >= 3, `the event loop turned ${ticks} time(s) during the read`);
  });

  it('a cancellation asked for during the read rejects with ReadCancelled and gives no log; the next read is whole', async () => {
    const token = { isCancellationRequested: false };
    const seen: number[] = [];
    await assert.rejects(loadLogAsync(dir, { cancel: token, onProgress: p => { seen.push(p.records); token.isCancellationRequested = true; } }), ReadCancelled);
    assert.equal(seen.length, 1, 'no piece is read after the cancellation');
    assert.ok(seen[0]! < 8000);
    const again = await loadLogAsync(dir, { keep: false });
    assert.equal(again.count, 8000);
  });

  it('a token already cancelled reads nothing', async () => {
    let asked = 0;
    const storage: LogStorage = {
      kind: p => (p === '/log' ? 'directory' : 'file'), list: () => ['w-aa.jsonl'], read: () => { asked++; return ''; },
      async *readChunksAsync() { asked++; },
      ensureFolder: () => undefined, append: () => Promise.reject(new Error('read only')),
    };
    const store = createLogStore({ storage, host: { randomHex: () => '00' }, sha, clock: fixedClock(new Date(0)) });
    await assert.rejects(store.loadLogAsync('/log', { cancel: { isCancellationRequested: true } }), ReadCancelled);
    assert.equal(asked, 0);
  });

  it('splits lines from async pieces as the sync splitter does, pieces cut anywhere', async () => {
    const text = 'é\n🎂\r\n«»\n\n{"x":1}\nlast without newline';
    const bytes = new TextEncoder().encode(text);
    for (const size of [1, 2, 3, 7, 64]) {
      const pieces: Uint8Array[] = [];
      for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.slice(at, at + size));
      const want: string[] = [], got: string[] = [];
      const endsSync = forEachLine(pieces, l => want.push(l));
      async function* gen() { for (const p of pieces) { await Promise.resolve(); yield p; } }
      const endsAsync = await forEachLineAsync(gen(), l => got.push(l));
      assert.deepEqual(got, want, `pieces of ${size}`);
      assert.equal(endsAsync, endsSync);
    }
    assert.equal(readFileSync(join(dir, 'w-aa.jsonl')).length > 1 << 20, true, 'the cancellation test spans several pieces');
  });
});
