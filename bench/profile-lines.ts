// Self time by source line inside the functions of a .cpuprofile whose name matches argv[3].
import { readFileSync } from 'node:fs';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; positionTicks?: { line: number; ticks: number }[] }
const [file, fnName = ''] = process.argv.slice(2);
const p = JSON.parse(readFileSync(file!, 'utf8')) as { nodes: Node[] };
const byLine = new Map<string, number>();
for (const n of p.nodes) {
  if (!(n.callFrame.functionName || '(anon)').includes(fnName) && `${n.callFrame.lineNumber + 1}` !== fnName) continue;
  for (const t of n.positionTicks ?? []) {
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${t.line}`;
    byLine.set(k, (byLine.get(k) ?? 0) + t.ticks);
  }
}
for (const [k, v] of [...byLine].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${String(v).padStart(7)} ticks  ${k}`);
