// `npm run bench`: runs every bench/*.bench.ts in its own process (so one bench's heap does not
// skew another) and prints their ratios. Benches print ratios to a baseline measured in the same run.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const only = process.argv[2];
const benches = readdirSync('bench').filter(f => f.endsWith('.bench.ts') && (!only || f.includes(only))).sort();
let failed = 0;
for (const b of benches) {
  console.log(`\n== ${b}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', `bench/${b}`], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
