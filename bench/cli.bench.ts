// `npm run bench`: the CLI as a user runs it, whole process (node startup included), on ~1 MB of
// notes (EN and FR) written to a temporary folder: `liaison lint` against markdownlint-cli2 with
// its default rules on the same files, and a `--cache` re-run over unchanged notes against a full
// lint. Each figure is the median of 3 runs; ratios are to a baseline measured in the same run.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
function run(args: string[], env: Record<string, string> = {}): number {
  const c0 = childCpuMs();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  cpu.push(childCpuMs() - c0);
  if (r.status === null || r.status > 1) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return ms;
}
/** Median wall time of RUNS runs; `lastCpu` is the median CPU time of the same runs. */
let lastCpu = NaN;
const time = (args: string[], env?: Record<string, string>, before?: () => void) => {
  cpu.length = 0;
  const wall = median(Array.from({ length: RUNS }, () => { before?.(); return run(args, env); }));
  lastCpu = median(cpu);
  return wall;
};

const lintArgs = [cli, 'lint', '--today', '2026-11-20', '--format', 'json', '.'];
const full = time(lintArgs);
const fullCpu = lastCpu;
const cacheFile = join(dir, '.liaisoncache');
const hasCache = spawnSync(process.execPath, [cli, 'lint', '--help'], { encoding: 'utf8' }).stdout.includes('--cache');
const mdlTime = existsSync(mdl) ? time([mdl, '*.md']) : NaN;
const mdlCpu = lastCpu;
console.log(`CLI on ${files.length} notes, ${(bytes / 1024).toFixed(0)} KiB, whole process, medians of ${RUNS} (wall; CPU of all threads):`);
console.log(`  liaison lint ${full.toFixed(0)} ms (CPU ${fullCpu.toFixed(0)} ms) | markdownlint-cli2 ${mdlTime.toFixed(0)} ms (CPU ${mdlCpu.toFixed(0)} ms)`);
console.log(`  liaison / markdownlint-cli2 = ${(full / mdlTime).toFixed(2)}x wall, ${(fullCpu / mdlCpu).toFixed(2)}x CPU (aim <= 0.5x wall)`);
const single = time(lintArgs, { LIAISON_LINT_WORKERS: '0' });
console.log(`  single-threaded (LIAISON_LINT_WORKERS=0) ${single.toFixed(0)} ms (CPU ${lastCpu.toFixed(0)} ms): parallel / single = ${(full / single).toFixed(2)}x wall`);
if (hasCache) {
  run([...lintArgs, '--cache']); // fills the cache
  const cached = time([...lintArgs, '--cache']);
  const cold = time([...lintArgs, '--cache'], {}, () => rmSync(cacheFile, { force: true }));
  console.log(`  --cache re-run over unchanged notes ${cached.toFixed(0)} ms | cold --cache ${cold.toFixed(0)} ms`);
  console.log(`  cached re-run / full lint = ${(cached / full).toFixed(2)}x (aim <= 0.2x)`);
} else console.log('  --cache: not available in this build');
rmSync(dir, { recursive: true, force: true });
