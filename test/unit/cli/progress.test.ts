// `liaison log verify` / `log export-for` on a big log: progress on stderr when it is a terminal
// (a line rewritten in place, cleared before the verdict), in English and French; nothing when
// stderr is piped, and never in --format json.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonical, recordHash } from '../../../src/core/log/canonical.js';
import { nodeSha256 } from '../../../src/node/sha256.js';
import { logProgress, progressText } from '../../../src/cli/progress.js';
import * as l10n from '../../../src/cli/l10n.js';
import { tempDir } from '../log/helpers/tmp.js';

const CLI = join(__dirname, '../../../dist/cli.js');

function writeLog(dir: string, n: number): void {
  const lines: string[] = [];
  let prev = '';
  for (let i = 0; i < n; i++) {
    const body = { kind: 'exchange', at: '2026-03-02T10:00:00+01:00', channel: 'call', direction: 'from-client', summary: `Appel n° ${i} : la date de livraison`,
      v: 1, id: `20260302-${i.toString(16).padStart(8, '0')}`, writer: 'w-cli', seq: i + 1, prev, recorded: '2026-03-02T11:00:00+01:00' };
    const line = canonical({ ...body, hash: recordHash(body, nodeSha256) });
    lines.push(line);
    prev = (JSON.parse(line) as { hash: string }).hash;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'w-cli.jsonl'), lines.join('\n') + '\n');
}

describe('CLI progress of a long log read', function () {
  this.timeout(60_000);
  afterEach(() => l10n.setLang('en'));

  it('on a terminal: one line rewritten in place, only when its words change, cleared at the end', () => {
    const out: string[] = [];
    const p = logProgress({}, { isTTY: true, write: s => out.push(s) });
    p.onProgress!({ bytes: 0, totalBytes: 1000, records: 0 });
    p.onProgress!({ bytes: 1, totalBytes: 1000, records: 2 }); // still 0 %, but 2 records: new words
    p.onProgress!({ bytes: 1, totalBytes: 1000, records: 2 }); // same words: nothing written
    p.onProgress!({ bytes: 1000, totalBytes: 1000, records: 12345 });
    p.done();
    assert.deepEqual(out, ['\rreading the log: 0 records (0%)\x1b[K', '\rreading the log: 2 records (0%)\x1b[K', '\rreading the log: 12,345 records (100%)\x1b[K', '\r\x1b[K']);
  });

  it('in French for a French user, with its no-break spaces', () => {
    l10n.setLang('fr');
    assert.equal(progressText({ bytes: 420, totalBytes: 1000, records: 45000 }), 'lecture du journal\u00a0: 45\u202f000\u00a0entrées (42\u00a0%)');
    assert.equal(progressText({ bytes: 10, totalBytes: 0, records: 3 }), 'lecture du journal\u00a0: 3\u00a0entrées');
  });

  it('writes nothing when stderr is not a terminal, nor for --format json', () => {
    const out: string[] = [];
    for (const p of [logProgress({}, { isTTY: false, write: s => out.push(s) }), logProgress({ json: true }, { isTTY: true, write: s => out.push(s) })]) {
      assert.equal(p.onProgress, undefined, 'loadLog is given no callback: the plain read stays as fast as it was');
      p.done();
    }
    assert.deepEqual(out, []);
  });

  describe('the real CLI on a log of 6,000 records', () => {
    let t: ReturnType<typeof tempDir>;
    before(() => {
      t = tempDir('liaison-progress-');
      mkdirSync(join(t.dir, '.liaison'), { recursive: true });
      writeFileSync(join(t.dir, '.liaison/profile.json'), JSON.stringify({ client: { name: 'Boulangerie Tremblay' }, project: 'Site de commande', freelancer: { name: 'Alex' }, lang: 'fr' }));
      writeLog(join(t.dir, '.liaison/log'), 6000);
    });
    after(() => t.cleanup());
    const env = { ...process.env, LIAISON_CONFIG_DIR: '/nonexistent-liaison-config', TERM: 'xterm', LANG: 'en_US.UTF-8', LC_ALL: '' };

    it('piped stderr gets no progress; JSON output is only JSON', () => {
      for (const args of [['log', 'verify', '--dir', t.dir, '--no-git'], ['log', 'verify', '--dir', t.dir, '--no-git', '--format', 'json'],
        ['log', 'export-for', 'client', '--dir', t.dir, '--today', '2026-03-10'], ['log', 'export', '--dir', t.dir, '--out', join(t.dir, 'review.md')]]) {
        const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env });
        assert.equal(r.status, 0, r.stderr);
        assert.doesNotMatch(r.stderr + r.stdout, /reading the log|\r|\x1b/, args.join(' '));
      }
      const json = spawnSync(process.execPath, [CLI, 'log', 'verify', '--dir', t.dir, '--no-git', '--format', 'json'], { encoding: 'utf8', env });
      assert.equal(JSON.parse(json.stdout).records, 6000);
    });

    it('on a terminal (a pseudo-terminal from script(1)): progress, then the line cleared before the verdict, in French under LANG=fr', () => {
      for (const [lang, reading, verdict] of [['en_US.UTF-8', 'reading the log: ', 'log intact: 6000 record(s)'], ['fr_FR.UTF-8', 'lecture du journal\u00a0: ', 'journal intact']] as const) {
        const cmd = [process.execPath, CLI, 'log', 'verify', '--dir', t.dir, '--no-git'].map(a => `'${a}'`).join(' ');
        const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', env: { ...env, LANG: lang } });
        assert.equal(r.status, 0, r.stderr);
        const text = r.stdout;
        const at = text.indexOf(`\r${reading}`);
        assert.ok(at >= 0, `progress shown: ${JSON.stringify(text.slice(0, 200))}`);
        const cleared = text.lastIndexOf('\r\x1b[K');
        assert.ok(cleared > at && cleared < text.indexOf(verdict), `cleared before the verdict: ${JSON.stringify(text.slice(-300))}`);
      }
    });

    it('on a terminal, the exports show it too, cleared before the files are named', () => {
      for (const args of [['log', 'export-for', 'counsel', '--dir', t.dir, '--today', '2026-03-10'], ['log', 'export', '--dir', t.dir, '--out', join(t.dir, 'review.html')]]) {
        const cmd = [process.execPath, CLI, ...args].map(a => `'${a}'`).join(' ');
        const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', env });
        assert.equal(r.status, 0, r.stdout);
        const at = r.stdout.indexOf('\rreading the log: ');
        const named = r.stdout.search(/for-counsel-2026-03-10\.md|exported 6000 record\(s\)/);
        assert.ok(at >= 0 && named > r.stdout.lastIndexOf('\r\x1b[K') && r.stdout.lastIndexOf('\r\x1b[K') > at, JSON.stringify(r.stdout.slice(0, 300)));
      }
    });
  });
});
