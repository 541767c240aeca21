// Bad input around the log, as a user meets it (the built dist/cli.js): a writer file linked to
// outside the workspace is refused by every log command, an append after damaged lines says the
// log is damaged and how to check it, and a --from-json file that is not JSON is named by line:column.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../log/helpers/tmp.js';

const CLI = join(__dirname, '../../..', 'dist', 'cli.js');
const FIXTURE = join(__dirname, '../../fixtures/logs/valid/w-fixture.jsonl');

describe('liaison log: bad input around the log (dist/cli.js)', function () {
  this.timeout(60_000);
  let t: ReturnType<typeof tempDir>;
  let ws: string, log: string, cfg: string;
  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, 'log', ...args, '--dir', ws], {
      encoding: 'utf8', env: { ...process.env, LIAISON_WRITER: 'w-cli', LIAISON_CONFIG_DIR: cfg, NO_COLOR: '1' },
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  beforeEach(() => {
    t = tempDir('liaison-robust-');
    ws = join(t.dir, 'ws');
    log = join(ws, '.liaison', 'log');
    cfg = join(t.dir, 'cfg');
    mkdirSync(log, { recursive: true });
  });
  afterEach(() => t.cleanup());

  it('refuses a writer file that is a symbolic link out of the workspace, in every log command, reading and writing nothing', () => {
    const outside = join(t.dir, 'elsewhere.jsonl');
    copyFileSync(FIXTURE, outside);
    symlinkSync(outside, join(log, 'w-cli.jsonl'));
    const before = readFileSync(outside, 'utf8');
    for (const args of [['verify'], ['list'], ['search', 'revisions'], ['export', '--out', join(t.dir, 'x.md')], ['add', '--summary', 'Call about the invoice']]) {
      const r = cli(...args);
      assert.equal(r.code, 2, `${args[0]}: ${r.err}${r.out}`);
      assert.match(r.err, /log file \.liaison\/log\/w-cli\.jsonl leads outside the workspace \(a symbolic link to .*elsewhere\.jsonl\); nothing was read or written/, args[0]);
      assert.doesNotMatch(r.out, /Kick-off|record\(s\)/, `${args[0]} printed nothing from the linked file`);
    }
    assert.equal(readFileSync(outside, 'utf8'), before, 'the linked file was not written');
  });

  it('still reads a writer file linked to another file inside the workspace', () => {
    mkdirSync(join(ws, 'archive'));
    copyFileSync(FIXTURE, join(ws, 'archive', 'w-fixture.jsonl'));
    symlinkSync(join(ws, 'archive', 'w-fixture.jsonl'), join(log, 'w-fixture.jsonl'));
    const r = cli('verify', '--no-git');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /log intact: 5 record\(s\)/);
  });

  it('warns that the log is damaged, and how to check it, when an append follows damaged lines', () => {
    assert.equal(cli('add', '--summary', 'First call').code, 0);
    appendFileSync(join(log, 'w-cli.jsonl'), 'garbage put here by a tool\n');
    const r = cli('add', '--summary', 'Second call');
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /warning: the log is damaged: the last line of w-cli\.jsonl is not a readable record; this record is written after it\. See what is wrong with: liaison log verify/);
    assert.match(r.out, /logged /, 'the record is not lost');
    const v = cli('verify', '--no-git');
    assert.equal(v.code, 1);
    assert.match(v.out, /w-cli\.jsonl:2: line 2 is not readable JSON/);
  });

  it('says an interrupted last write is noted by the next record, and stays quiet on a healthy log', () => {
    assert.equal(cli('add', '--summary', 'First call').code, 0);
    const quiet = cli('add', '--summary', 'Second call');
    assert.equal(quiet.err, '', 'no warning on a healthy log');
    appendFileSync(join(log, 'w-cli.jsonl'), '{"at":"2026-03-02T10:00:00+01:00","kind":"exch');
    const r = cli('add', '--summary', 'Third call');
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /the last line of w-cli\.jsonl is not a readable record \(an interrupted write; this record notes it\)/);
    assert.equal(cli('verify', '--no-git').code, 0, 'an acknowledged torn write is a warning');
  });

  it('names the line and column of the first JSON error in a --from-json file (EN and FR text alike)', () => {
    const file = join(t.dir, 'record.json');
    const cases: [string, RegExp][] = [
      ['{\n  "kind": "exchange",\n  "at": 2026-03-02,\n  "summary": "Appel"\n}\n', /record\.json:3:13: not valid JSON: a "," is missing before this/],
      ['{"kind": "exchange", "summary": «Réunion» }', /record\.json:1:33: not valid JSON: this is not JSON \(strings need double quotes\)/],
      ['{\n  "kind": "exchange",\n  "summary": "Call",\n}\n', /record\.json:4:1: not valid JSON: a property name in double quotes is expected here/],
      ['{"kind": "exchange", "summary": "Call"', /record\.json:1:39: not valid JSON: a closing "}" is missing/],
    ];
    for (const [text, want] of cases) {
      writeFileSync(file, text);
      const r = cli('add', '--from-json', file);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, want);
      assert.match(r.err, /fix the file .* and run the command again/);
    }
    assert.match(cli('add', '--from-json', join(t.dir, 'missing.json')).err, /--from-json .*missing\.json: no such file/);
  });
});
