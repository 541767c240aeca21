// `npm run bench`: the CLI as a user runs it, whole process (node startup included), on ~1 MB of
// notes (EN and FR) written to a temporary folder: `liaison lint` against markdownlint-cli2 with
// its default rules on the same files, and a `--cache` re-run over unchanged notes against a full
// lint. Each figure is the median of 3 runs; ratios are to a baseline measured in the same run, and
// liaison and markdownlint-cli2 runs alternate so a change of load on a shared machine hits both.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { corpus } from './corpus.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cli = resolve('dist/cli.js');
const mdl = resolve('node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const dir = mkdtempSync(join(tmpdir(), 'liaison-bench-cli-'));
const files = corpus();
for (const f of files) writeFileSync(join(dir, f.name), f.text);
const bytes = files.reduce((n, f) => n + f.text.length, 0);

/** CPU time (user + system, ms) of the children this process has waited for (Linux /proc; else NaN). */
function childCpuMs(): number {
  try {
    const f = readFileSync('/proc/self/stat', 'utf8').slice(readFileSync('/proc/self/stat', 'utf8').lastIndexOf(')') + 2).split(' ');
    return (Number(f[13]) + Number(f[14])) * 10; // cutime + cstime, in 1/100 s
  } catch { return NaN; }
}

const cpu: number[] = [];
/** Worker threads of liaison's runs (from its LIAISON_LINT_STATS line). */
const workers: number[] = [];
function run(args: string[], env: Record<string, string> = {}): number {
  const c0 = childCpuMs();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, LIAISON_LINT_STATS: '1', ...env }, maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  cpu.push(childCpuMs() - c0);
  const w = /liaison lint stats: workers=(\d+)/.exec(r.stderr);
  if (w) workers.push(Number(w[1]));
  if (r.status === null || r.status > 1) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return ms;
}
/** Median wall time of RUNS runs. */
const time = (args: string[], env?: Record<string, string>, before?: () => void) =>
  median(Array.from({ length: RUNS }, () => { before?.(); return run(args, env); }));

const lintArgs = [cli, 'lint', '--today', '2026-11-20', '--format', 'json', '.'];
const cacheFile = join(dir, '.liaisoncache');
const hasCache = spawnSync(process.execPath, [cli, 'lint', '--help'], { encoding: 'utf8' }).stdout.includes('--cache');
const load0 = loadavg()[0]!;
// Alternating runs: liaison, markdownlint-cli2, liaison, ...
const pairs = Array.from({ length: RUNS }, () => {
  const l = run(lintArgs); const lc = cpu.pop()!;
  const m = existsSync(mdl) ? run([mdl, '*.md']) : NaN; const mc = cpu.pop() ?? NaN;
  return { l, lc, m, mc };
});
const full = median(pairs.map(p => p.l)); const fullCpu = median(pairs.map(p => p.lc));
const mdlTime = median(pairs.map(p => p.m)); const mdlCpu = median(pairs.map(p => p.mc));
console.log(`CLI on ${files.length} notes, ${(bytes / 1024).toFixed(0)} KiB, whole process, medians of ${RUNS} (wall; CPU of all threads); load average ${load0.toFixed(1)} on ${availableParallelism()} cores:`);
console.log(`  liaison lint ${full.toFixed(0)} ms (CPU ${fullCpu.toFixed(0)} ms) | markdownlint-cli2 ${mdlTime.toFixed(0)} ms (CPU ${mdlCpu.toFixed(0)} ms)`);
console.log(`  liaison / markdownlint-cli2 = ${(full / mdlTime).toFixed(2)}x wall, ${(fullCpu / mdlCpu).toFixed(2)}x CPU (aim <= 0.5x wall); run by run: ${pairs.map(p => (p.l / p.m).toFixed(2)).join(', ')}`);
console.log(`  worker threads by default (one per free core): ${workers.join(', ')}`);
// Forced: one worker (--jobs 2) against one thread (--jobs 1), alternating.
const forced = Array.from({ length: RUNS }, () => {
  const two = run([...lintArgs, '--jobs', '2']); const twoCpu = cpu.pop()!;
  const one = run([...lintArgs, '--jobs', '1']); const oneCpu = cpu.pop()!;
  return { two, twoCpu, one, oneCpu };
});
const two = median(forced.map(f => f.two)); const one = median(forced.map(f => f.one));
console.log(`  --jobs 2 ${two.toFixed(0)} ms (CPU ${median(forced.map(f => f.twoCpu)).toFixed(0)} ms) | --jobs 1 ${one.toFixed(0)} ms (CPU ${median(forced.map(f => f.oneCpu)).toFixed(0)} ms): 2 threads / 1 = ${(two / one).toFixed(2)}x wall`);
if (hasCache) {
  run([...lintArgs, '--cache']); // fills the cache
  const cached = time([...lintArgs, '--cache']);
  const cold = time([...lintArgs, '--cache'], {}, () => rmSync(cacheFile, { force: true }));
  console.log(`  --cache re-run over unchanged notes ${cached.toFixed(0)} ms | cold --cache ${cold.toFixed(0)} ms`);
  console.log(`  cached re-run / full lint = ${(cached / full).toFixed(2)}x (aim <= 0.2x)`);
} else console.log('  --cache: not available in this build');
console.log(`  load average at the end: ${loadavg()[0]!.toFixed(1)}`);
rmSync(dir, { recursive: true, force: true });
