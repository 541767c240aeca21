// `liaison log` as a script or a person runs it: real process, exit codes, files.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../log/helpers/tmp.js';

const CLI = join(__dirname, '../../../dist/cli.js');
const FIX = join(__dirname, '../../fixtures/logs');
const ROOT = join(__dirname, '../../..');

describe('liaison log (CLI)', function () {
  this.timeout(60_000);
  let t: ReturnType<typeof tempDir>;
  let cfg: string;
  const cli = (...args: string[]) => {
    // The built CLI (the root hook builds it once), pointed at the workspace with --dir.
    const [sub, ...rest] = args;
    const withDir = sub && ['add', 'list', 'verify', 'export'].includes(sub) && !rest.includes('--help') ? [sub, '--dir', t.dir, ...rest] : args;
    const r = spawnSync(process.execPath, [CLI, 'log', ...withDir], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, LIAISON_WRITER: 'cli-test', LIAISON_CONFIG_DIR: cfg },
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  beforeEach(() => {
    t = tempDir('liaison-cli-');
    cfg = join(t.dir, '.config');
    mkdirSync(join(t.dir, '.liaison'), { recursive: true });
    writeFileSync(join(t.dir, '.liaison/profile.json'), JSON.stringify({
      client: { name: 'Boulangerie Tremblay' }, project: 'Site de commande', freelancer: { name: 'Alex' }, lang: 'fr', logFolder: 'journal',
    }));
  });
  afterEach(() => t.cleanup());

  it('says there is no log yet where there is none, instead of an empty list or "intact: 0 records" (exit 0)', () => {
    const list = cli('list');
    assert.equal(list.code, 0);
    assert.equal(list.out, '');
    assert.match(list.err, /^no log in .*journal yet: record an exchange with liaison log add, or run this in the project folder \(or give --dir\)\n$/);
    assert.equal(cli('list', '--format', 'json').out, '[]\n', 'JSON stays an empty list');
    const verify = cli('verify');
    assert.equal(verify.code, 0);
    assert.doesNotMatch(verify.out, /intact/);
    assert.match(verify.out, /^no log in .*journal yet: /);
    assert.equal(cli('add', '--summary', 'Premier appel').code, 0);
    assert.equal(cli('list').err, '');
    assert.match(cli('verify').out, /^log intact: 1 record\(s\) in 1 file\(s\)/);
  });

  it('names a file standing where the log folder should be, for every reading command (exit 2), and add keeps the record', () => {
    writeFileSync(join(t.dir, 'journal'), 'not a folder');
    for (const cmd of [['list'], ['verify'], ['export', '--out', join(t.dir, 'r.md')]]) {
      const r = cli(...cmd);
      assert.equal(r.code, 2, cmd.join(' '));
      assert.match(r.err, /the log folder .*journal is a file, not a folder: move that file aside/, cmd.join(' '));
    }
    const add = cli('add', '--summary', 'Ne pas perdre');
    assert.equal(add.code, 2);
    assert.match(add.err, /cannot write the project log in .*journal: it is a file, not a folder\nyour record was kept in .*pending/);
    assert.equal(readFileSync(join(t.dir, 'journal'), 'utf8'), 'not a folder', 'the file is left as it was');
  });

  it('says what to write when --at is not a date, about the flag (exit 2), and writes nothing', () => {
    for (const at of ['yesterday', '20/11/2026', '2026-11-20 14:30']) {
      const r = cli('add', '--summary', 'Appel', '--at', at);
      assert.equal(r.code, 2, at);
      assert.match(r.err, new RegExp(`--at "${at.replace(/[/]/g, '\\/')}": write the day as YYYY-MM-DD \\(e\\.g\\. \\d{4}-\\d{2}-\\d{2}\\), or the day and time as \\d{4}-\\d{2}-\\d{2}T14:30`), r.err);
    }
    assert.equal(cli('add', '--summary', 'Appel', '--at', '2026-11-20T14:30').code, 0, 'a day and time without offset is still taken');
    assert.equal(cli('list', '--format', 'json').out.match(/"summary"/g)?.length, 1, 'only the valid one was written');
  });

  it('adds records with every field as a flag, lists them as text and JSON, filtered', () => {
    let r = cli('add', '--at', '2026-03-02T14:30:00+01:00', '--channel', 'call', '--direction', 'from-client', '--participant', 'Julie',
      '--summary', 'Appel : la date de livraison', '--quote', 'Il nous faut le site avant Noël', '--decision', 'Livraison le 15',
      '--commitment', 'me: envoyer le planning @2026-03-05', '--commitment', 'client: send the photos', '--next-contact', '2026-03-09',
      '--tag', 'planning', '--format', 'json');
    assert.equal(r.code, 0, r.err);
    const first = JSON.parse(r.out);
    assert.deepEqual(first.commitments, [{ by: 'me', what: 'envoyer le planning', due: '2026-03-05', state: 'open' },
      { by: 'client', what: 'send the photos', state: 'open' }]);
    assert.ok(existsSync(join(t.dir, 'journal/cli-test.jsonl')), 'written in the profile\'s logFolder, in the writer\'s file');
    r = cli('add', '--at', '2026-04-01', '--kind', 'lesson', '--summary', 'Put revision rounds in writing');
    assert.equal(r.code, 0, r.err);
    r = cli('add', '--kind', 'amendment', '--at', '2026-04-02', '--amends', first.id, '--set', 'summary=Appel : livraison avancée', '--summary', 'précision');
    assert.equal(r.code, 0, r.err);
    r = cli('add', '--kind', 'commitment-update', '--at', '2026-03-05', '--commitment-ref', `${first.id}#0`, '--state', 'done', '--summary', 'planning envoyé');
    assert.equal(r.code, 0, r.err);
    r = cli('list');
    assert.equal(r.code, 0);
    assert.equal(r.out.trim().split('\n').length, 4);
    assert.match(r.out, /Appel : livraison avancée.*\(amended\)/);
    r = cli('list', '--tag', 'planning', '--format', 'json');
    assert.deepEqual(JSON.parse(r.out).map((x: { id: string }) => x.id), [first.id]);
    r = cli('list', '--kind', 'lesson', '--since', '2026-03-10');
    assert.match(r.out, /lesson/);
    assert.equal(r.out.trim().split('\n').length, 1);
  });

  it('verify: exit 0 when intact, 0 with the torn record reported, 1 naming the broken record', () => {
    let r = cli('verify');
    assert.equal(r.code, 0);
    assert.match(r.out, /^no log in .*journal yet/, 'no log: said so, not "intact"');
    mkdirSync(join(t.dir, 'journal'));
    cpSync(join(FIX, 'torn-tail/w-fixture.jsonl'), join(t.dir, 'journal/w-fixture.jsonl'));
    r = cli('verify');
    assert.equal(r.code, 1, 'a cut last line with no write under way is damage');
    assert.match(r.out, /error: journal\/w-fixture.jsonl:6: line 6, the last one, is cut/);
    writeFileSync(join(t.dir, 'journal/w-fixture.jsonl.lock'), '999999\nother-host\nn\n'); // the interrupted writer's lock
    r = cli('verify');
    assert.equal(r.code, 0);
    assert.match(r.out, /warning: journal\/w-fixture.jsonl:6: line 6, the last one, holds an incomplete record/);
    cpSync(join(FIX, 'edited/w-fixture.jsonl'), join(t.dir, 'journal/w-fixture.jsonl'));
    r = cli('verify');
    assert.equal(r.code, 1);
    const id = JSON.parse(readFileSync(join(FIX, 'valid/w-fixture.jsonl'), 'utf8').split('\n')[2]!).id;
    assert.match(r.out, new RegExp(`error: journal/w-fixture.jsonl:3: record ${id} \\(line 3\\) was changed`));
    assert.match(r.out, /log BROKEN/);
  });

  it('exports Markdown and HTML in the profile language, escaping what the log holds', () => {
    cli('add', '--at', '2026-03-02', '--summary', '<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>', '--tag', 't');
    let r = cli('export', '--out', join(t.dir, 'revue.html'));
    assert.equal(r.code, 0, r.err);
    const html = readFileSync(join(t.dir, 'revue.html'), 'utf8');
    assert.match(html, /<html lang="fr">/);
    assert.match(html, /Chronologie/);
    assert.ok(!/<script|<img|href=/i.test(html));
    assert.match(html, /&#60;script&#62;/);
    r = cli('export', '--out', join(t.dir, 'revue.md'), '--lang', 'en', '--tag', 't');
    const md = readFileSync(join(t.dir, 'revue.md'), 'utf8');
    assert.match(md, /# Project log for review/);
    assert.ok(!md.includes('<script') && !md.includes('](javascript'));
  });

  it('bad usage exits 2 with a clear message', () => {
    for (const [args, msg] of [
      [['add', '--channel', 'fax', '--summary', 'x'], /--channel must be one of/],
      [['add', '--channel', 'call'], /--summary is required/],
      [['add', '--summary', 'x', '--commitment', 'someone'], /--commitment "someone": Write “me: what @when” or “client: what @when”/],
      [['add', '--summary', 'x', '--commitment', 'moi: corriger le réglage @la semaine prochaine'], /--commitment "moi: corriger le réglage @la semaine prochaine": .*is a period, not a day/],
      [['add', '--summary', 'x', '--at', 'yesterday'], /--at "yesterday": write the day as YYYY-MM-DD/],
      [['add', '--summary', 'x', '--note', '../outside.md'], /outside the workspace/],
      [['list', '--since', 'March'], /--since expects a real day as YYYY-MM-DD/],
      [['export', '--out', 'x.pdf'], /--out must end with .md or .html/],
      [['export'], /--out FILE is required/],
      [['frobnicate'], /unknown command/],
    ] as [string[], RegExp][]) {
      const r = cli(...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.out}${r.err}`);
      assert.match(r.err, msg);
    }
  });

  it('keeps the record when the log folder cannot be written, and takes it back with --from-json', () => {
    writeFileSync(join(t.dir, 'journal'), 'a file where the folder should be');
    let r = cli('add', '--summary', 'ne pas perdre ceci', '--at', '2026-03-02');
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot write the project log/);
    const kept = readdirSync(join(cfg, 'pending')).map(f => join(cfg, 'pending', f));
    assert.equal(kept.length, 1);
    assert.match(readFileSync(kept[0]!, 'utf8'), /ne pas perdre ceci/);
    assert.match(r.err, /liaison log add --from-json/);
    writeFileSync(join(t.dir, '.liaison/profile.json'), JSON.stringify({ client: { name: 'B' }, project: 'P', freelancer: { name: 'A' }, logFolder: 'journal2' }));
    r = cli('add', '--from-json', kept[0]!);
    assert.equal(r.code, 0, r.err);
    assert.match(cli('list').out, /ne pas perdre ceci/);
  });

  it('has --help for each subcommand', () => {
    for (const sub of ['add', 'list', 'verify', 'export']) {
      const r = cli(sub, '--help');
      assert.equal(r.code, 0);
      assert.match(r.out, new RegExp(`Usage: liaison log ${sub}`));
    }
  });
});
