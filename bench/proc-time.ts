// Timing shared by the log benches: wall time and CPU time side by side. On the shared 2-core
// machine wall time moves with other sessions' load; CPU time (this process, or the children it
// waited for) does much less, so the benches print both and their ratios.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const f = (x: number) => x.toFixed(x < 10 ? 2 : 0);

export interface Timing { wall: number; cpu: number }

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Median wall and CPU time (ms, this process) of `runs` calls after one warm-up call. */
export function timeIn(fn: () => unknown, runs = 5): Timing {
  fn();
  const wall: number[] = [], cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    fn();
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/** CPU time (user + system, ms) of the children this process has waited for (Linux /proc; else NaN). */
export function childCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime + cstime, in 1/100 s
  } catch { return NaN; }
}

/**
 * Median wall and CPU time of each command (node + args), run in turns so that a busy moment
 * weighs on all of them alike; the first round warms the file cache and is not counted.
 * `ok(status)` says which exit codes are expected (default: 0).
 */
export function wholeProcesses(cmds: string[][], runs: number, ok: (status: number | null) => boolean = s => s === 0): Timing[] {
  const wall: number[][] = cmds.map(() => []), cpu: number[][] = cmds.map(() => []);
  for (let i = 0; i <= runs; i++) {
    cmds.forEach((args, c) => {
      const c0 = childCpuMs();
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
      const t = Number(process.hrtime.bigint() - t0) / 1e6;
      if (!ok(r.status)) throw new Error(`${args.join(' ')}: exit ${r.status} ${r.stderr}${r.stdout.slice(0, 500)}`);
      if (i > 0) { wall[c]!.push(t); cpu[c]!.push(childCpuMs() - c0); }
    });
  }
  return cmds.map((_, c) => ({ wall: median(wall[c]!), cpu: median(cpu[c]!) }));
}

/** "wall 812 ms (2.10x), CPU 640 ms (1.80x)" against a baseline timing. */
export function against(t: Timing, base: Timing): string {
  return `wall ${f(t.wall)} ms (${f(t.wall / base.wall)}x), CPU ${f(t.cpu)} ms (${f(t.cpu / base.cpu)}x)`;
}

/** The machine's load, printed with every figure (1, 5, 15 min averages on its cores). */
export const loadLine = () => `load average ${loadavg().map(x => x.toFixed(1)).join(' / ')}`;

/**
 * A second, stricter baseline for whole-process ratios (`node -e BARE_STREAMED <file or folder>`):
 * the same JSON.parse of every line, but read as the CLI reads (1 MiB pieces, each line decoded on
 * its own), not as one string split on "\n". A file with one accent read whole is a two-byte string,
 * and parsing slices of it costs more than parsing one-byte lines: this is the best a bare parse does.
 */
export const BARE_STREAMED = `const fs=require('fs'),p=require('path');const a=process.argv[1];` +
  `const files=fs.statSync(a).isDirectory()?fs.readdirSync(a).filter(f=>f.endsWith('.jsonl')).sort().map(f=>p.join(a,f)):[a];` +
  `const d=new TextDecoder(),buf=new Uint8Array(1<<20);let n=0;const one=b=>{if(b.length){JSON.parse(d.decode(b));n++}};` +
  `for(const f of files){const fd=fs.openSync(f,'r');let carry=null;for(;;){const k=fs.readSync(fd,buf,0,buf.length,null);if(!k)break;` +
  `const c=buf.subarray(0,k);let s=0;for(let nl=c.indexOf(10);nl>=0;nl=c.indexOf(10,s)){let l=c.subarray(s,nl);` +
  `if(carry){l=Buffer.concat([carry,l]);carry=null}one(l);s=nl+1}` +
  `if(s<k)carry=carry?Buffer.concat([carry,c.subarray(s)]):Buffer.from(c.subarray(s))}if(carry)one(carry);fs.closeSync(fd)}` +
  `process.stdout.write(n+'\\n')`;
