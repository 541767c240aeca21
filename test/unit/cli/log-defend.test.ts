// Issue 9 through the real `liaison` process: terminal escaping, refused input, paths that would
// leave the workspace, clear messages instead of errno, anchors.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { canonical, recordHash } from '../../../src/core/log/canonical.js';
import { tempDir } from '../log/helpers/tmp.js';

const MAIN = join(__dirname, '../../../src/cli/main.ts');
const ROOT = join(__dirname, '../../..');
// tsx by absolute URL: `liaison new` runs from the workspace, where no node_modules is.
const TSX = pathToFileURL(require.resolve('tsx')).href;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('liaison log (CLI): defence (issue 9)', function () {
  this.timeout(120_000);
  let t: ReturnType<typeof tempDir>;
  let cfg: string;
  const run = (args: string[], cwd = ROOT) => {
    const r = spawnSync(process.execPath, ['--import', TSX, MAIN, ...args], {
      cwd, encoding: 'utf8', env: { ...process.env, LIAISON_WRITER: 'cli-test', LIAISON_CONFIG_DIR: cfg, LIAISON_TODAY: '2026-03-10' },
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const log = (sub: string, ...rest: string[]) => run(['log', sub, '--dir', t.dir, ...rest]);
  const profile = (over: Record<string, unknown> = {}) => writeFileSync(join(t.dir, '.liaison/profile.json'), JSON.stringify({
    client: { name: 'Boulangerie Tremblay' }, project: 'Site', freelancer: { name: 'Alex' }, lang: 'fr', logFolder: 'journal', ...over,
  }));
  const journal = () => join(t.dir, 'journal/cli-test.jsonl');
  beforeEach(() => {
    t = tempDir('liaison-cli-defend-');
    cfg = join(t.dir, '.config');
    mkdirSync(join(t.dir, '.liaison'), { recursive: true });
    profile();
  });
  afterEach(() => t.cleanup());

  it('never prints a control or bidi character from a record (list, verify)', () => {
    assert.equal(log('add', '--at', '2026-03-02', '--summary', 'ok').code, 0);
    const prev = JSON.parse(readFileSync(journal(), 'utf8')).hash;
    // A forged record: its id clears the line and moves up to show a fake verdict; its summary
    // clears the screen, hides text and opens an OSC 8 hyperlink; its hash is wrong so verify names it.
    const body = { kind: 'exchange', at: '2026-03-03T10:00:00+01:00', v: 1, writer: 'cli-test', seq: 2, prev, recorded: '2026-03-03T11:00:00+01:00',
      id: 'x\u001b[2K\u001b[1Alog intact: 9 record(s)', summary: '\u001b[2J\u001b[8mhidden\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007 0001$\u202e',
      tags: ['\u001b[31mred'] };
    writeFileSync(journal(), readFileSync(journal(), 'utf8') + canonical({ ...body, hash: '0'.repeat(64) }) + '\n');
    const v = log('verify');
    assert.equal(v.code, 1);
    assert.ok(!CONTROL.test(v.out + v.err), JSON.stringify(v.out));
    assert.match(v.out, /x\\x1b\[2K\\x1b\[1Alog intact/);
    assert.match(v.out, /log BROKEN/);
    const l = log('list');
    assert.ok(!CONTROL.test(l.out + l.err), JSON.stringify(l.out));
    assert.match(l.out, /\\x1b\[2J\\x1b\[8mhidden\\x1b\]8;;https:\/\/evil.example\\x07click/);
    assert.match(l.out, /0001\$\\u202e/);
  });

  it('refuses impossible dates (exit 2) instead of moving or storing them', () => {
    for (const args of [['--at', '2026-02-30'], ['--at', '2026-02-30T10:00'], ['--next-contact', '2026-02-31'], ['--commitment', 'me: send it @2026-04-31']]) {
      const r = log('add', '--summary', 'x', ...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, /2026-0[234]-3[01]/);
    }
    assert.ok(!existsSync(journal()), 'nothing written');
  });

  it('refuses --amends and --commitment-ref that reference nothing', () => {
    const first = JSON.parse(log('add', '--at', '2026-03-02', '--summary', 'ok', '--commitment', 'me: send the plan', '--format', 'json').out);
    let r = log('add', '--kind', 'amendment', '--amends', 'no-such-id', '--set', 'summary=y', '--summary', 'fix');
    assert.equal(r.code, 2);
    assert.match(r.err, /--amends no-such-id: no record has this id/);
    r = log('add', '--kind', 'commitment-update', '--commitment-ref', 'nosuch#99', '--summary', 'done');
    assert.equal(r.code, 2);
    assert.match(r.err, /nosuch#99: no record has this id/);
    r = log('add', '--kind', 'commitment-update', '--commitment-ref', `${first.id}#3`, '--summary', 'done');
    assert.equal(r.code, 2);
    assert.match(r.err, /holds 1 commitment\(s\); use an index from 0 to 0/);
    assert.equal(log('add', '--kind', 'commitment-update', '--commitment-ref', `${first.id}#0`, '--summary', 'done').code, 0);
    assert.equal(readFileSync(journal(), 'utf8').trim().split('\n').length, 2);
  });

  it('accepts a workspace note named ..dotdot.md; refuses a note that is a folder or a symlink to outside', () => {
    writeFileSync(join(t.dir, '..dotdot.md'), '# Note\n');
    assert.equal(log('add', '--summary', 'sent', '--note', '..dotdot.md').code, 0);
    mkdirSync(join(t.dir, 'notes'));
    let r = log('add', '--summary', 'x', '--note', 'notes');
    assert.equal(r.code, 2);
    assert.match(r.err, /--note notes is a folder/);
    const outside = tempDir('liaison-outside-');
    try {
      writeFileSync(join(outside.dir, 'secret.md'), 'secret');
      symlinkSync(join(outside.dir, 'secret.md'), join(t.dir, 'notes/link.md'));
      r = log('add', '--summary', 'x', '--note', 'notes/link.md');
      assert.equal(r.code, 2);
      assert.match(r.err, /leads outside the workspace/);
    } finally {
      outside.cleanup();
    }
  });

  it('never writes outside the workspace: symlinked log folder, notesFolder and logFolder settings', () => {
    const outside = tempDir('liaison-outside-');
    try {
      symlinkSync(outside.dir, join(t.dir, 'journal'));
      let r = log('add', '--summary', 'x');
      assert.equal(r.code, 2);
      assert.match(r.err, /logFolder "journal": .*leads outside the workspace/);
      assert.deepEqual(readdirSync(outside.dir), [], 'nothing written through the link');
      const away = `${basename(t.dir)}-x`;
      for (const [key, value] of [['notesFolder', `../${away}`], ['notesFolder', '/abs'], ['notesFolder', `a/../../${away}`], ['logFolder', ''], ['logFolder', '.'], ['logFolder', `../${away}`]]) {
        profile({ logFolder: 'journal2', [key]: value });
        r = key === 'notesFolder' ? run(['new', 'status', '--lang', 'en'], t.dir) : log('add', '--summary', 'x');
        assert.equal(r.code, 2, `${key}=${value}: ${r.out}${r.err}`);
        assert.match(r.err, new RegExp(`${key}: must`));
      }
      assert.ok(!existsSync(join(t.dir, '.gitignore')), 'no *.lock .gitignore at the workspace root');
      assert.ok(!existsSync(join(t.dir, '..', away)));
      profile({ notesFolder: 'linked' });
      symlinkSync(outside.dir, join(t.dir, 'linked'));
      r = run(['new', 'status', '--lang', 'en'], t.dir);
      assert.equal(r.code, 2, r.out);
      assert.match(r.err, /notesFolder: .*leads outside the workspace/);
      assert.deepEqual(readdirSync(outside.dir), []);
    } finally {
      outside.cleanup();
    }
  });

  it('says what is wrong instead of an errno: a folder named x.jsonl, --note folder, --out in a missing folder, --format xml', () => {
    assert.equal(log('add', '--at', '2026-03-02', '--summary', 'ok').code, 0);
    mkdirSync(join(t.dir, 'journal/x.jsonl'));
    let r = log('verify');
    assert.equal(r.code, 1);
    assert.match(r.out, /x.jsonl is a folder or a special file, not a writer's log file/);
    assert.match(r.out, /log BROKEN: 1 record\(s\) in 1 file/, 'a verdict for the other files');
    assert.ok(!/EISDIR/.test(r.out + r.err));
    r = log('export', '--out', join(t.dir, 'missing/dir/r.html'));
    assert.equal(r.code, 2);
    assert.match(r.err, /the folder .*missing\/dir does not exist/);
    r = log('verify', '--format', 'xml');
    assert.equal(r.code, 2);
    assert.match(r.err, /--format must be text or json/);
  });

  it('messages: a log folder that is a file, a malformed line with no writer, an invalid profile keeps the record', () => {
    writeFileSync(join(t.dir, 'journal'), 'not a folder');
    let r = log('add', '--summary', 'garder ceci');
    assert.equal(r.code, 2);
    assert.match(r.err, /it is a file, not a folder/);
    const kept = readdirSync(join(cfg, 'pending')).map(f => join(cfg, 'pending', f));
    assert.equal(kept.length, 1);
    // Replayed once it can be written: the pending file goes, so running it again cannot log it twice.
    profile({ logFolder: 'journal2' });
    r = log('add', '--from-json', kept[0]!);
    assert.equal(r.code, 0, r.err);
    assert.ok(!existsSync(kept[0]!), 'pending file removed after a successful --from-json');
    // A profile that does not validate: the typed record is kept.
    writeFileSync(join(t.dir, '.liaison/profile.json'), '{"client": 3}');
    r = log('add', '--summary', 'ne pas perdre');
    assert.equal(r.code, 2);
    assert.match(r.err, /your record was kept in .*liaison log add --from-json/);
    assert.ok(readdirSync(join(cfg, 'pending')).some(f => readFileSync(join(cfg, 'pending', f), 'utf8').includes('ne pas perdre')));
    profile({ logFolder: 'journal2' });
    const line = readFileSync(join(t.dir, 'journal2/cli-test.jsonl'), 'utf8').trim();
    const o = JSON.parse(line);
    delete o.writer;
    writeFileSync(join(t.dir, 'journal2/cli-test.jsonl'), line + '\n' + JSON.stringify({ ...o, seq: 2, prev: o.hash, hash: recordHash({ ...o, seq: 2, prev: o.hash }) }) + '\n');
    r = log('verify');
    assert.ok(!/undefined/.test(r.out), r.out);
    assert.match(r.out, /writer: required/);
  });

  it('new: a --set value with a line break (\\n, U+2028) is refused instead of writing invalid front matter', () => {
    for (const v of ['A\nB', 'A\u2028B']) {
      const r = run(['new', 'status', '--lang', 'en', '--set', `project=${v}`, '--out', '-'], t.dir);
      assert.equal(r.code, 2, r.out);
      assert.match(r.err, /--set project: the value must be on one line/);
    }
  });

  it('lint: a FIFO named x.md does not hang it; a symlink loop is not followed (each note once)', () => {
    mkdirSync(join(t.dir, 'notes/sub'), { recursive: true });
    writeFileSync(join(t.dir, 'notes/a.md'), '# Note\n\nText.\n');
    execFileSync('mkfifo', [join(t.dir, 'notes/x.md')]);
    symlinkSync('..', join(t.dir, 'notes/sub/up'));
    const r = spawnSync(process.execPath, ['--import', TSX, MAIN, 'lint', '--format', 'json', '--today', '2026-03-10', 'notes'],
      { cwd: t.dir, encoding: 'utf8', timeout: 60_000 });
    assert.notEqual(r.signal, 'SIGTERM', 'lint hung');
    assert.match(r.stderr, /skipped notes\/x.md: not a regular file/);
    assert.match(r.stderr, /skipped notes\/sub\/up: a symbolic link back to a folder already searched/);
    const paths = (JSON.parse(r.stdout) as { path: string }[]).map(f => f.path);
    assert.deepEqual(paths, ['notes/a.md']);
  });

  it('anchor: reference alone on the first line; verify --anchor exits 0 unchanged, 1 naming the changed record', () => {
    for (let i = 1; i <= 3; i++) assert.equal(log('add', '--at', `2026-03-0${i}`, '--summary', `r${i}`).code, 0);
    const a = log('anchor', '--channel', 'email');
    assert.equal(a.code, 0, a.err);
    const ref = a.out.split('\n')[0]!;
    assert.match(ref, /^LX-[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    assert.ok(existsSync(join(t.dir, 'journal/witnesses/anchors.jsonl')));
    assert.equal(log('add', '--at', '2026-03-04', '--summary', 'r4').code, 0);
    let v = log('verify', '--anchor', ref.toLowerCase());
    assert.equal(v.code, 0, v.out);
    assert.match(v.out, new RegExp(`anchor ${ref}: the history it covers \\(3 record\\(s\\)\\) is unchanged`));
    // Rewrite record 2 and every hash after it: the chain verifies, the anchor does not.
    const recs = readFileSync(journal(), 'utf8').trim().split('\n').map(l => JSON.parse(l));
    recs[1].summary = 'r2, rewritten';
    for (let i = 1; i < recs.length; i++) {
      if (i > 1) recs[i].prev = recs[i - 1].hash;
      delete recs[i].hash;
      recs[i].hash = recordHash(recs[i]);
    }
    writeFileSync(journal(), recs.map(r => canonical(r)).join('\n') + '\n');
    v = log('verify', '--anchor', ref);
    assert.equal(v.code, 1);
    assert.match(v.out, /log intact/);
    assert.match(v.out, new RegExp(`anchor ${ref}: CHANGED: cli-test.jsonl: record ${recs[1].id} \\(line 2, seq 2\\)`));
    v = log('verify', '--anchor', 'LX-12');
    assert.equal(v.code, 2);
  });
});
