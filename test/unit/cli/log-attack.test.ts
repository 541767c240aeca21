// Attacks through the real `liaison` process (the list and outcomes: docs/security.md).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonical, recordHash } from '../../../src/core/log/canonical.js';
import { tempDir } from '../log/helpers/tmp.js';

const CLI = join(__dirname, '../../../dist/cli.js');

describe('liaison log (CLI): attacks', function () {
  this.timeout(120_000);
  let t: ReturnType<typeof tempDir>;
  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, ...args], {
      cwd: t.dir, encoding: 'utf8', env: { ...process.env, LIAISON_WRITER: 'cli-test', LIAISON_CONFIG_DIR: join(t.dir, '.config'), LIAISON_TODAY: '2026-03-10' },
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const log = (sub: string, ...rest: string[]) => run(['log', sub, '--dir', t.dir, ...rest]);
  const journal = () => join(t.dir, '.liaison/log/cli-test.jsonl');
  beforeEach(() => {
    t = tempDir('liaison-cli-attack-');
    mkdirSync(join(t.dir, '.liaison'), { recursive: true });
    writeFileSync(join(t.dir, '.liaison/profile.json'), JSON.stringify({ client: { name: 'Boulangerie Tremblay' }, project: 'Site', freelancer: { name: 'Alex' }, lang: 'en' }));
  });
  afterEach(() => t.cleanup());

  it('verify checks every reference given out: a rewrite that left its entry exits 1 naming the record', () => {
    for (const s of ['Kick-off', 'Quote: 1000 EUR', 'Agreed']) assert.equal(log('add', '--at', '2026-03-02', '--summary', s).code, 0);
    const ref = log('anchor', '--channel', 'email').out.split('\n')[0]!;
    const fine = log('verify', '--no-git');
    assert.equal(fine.code, 0);
    assert.match(fine.out, new RegExp(`reference ${ref} given \\S+ by email: the records it covers are unchanged`));
    // Every hash recomputed: the chain alone calls it intact.
    let prev = '';
    const forged = readFileSync(journal(), 'utf8').trim().split('\n').map(l => {
      const { hash: _h, ...r } = JSON.parse(l);
      const body = { ...r, prev, summary: r.summary.replace('1000', '2000') };
      prev = recordHash(body);
      return canonical({ ...body, hash: prev });
    });
    writeFileSync(journal(), forged.join('\n') + '\n');
    const v = log('verify', '--no-git');
    assert.equal(v.code, 1, v.out);
    assert.match(v.out, new RegExp(`reference ${ref} given \\S+ by email: DOES NOT HOLD: cli-test.jsonl: record \\S+ \\(line 2, seq 2\\) differs`));
    assert.equal(JSON.parse(log('verify', '--no-git', '--format', 'json').out).references[0].holds, false);
  });
});
