// The lock under real contention: 8 processes x 1,000 appends to one writer chain (about 20 s).
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLog } from '../../src/node/log-store.js';
import { tempDir } from '../unit/log/helpers/tmp.js';

const CHILD = join(__dirname, '../unit/log/helpers/append-child.ts');
const run = (args: string[]) => new Promise<number>((resolve, reject) => {
  const p = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  p.on('error', reject);
  p.on('exit', code => resolve(code ?? -1));
});

describe('log store across processes, under load', function () {
  this.timeout(300_000);
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => { t = tempDir(); });
  afterEach(() => t.cleanup());

  it('8 processes x 1,000 appends to one chain: 8,000 records, none lost, chain valid', async () => {
    const codes = await Promise.all(Array.from({ length: 8 }, (_, i) => run([t.dir, 'w-shared', '1000', `p${i}`])));
    assert.deepEqual(codes, [0, 0, 0, 0, 0, 0, 0, 0]);
    const log = loadLog(t.dir);
    assert.deepEqual(log.issues, []);
    assert.equal(log.records.length, 8000);
    const seqs = log.records.map(r => r.record.seq);
    assert.deepEqual(seqs, Array.from({ length: 8000 }, (_, i) => i + 1), 'one linear chain, no fork, no gap');
    for (let i = 0; i < 8; i++) assert.equal(log.records.filter(r => r.record.tags?.[0] === `p${i}`).length, 1000);
    assert.equal(readFileSync(join(t.dir, 'w-shared.jsonl'), 'utf8').split('\n').length, 8001, 'no interleaved line');
  });

});
