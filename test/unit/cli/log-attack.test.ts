// Attacks through the real `liaison` process (the list and outcomes: docs/security.md).
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonical, recordHash, sha256Hex } from '../../../src/core/log/canonical.js';
import { tempDir } from '../log/helpers/tmp.js';

const CLI = join(__dirname, '../../../dist/cli.js');

describe('liaison log (CLI): attacks', function () {
  this.timeout(120_000);
  let t: ReturnType<typeof tempDir>;
  const run = (args: string[], cwd = t.dir) => {
    const r = spawnSync(process.execPath, [CLI, ...args], {
      cwd, encoding: 'utf8', env: { ...process.env, LIAISON_WRITER: 'cli-test', LIAISON_CONFIG_DIR: join(t.dir, '.config'), LIAISON_TODAY: '2026-03-10' },
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
    // An entry that is no reference (edited by hand) is skipped, and nothing of it drives the terminal.
    writeFileSync(join(t.dir, '.liaison/log/witnesses/anchors.jsonl'), readFileSync(join(t.dir, '.liaison/log/witnesses/anchors.jsonl'), 'utf8') +
      JSON.stringify({ v: 1, ref: 'LX-\n\u001b[2J', issued: 'garbage', tips: {} }) + '\n');
    const fine = log('verify', '--no-git');
    assert.equal(fine.code, 0, fine.out);
    assert.doesNotMatch(fine.out, /\u001b|garbage/);
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

  it('run from a subfolder, add goes to the project\'s log, not a new one there', () => {
    const sub = join(t.dir, 'src/pages');
    mkdirSync(sub, { recursive: true });
    assert.equal(run(['log', 'add', '--at', '2026-03-02', '--summary', 'from src'], sub).code, 0);
    assert.equal(existsSync(join(sub, '.liaison')), false);
    assert.match(readFileSync(journal(), 'utf8'), /from src/);
    assert.match(run(['log', 'list'], sub).out, /from src/);
    // A note named from there is recorded by its workspace path.
    writeFileSync(join(sub, 'recap.md'), '# Recap\n');
    assert.equal(run(['log', 'add', '--at', '2026-03-02', '--summary', 'sent', '--direction', 'to-client', '--note', 'recap.md'], sub).code, 0);
    assert.match(readFileSync(journal(), 'utf8'), /"path":"src\/pages\/recap.md"/);
  });

  it('search and every --format json print no bidi control or line separator from a record', () => {
    assert.equal(log('add', '--at', '2026-03-02', '--summary', 'first').code, 0);
    const prev = JSON.parse(readFileSync(journal(), 'utf8')).hash;
    const body = { kind: 'exchange', at: '2026-03-03T10:00:00+01:00', v: 1, writer: 'cli-test', seq: 2, prev, recorded: '2026-03-03T11:00:00+01:00',
      id: '20260303-0badf00d', summary: 'deadline \u202eRUE 0001\u202c\u2028 moved \u0085 here' };
    writeFileSync(journal(), readFileSync(journal(), 'utf8') + canonical({ ...body, hash: recordHash(body) }) + '\n');
    const unsafe = /[\u0080-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
    for (const args of [['search', 'deadline'], ['search', 'deadline', '--format', 'json'], ['list', '--format', 'json'], ['verify', '--no-git', '--format', 'json']]) {
      const r = log(args[0]!, ...args.slice(1));
      assert.doesNotMatch(r.out, unsafe, args.join(' '));
      if (args.includes('json')) JSON.parse(r.out);
    }
    assert.equal(JSON.parse(log('list', '--format', 'json').out)[1].summary, body.summary, 'the JSON still holds the same text');
  });

  it('import-email: another email reusing a Message-ID is imported with a warning; the same file twice is not', () => {
    const eml = (body: string) => ['From: Julie <julie@boulangerie.example>', 'To: alex@example.com', 'Date: Wed, 02 Dec 2026 08:47:31 +0100',
      'Message-ID: <same-id@boulangerie.example>', 'Subject: Re: quote', '', body, ''].join('\r\n');
    writeFileSync(join(t.dir, 'forged.eml'), eml('Forged, imported first.'));
    writeFileSync(join(t.dir, 'real.eml'), eml('The real email.'));
    assert.equal(log('import-email', join(t.dir, 'forged.eml')).code, 0);
    const real = log('import-email', join(t.dir, 'real.eml'));
    assert.equal(real.code, 0, real.err);
    assert.match(real.err, /another email with the same Message-ID <same-id@boulangerie\.example> is already in the log \(record \S+ of 2026-12-02\), with other content; both are kept/);
    const again = log('import-email', join(t.dir, 'real.eml'));
    assert.equal(again.code, 1);
    assert.match(again.err, /is already in the log .*not imported again/);
    assert.equal(readFileSync(journal(), 'utf8').trim().split('\n').length, 2);
  });

  it('export-for counsel, log export and log topic say BROKEN of a log rewritten since its last commit (git history, like verify)', () => {
    for (const s of ['Kick-off', 'Quote: 1000 EUR']) assert.equal(log('add', '--at', '2026-03-02', '--summary', s).code, 0);
    const git = (...a: string[]) => execFileSync('git', a, { cwd: t.dir, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e',
      GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e', GIT_CONFIG_NOSYSTEM: '1', HOME: t.dir } });
    git('init', '-q', '.'); git('add', '-A'); git('commit', '-qm', 'log');
    let prev = '';
    writeFileSync(journal(), readFileSync(journal(), 'utf8').trim().split('\n').map(l => {
      const { hash: _h, ...r } = JSON.parse(l);
      const body = { ...r, prev, summary: r.summary.replace('1000', '2000') };
      prev = recordHash(body);
      return canonical({ ...body, hash: prev });
    }).join('\n') + '\n');
    const c = log('export-for', 'counsel');
    assert.equal(c.code, 1);
    const md = readFileSync(join(t.dir, 'exports', 'for-counsel-2026-03-10.md'), 'utf8');
    assert.match(md, /- \*\*Integrity\*\*: BROKEN/);
    assert.match(md, /record\\\(s\\\) of the last commit are no longer in the file as committed/);
    const r = log('export', '--out', join(t.dir, 'review.md'));
    assert.equal(r.code, 1);
    assert.match(readFileSync(join(t.dir, 'review.md'), 'utf8').split('\n')[2]!, /BROKEN/);
    // log topic too, printed and written (it read the file alone and said "intact").
    const topic = log('topic', 'quote');
    assert.equal(topic.code, 1, topic.err);
    assert.match(topic.out, /BROKEN/);
    assert.equal(log('topic', 'quote', '--out', join(t.dir, 'quote.md')).code, 1);
    assert.match(readFileSync(join(t.dir, 'quote.md'), 'utf8'), /BROKEN/);
  });

  it('import-email refuses when other bytes sit where the original goes (mail/<sha256>.eml), writing nothing', () => {
    const eml = ['From: Julie <julie@boulangerie.example>', 'To: alex@example.com', 'Date: Wed, 02 Dec 2026 08:47:31 +0100',
      'Message-ID: <planted@boulangerie.example>', 'Subject: Re: quote', '', 'Agreed: 1000 EUR.', ''].join('\r\n');
    writeFileSync(join(t.dir, 'real.eml'), eml);
    const sha = sha256Hex(new Uint8Array(readFileSync(join(t.dir, 'real.eml'))));
    mkdirSync(join(t.dir, '.liaison/log/mail'), { recursive: true });
    writeFileSync(join(t.dir, `.liaison/log/mail/${sha}.eml`), eml.replace('1000', '5000'));
    const r = log('import-email', join(t.dir, 'real.eml'));
    assert.equal(r.code, 1);
    assert.match(r.err, new RegExp(`mail/${sha}\\.eml already exists in the log folder with other content \\(damaged or replaced\\): move it aside and import again; nothing was written`));
    assert.equal(existsSync(journal()), false, 'no record points at the wrong bytes');
  });

  it('log add refuses a date in the future, writing nothing', () => {
    const r = log('add', '--at', '2062-03-02T10:00:00+01:00', '--summary', 'typo in the year');
    assert.equal(r.code, 2);
    assert.match(r.err, /at: 2062-03-02T10:00:00\+01:00 is in the future: a record says what already happened/);
    assert.equal(existsSync(journal()), false);
  });
});
