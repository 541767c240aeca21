// Reads a .cpuprofile (node --cpu-prof) and prints self time by function and by file, top N.
import { readFileSync } from 'node:fs';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
const [file, topArg = '40'] = process.argv.slice(2);
const p = JSON.parse(readFileSync(file!, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const self = new Map<number, number>();
for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i]!, (self.get(p.samples[i]!) ?? 0) + (p.timeDeltas[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const byFn = new Map<string, number>();
const byFile = new Map<string, number>();
// A bundle (esbuild) names each module in a comment line: map a line of the bundle to its module.
const bundles = new Map<string, Array<[number, string]>>();
function moduleOf(url: string, line: number): string {
  if (!url.startsWith('file://') || !/\.m?js$/.test(url) || url.includes('/node_modules/')) return url;
  let marks = bundles.get(url);
  if (!marks) {
    marks = [];
    readFileSync(new URL(url), 'utf8').split('\n').forEach((l, i) => {
      const m = /^\/\/ (?:\S*?\/)?((?:src|node_modules)\/\S+)$/.exec(l);
      if (m) marks!.push([i, m[1]!]);
    });
    bundles.set(url, marks);
  }
  let name = url;
  for (const [at, n] of marks) { if (at > line) break; name = n; }
  return name;
}
for (const n of p.nodes) {
  const t = self.get(n.id) ?? 0;
  const url = moduleOf(n.callFrame.url, n.callFrame.lineNumber).replace(/^.*\/(node_modules\/|src\/)/, '$1');
  const fn = `${n.callFrame.functionName || '(anon)'} ${url}:${n.callFrame.lineNumber + 1}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + t);
  const f = url.startsWith('node_modules/') ? url.split('/').slice(0, 2).join('/') : url || n.callFrame.functionName;
  byFile.set(f, (byFile.get(f) ?? 0) + t);
}
// Coarse groups for a before/after breakdown.
const GROUPS: Array<[string, RegExp]> = [
  ['parse (micromark, mdast, bounded parse)', /micromark|mdast-util|markdown\/|unified|vfile|decode-named|character-entities/],
  ['date reader (chrono, dates.ts)', /chrono-node|dayjs|text\/dates/],
  ['tone model', /lint\/model\//],
  ['phrase matching (phrases, packs, literal index, regexes)', /text\/phrases|packs\/|literal-index|^RegExp/],
  ['language (note, sentence)', /text\/language|tinyld|language\/detect/],
  ['stems, tokens', /language\/stem|language\/tokens|snowball/],
  ['sentences, prose', /text\/sentences|rule-kit|normalize|reported/],
  ['GC', /garbage collector/],
  ['engine', /lint\/engine|control-comments|memo\.ts/],
  ['rules', /lint\/rules\/|jargon|structure|placeholders|cues/],
];
const groups = new Map<string, number>();
for (const [f, t] of byFile) {
  const g = GROUPS.find(([, re]) => re.test(f))?.[0] ?? 'other (load, node)';
  groups.set(g, (groups.get(g) ?? 0) + t);
}
const top = Number(topArg);
const show = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top)
  .forEach(([k, v]) => console.log(`${(v / 1000).toFixed(0).padStart(7)} ms ${(100 * v / total).toFixed(1).padStart(5)} %  ${k}`));
console.log(`total ${(total / 1000).toFixed(0)} ms\n-- by group`);
show(groups);
console.log('-- by file');
show(byFile);
console.log('-- by function');
show(byFn);
