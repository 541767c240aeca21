// `npm run bench`: log search. Whole process, 100,000 records: `liaison log search` (dist/cli.js)
// against a bare line-by-line JSON.parse of the same files in its own Node process (target: at
// most 1.5x). In process, 10,000 records: building the editor's index once, then per-query
// latency as the user types (median, p95). Ratios are to baselines measured in the same run.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canonical, recordHash } from '../src/core/log/canonical.js';
import { loadLog } from '../src/node/log-store.js';
import { effectiveRecords } from '../src/core/log/query.js';
import { buildIndex, parseQuery, search } from '../src/core/log/search.js';
import type { LogRecord, RecordInput } from '../src/core/log/record.js';
import { against, BARE_STREAMED, f, loadLine, median, wholeProcesses } from './proc-time.js';

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

const SUBJECTS = ['the order form', 'the pickup time', 'la page de paiement', 'les photos des gâteaux', 'the delivery zone', 'la version mobile', 'the invoice', 'le menu du jour'];

function sampleInput(i: number): RecordInput {
  const at = new Date(Date.UTC(2024, 0, 1) + i * 600_000).toISOString().slice(0, 19) + '+01:00';
  const s = SUBJECTS[i % SUBJECTS.length]!;
  return {
    kind: i % 50 === 0 ? 'lesson' : 'exchange', at, channel: (['email', 'call', 'meeting'] as const)[i % 3],
    direction: (['from-client', 'to-client', 'internal'] as const)[i % 3], participants: ['Julie Tremblay', 'Alex Martin'],
    summary: `Exchange ${i}: the client asked about ${s}`,
    quotes: i % 4 === 0 ? [`« Pouvez-vous revoir ${s} d’ici vendredi ? »`] : undefined,
    decisions: i % 10 === 0 ? [i % 20 ? 'Two revision rounds per mock-up' : 'Deux révisions incluses par maquette'] : undefined,
    commitments: i % 7 === 0 ? [{ by: i % 2 ? 'client' : 'me', what: `Send ${s}`, due: at.slice(0, 10), state: 'open' }] : undefined,
    tags: [`t${i % 20}`],
  };
}

/** A valid chain of n records written in one go, with one amendment every 500 records. */
function writeLog(dir: string, n: number): string {
  mkdirSync(dir, { recursive: true });
  const lines: string[] = [];
  let prev = '';
  for (let i = 0; i < n; i++) {
    const id = `20240101-${i.toString(16).padStart(8, '0')}`;
    const input: RecordInput = i % 500 === 499
      ? { kind: 'amendment', at: sampleInput(i).at, summary: 'correction', amends: `20240101-${(i - 3).toString(16).padStart(8, '0')}`, set: { summary: 'Call: a third revision round requested' } }
      : sampleInput(i);
    const body = { ...input, v: 1, id, writer: 'bench', seq: i + 1, prev, recorded: input.at };
    const rec = { ...body, hash: recordHash(body as unknown as Record<string, unknown>) } as LogRecord;
    lines.push(canonical(rec));
    prev = rec.hash;
  }
  const file = join(dir, 'bench.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

const BARE = `const fs=require('fs');let n=0;for(const f of fs.readdirSync(process.argv[1]).filter(f=>f.endsWith('.jsonl')))` +
  `for(const l of fs.readFileSync(require('path').join(process.argv[1],f),'utf8').split('\\n'))if(l){JSON.parse(l);n++}`;

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'liaison-search-bench-'));
  try {
    const work = join(root, 'ws');
    const file = writeLog(join(work, '.liaison', 'log'), 100_000);
    const size = (readFileSync(file).length / 1e6).toFixed(1);
    const cli = join(__dirname, '..', 'dist', 'cli.js');
    // Matching 10%, 12.5%, 12.5% and every record (the last has to parse and rank them all).
    const queries = ['revision', 'version mobile', 'pickup time', 'Julie'];
    console.log(loadLine());
    const [base, streamed, start, ...times] = wholeProcesses([['-e', BARE, join(work, '.liaison', 'log')], ['-e', BARE_STREAMED, join(work, '.liaison', 'log')], [cli, 'log', 'search', '--help'],
      ...queries.map(q => [cli, 'log', 'search', ...q.split(' '), '--dir', work, '--format', 'json', '--limit', '20'])], 5);
    console.log(`100,000 records (${size} MB), whole process, medians of 5 (children's CPU): bare line-by-line JSON.parse wall ${f(base!.wall)} ms, CPU ${f(base!.cpu)} ms (baseline)`);
    console.log(`  bare streamed (as the CLI reads)`.padEnd(34) + against(streamed!, base!));
    console.log(`  log search --help (start-up)`.padEnd(34) + against(start!, base!));
    queries.forEach((q, i) => {
      const t = times[i]!;
      console.log(`  log search "${q}"`.padEnd(34) + against(t, base!) + (t.wall / base!.wall > 1.5 ? '  (over the 1.5x target)' : '') +
        `; to the streamed bare: ${f(t.wall / streamed!.wall)}x wall, ${f(t.cpu / streamed!.cpu)}x CPU`);
    });
    console.log(loadLine());

    // In process, 10,000 records: what the editor does once, then on every key.
    const small = join(root, 'small');
    writeLog(small, 10_000);
    const loaded = loadLog(small);
    const eff = effectiveRecords(loaded.records);
    const t0 = process.hrtime.bigint();
    const index = buildIndex(eff);
    const tBuild = ms(t0);
    const keys = ['r', 're', 'rev', 'revi', 'revis', 'revisi', 'revisio', 'revision', 'revision r', 'revision ro', 'revision rounds',
      'v', 've', 'ver', 'version', 'version m', 'version mob', 'version mobile', 'p', 'pi', 'pickup', 'pickup t', 'pickup time'];
    const lat: number[] = [];
    for (let round = 0; round < 5; round++) {
      index.memo.clear();
      for (const k of keys) {
        const q = parseQuery(k);
        if ('problem' in q) continue; // a stop word alone ("re"): the quick pick shows a hint, no search
        const t = process.hrtime.bigint();
        search(index, q, { prefixLast: true, limit: 50 });
        lat.push(ms(t));
      }
    }
    console.log(`10,000 records in process: index built once in ${f(tBuild)} ms (load+verify+effective before it: see log.bench); ` +
      `per key as typed (${keys.length} keys x 5, memo cleared each round) median ${f(median(lat))} ms, p95 ${f(pct(lat, 0.95))} ms, max ${f(Math.max(...lat))} ms`);
    if (pct(lat, 0.95) > 50) console.log('  WARNING: a key took over 50 ms (p95)');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

void main();
