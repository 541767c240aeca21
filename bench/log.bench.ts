// `npm run bench`: the project log. Append latency with fsync (median, p95), then load+verify,
// effective view and queries on 10,000 and 100,000 records, each as a ratio to a bare
// line-by-line JSON.parse of the same file measured in the same run.
import { closeSync, cpSync, existsSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendRecord, loadLog } from '../src/node/log-store.js';
import { canonical, recordHash } from '../src/core/log/canonical.js';
import { nodeSha256 } from '../src/node/sha256.js';
import { awaitingAnswer, commitments, effectiveRecords, filterRecords, groupByMonth, nextContact } from '../src/core/log/query.js';
import type { LogRecord, RecordInput } from '../src/core/log/record.js';
import { against, BARE_STREAMED, f, loadLine, median, timeIn as time, wholeProcesses, type Timing } from './proc-time.js';

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

function sampleInput(i: number): RecordInput {
  const day = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000);
  const at = day.toISOString().slice(0, 19) + '+01:00';
  const dir = (['from-client', 'to-client', 'internal'] as const)[i % 3];
  return {
    kind: i % 50 === 0 ? 'lesson' : 'exchange', at, channel: (['email', 'call', 'meeting'] as const)[i % 3], direction: dir,
    participants: ['Julie Tremblay', 'Alex Martin'], summary: `Exchange ${i}: the client asked about the order form and the pickup time`,
    quotes: i % 4 === 0 ? ['« Il nous faut le site avant Noël »'] : undefined,
    decisions: i % 10 === 0 ? ['Two revision rounds'] : undefined,
    commitments: i % 7 === 0 ? [{ by: i % 2 ? 'client' : 'me', what: 'Send the photos', due: at.slice(0, 10), state: 'open' }] : undefined,
    nextContact: i % 5 === 0 ? at.slice(0, 10) : undefined, tags: [`t${i % 20}`],
  };
}

/** A valid chain of n records built in memory, written in one go (appending 100,000 with fsync would take minutes). */
function writeLog(dir: string, n: number): string {
  const lines: string[] = [];
  let prev = '';
  for (let i = 0; i < n; i++) {
    const body = { ...sampleInput(i), v: 1, id: `20240101-${i.toString(16).padStart(8, '0')}`, writer: 'bench', seq: i + 1, prev, recorded: '2024-06-01T10:00:00+01:00' };
    const rec = { ...body, hash: recordHash(body as unknown as Record<string, unknown>, nodeSha256) } as LogRecord;
    lines.push(canonical(rec));
    prev = rec.hash;
  }
  const file = join(dir, 'bench.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

/** The same, keeping the parsed objects (what any loader must do): shows the cost of holding them. */
function parseKeep(file: string): unknown[] {
  const out: unknown[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) if (line) out.push(JSON.parse(line));
  return out;
}

/**
 * `liaison log verify` as a user runs it (a whole process, dist/cli.js) against a whole process
 * that reads the same file and JSON.parses each line: startup, reading and parsing count on both sides.
 */
function wholeProcess(root: string, file: string, runs: number): { bare: Timing; streamed: Timing; verify: Timing } | undefined {
  const cli = join(__dirname, '../dist/cli.js');
  if (!existsSync(cli)) return undefined;
  const bareScript = join(root, 'bare-parse.cjs');
  writeFileSync(bareScript, `let n=0;for(const l of require('fs').readFileSync(${JSON.stringify(file)},'utf8').split('\\n'))if(l){JSON.parse(l);n++}process.stdout.write(n+'\\n')`);
  const ws = join(root, 'ws');
  rmSync(ws, { recursive: true, force: true });
  mkdirSync(join(ws, '.liaison/log'), { recursive: true });
  cpSync(file, join(ws, '.liaison/log/bench.jsonl'));
  const [bare, streamed, verify] = wholeProcesses([[bareScript], ['-e', BARE_STREAMED, file], [cli, 'log', 'verify', '--dir', ws, '--no-git']], runs);
  return { bare: bare!, streamed: streamed!, verify: verify! };
}

function bareParse(file: string): number {
  let n = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) if (line) { JSON.parse(line); n++; }
  return n;
}

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'liaison-bench-'));
  try {
    // Append latency: the store (lock + tail read + one write + fsync) vs a bare open/write/fsync/close.
    const adir = join(root, 'append');
    const N = 300;
    const store: number[] = [];
    for (let i = 0; i < N; i++) {
      const t0 = process.hrtime.bigint();
      await appendRecord(adir, sampleInput(i), { writer: 'bench' });
      store.push(ms(t0));
    }
    const bare: number[] = [];
    const bareFile = join(root, 'bare.jsonl');
    const line = Buffer.from(canonical(sampleInput(0)) + '\n');
    for (let i = 0; i < N; i++) {
      const t0 = process.hrtime.bigint();
      const fd = openSync(bareFile, 'a');
      writeSync(fd, line);
      fsyncSync(fd);
      closeSync(fd);
      bare.push(ms(t0));
    }
    console.log(`append (${N}, fsync each): median ${f(median(store))} ms, p95 ${f(pct(store, 0.95))} ms; ` +
      `bare append+fsync median ${f(median(bare))} ms, p95 ${f(pct(bare, 0.95))} ms; ratio (median) ${f(median(store) / median(bare))}x`);

    console.log(loadLine());
    for (const n of [10_000, 100_000]) {
      const dir = join(root, `log-${n}`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir);
      const file = writeLog(dir, n);
      const runs = n > 50_000 ? 3 : 5;
      const base = time(() => bareParse(file), runs);
      const kept = time(() => parseKeep(file), runs);
      const loaded = loadLog(dir);
      if (loaded.records.length !== n || loaded.issues.length) throw new Error(`bench log invalid: ${loaded.issues[0]?.message}`);
      const tVerify = time(() => loadLog(dir, { keep: false }), runs);
      const tLoad = time(() => loadLog(dir), runs);
      const eff = effectiveRecords(loaded.records);
      const tEff = time(() => effectiveRecords(loaded.records), runs);
      const today = '2035-01-01';
      const tQuery = time(() => {
        filterRecords(eff, { since: '2024-03-01', until: '2024-09-30', tags: ['t3'] });
        commitments(eff, today);
        awaitingAnswer(eff, today, 2);
        nextContact(eff, today);
      }, runs);
      const tOpen = time(() => groupByMonth(effectiveRecords(loadLog(dir).records)), runs);
      const size = (readFileSync(file).length / 1e6).toFixed(1);
      const row = (label: string, t: Timing, what = '') => console.log(`  ${label.padEnd(16)}${against(t, base)}${what}`);
      console.log(`${n.toLocaleString('en')} records (${size} MB), in process, medians of ${runs}: bare JSON.parse wall ${f(base.wall)} ms, CPU ${f(base.cpu)} ms (baseline)`);
      row('parse kept', kept, ' (the parsed objects held in an array)');
      row('verify only', tVerify, ' (what log verify does: parse, check, sha256, chain; records not kept)');
      row('load+verify', tLoad, ' (records kept for the views)');
      row('effective view', tEff);
      row('queries', tQuery, ' (range+tag filter, commitments, awaiting, next contact)');
      row('timeline open', tOpen, ' (load+verify+effective+group by month)');
      if (n === 10_000 && tOpen.wall > 200) console.log('  WARNING: views on 10,000 records took over 200 ms');
      const whole = wholeProcess(root, file, 5);
      if (whole) {
        console.log(`  whole process, medians of 5 alternating runs (children's CPU), each a node process: bare read whole+split+JSON.parse ` +
          `wall ${f(whole.bare.wall)} ms, CPU ${f(whole.bare.cpu)} ms (baseline); bare streamed (1 MiB pieces, a line decoded at a time)+JSON.parse wall ${f(whole.streamed.wall)} ms, CPU ${f(whole.streamed.cpu)} ms`);
        console.log(`    liaison log verify ${against(whole.verify, whole.bare)} (aim 2x); against the streamed bare: ${against(whole.verify, whole.streamed)}`);
      } else console.log('  whole process: dist/cli.js not built (node esbuild.mjs), skipped');
      if (n === 100_000 && tVerify.wall > 2000) console.log('  WARNING: verifying 100,000 records took over 2 s');
    }
    console.log(loadLine());
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
