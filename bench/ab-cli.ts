// A/B of two builds of the CLI, whole process, alternating on the same load: `liaison lint` over the
// bench corpus (`--jobs 1`) and over the ~200-line note, CPU of the child (user + system) and wall.
// The reports of both builds must be byte-identical.
//   npx tsx bench/ab-cli.ts <base dist/cli.js> <new dist/cli.js> [rounds]   (AB_ONE=1: the one note only)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { corpus, longNote } from './corpus.js';

const [baseCli, newCli] = [resolve(process.argv[2]!), resolve(process.argv[3]!)];
const rounds = Number(process.argv[4] ?? 4);
const dir = mkdtempSync(join(tmpdir(), 'liaison-ab-'));
mkdirp(join(dir, 'corpus'));
for (const f of corpus()) writeFileSync(join(dir, 'corpus', f.name), f.text);
mkdirp(join(dir, 'one'));
writeFileSync(join(dir, 'one', 'long.md'), longNote());
function mkdirp(p: string): void { spawnSync('mkdir', ['-p', p]); }
function childCpuMs(): number {
  const s = readFileSync('/proc/self/stat', 'utf8');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return (Number(f[13]) + Number(f[14])) * 10;
}
function run(cli: string, where: string): { cpu: number; wall: number; out: string } {
  const c0 = childCpuMs(), t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, 'lint', '--today', '2026-11-20', '--format', 'json', '--jobs', '1', '.'], { cwd: join(dir, where), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status === null || r.status > 1) throw new Error(r.stderr);
  return { cpu: childCpuMs() - c0, wall: Number(process.hrtime.bigint() - t0) / 1e6, out: r.stdout };
}
const res: Record<string, { cpu: number[]; wall: number[] }> = {};
const add = (k: string, r: { cpu: number; wall: number }) => { (res[k] ??= { cpu: [], wall: [] }).cpu.push(r.cpu); res[k]!.wall.push(r.wall); };
const l0 = loadavg()[0]!;
for (const where of ['corpus', 'one']) { const a = run(baseCli, where), b = run(newCli, where); if (a.out !== b.out) { console.error(`reports differ on ${where}`); process.exit(1); } }
for (let i = 0; i < rounds; i++) {
  for (const [name, cli] of (i % 2 ? [['new', newCli], ['base', baseCli]] : [['base', baseCli], ['new', newCli]]) as Array<[string, string]>) {
    if (!process.env.AB_ONE) add(`${name} corpus`, run(cli, 'corpus'));
    for (let j = 0; j < 3; j++) add(`${name} one`, run(cli, 'one'));
  }
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`reports identical; ${rounds} alternating rounds, load ${l0.toFixed(1)} -> ${loadavg()[0]!.toFixed(1)}`);
for (const [k, v] of Object.entries(res).sort()) console.log(`${k.padEnd(12)} CPU median ${med(v.cpu)} ms [${v.cpu.join(', ')}]  wall median ${med(v.wall).toFixed(0)} ms`);
rmSync(dir, { recursive: true, force: true });
