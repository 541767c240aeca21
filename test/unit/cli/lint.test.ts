// `liaison lint` as a user runs it: the built CLI in a child process, each format and exit code.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'dist/cli.js');
const BAD_EN = '---\ntype: status\ndate: 2026-11-20\n---\n# Weekly update\n\nThe login page is done.\n';
const BAD_FR = '---\ntype: incident\ndate: 2026-11-20\n---\n# Imprévu\n\n## Ce qui s\'est passé\nLe serveur est tombé.\n';

function run(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [cli, 'lint', ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', LIAISON_TODAY: '2026-11-20' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('liaison lint (CLI)', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'liaison-cli-'));
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes/status.md'), BAD_EN);
    writeFileSync(join(dir, 'notes/imprevu.markdown'), BAD_FR);
    writeFileSync(join(dir, 'README.txt'), 'not markdown');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stylish: reports warnings with rule ids, exit 0 when there is no error', () => {
    const r = run(dir, '--no-color');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /notes\/status\.md/);
    assert.match(r.out, /next-contact-date/);
    assert.match(r.out, /incident-options/);
  });

  it('exit 0 and no output on good notes', () => {
    const good = join(dir, 'good');
    cpSync(join(root, 'test/fixtures/lint/good'), good, { recursive: true });
    const r = run(dir, 'good', '--no-color');
    assert.equal(r.code, 0, r.out + r.err);
    assert.equal(r.out.trim(), '');
  });

  it('json: one object per file with path and messages; error severity from .liaisonrc.json gives exit 1', () => {
    writeFileSync(join(dir, 'notes/.liaisonrc.json'), JSON.stringify({ rules: { 'next-contact-date': 'error' } }));
    const r = run(dir, 'notes', '--format', 'json');
    assert.equal(r.code, 1, r.err);
    const report = JSON.parse(r.out) as Array<{ path: string; messages: Array<Record<string, unknown>> }>;
    assert.deepEqual(report.map(f => f.path).sort(), ['notes/imprevu.markdown', 'notes/status.md']);
    const status = report.find(f => f.path === 'notes/status.md')!;
    const m = status.messages.find(x => x.ruleId === 'next-contact-date')!;
    assert.equal(m.severity, 'error');
    for (const key of ['ruleId', 'line', 'column', 'endLine', 'endColumn', 'severity', 'message', 'url']) assert.ok(key in m, key);
    // The rule doc shipped in the package, openable offline.
    assert.equal(m.url, pathToFileURL(join(root, 'docs/rules/next-contact-date.md')).href);
    assert.match(readFileSync(fileURLToPath(String(m.url)), 'utf8'), /^## Why$/m);
    assert.ok(status.messages.some(x => x.severity === 'warning'));
  });

  it('sarif: 2.1.0 with rules (help with the why) and results (ruleId, level, relative uri, region)', () => {
    const r = run(dir, '--format', 'sarif');
    assert.equal(r.code, 0, r.err);
    const log = JSON.parse(r.out);
    assert.equal(log.version, '2.1.0');
    const run0 = log.runs[0];
    assert.equal(run0.tool.driver.name, 'liaison');
    const ids = run0.tool.driver.rules.map((x: { id: string }) => x.id);
    assert.ok(ids.includes('next-contact-date') && ids.includes('required-sections'));
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.equal(run0.tool.driver.version, pkg.version);
    for (const rule of run0.tool.driver.rules) {
      assert.equal(rule.helpUri, undefined, 'no web page to link to');
      assert.ok(existsSync(join(root, `docs/rules/${rule.id}.md`)), `${rule.id}: doc shipped`);
      assert.match(rule.help.markdown, new RegExp(`docs/rules/${rule.id}\\.md`));
    }
    const next = run0.tool.driver.rules.find((x: { id: string }) => x.id === 'next-contact-date');
    assert.match(next.help.text, /silence/, 'the why is in the help');
    assert.ok(run0.results.length > 0);
    for (const res of run0.results) {
      assert.ok(ids.includes(res.ruleId));
      assert.equal(run0.tool.driver.rules[res.ruleIndex].id, res.ruleId);
      assert.ok(['error', 'warning'].includes(res.level));
      const loc = res.locations[0].physicalLocation;
      assert.ok(!loc.artifactLocation.uri.startsWith('/'), 'relative uri');
      assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1 && loc.region.endLine >= loc.region.startLine);
    }
  });

  it('--max-warnings: exit 1 above the limit, 0 at or under it', () => {
    assert.equal(run(dir, '--max-warnings', '0', '--no-color').code, 1);
    assert.equal(run(dir, '--max-warnings', '1000', '--no-color').code, 0);
  });

  it('--quiet: only errors are reported', () => {
    const r = run(dir, '--quiet', '--format', 'json');
    assert.equal(r.code, 0);
    const report = JSON.parse(r.out) as Array<{ messages: unknown[] }>;
    assert.equal(report.reduce((n, f) => n + f.messages.length, 0), 0);
  });

  it('--lang fr: messages in French', () => {
    const r = run(dir, 'notes/status.md', '--lang', 'fr', '--no-color');
    assert.match(r.out, /Le client ne sait pas quand il aura de vos nouvelles/);
  });

  it('.liaisonignore is honoured', () => {
    writeFileSync(join(dir, '.liaisonignore'), 'notes/imprevu.markdown\n');
    const r = run(dir, '--format', 'json');
    const report = JSON.parse(r.out) as Array<{ path: string }>;
    assert.deepEqual(report.map(f => f.path), ['notes/status.md']);
  });

  it('invalid config: a lint-config finding naming the key path, no crash', () => {
    writeFileSync(join(dir, 'notes/.liaisonrc.yaml'), 'rules:\n  next-contact-date: loud\n  required-sections: [warning, {status: 3}]\n');
    const r = run(dir, 'notes/status.md', '--format', 'json');
    assert.equal(r.code, 1, r.err);
    const msgs = (JSON.parse(r.out) as Array<{ messages: Array<{ ruleId: string; message: string }> }>)[0]!.messages.filter(m => m.ruleId === 'lint-config');
    assert.ok(msgs.some(m => m.message.includes('rules.next-contact-date: expected off|warning|error')), JSON.stringify(msgs));
    assert.ok(msgs.some(m => m.message.includes('rules.required-sections[1].status: expected string[]')), JSON.stringify(msgs));
  });

  it('a broken .liaisonrc is reported once per run, not once per note; the exit code stays 1', () => {
    writeFileSync(join(dir, 'notes/.liaisonrc.yaml'), 'rules:\n  next-contact-date: loud\n');
    writeFileSync(join(dir, 'notes/status-2.md'), BAD_EN);
    const r = run(dir, '--format', 'json');
    assert.equal(r.code, 1, r.err);
    const report = JSON.parse(r.out) as Array<{ path: string; messages: Array<{ ruleId: string; message: string }> }>;
    assert.equal(report.length, 3);
    const config = report.flatMap(f => f.messages.filter(m => m.ruleId === 'lint-config').map(m => `${f.path}: ${m.message}`));
    assert.equal(config.length, 1, config.join('\n'));
    assert.match(config[0]!, /^notes\/imprevu\.markdown: .*rules\.next-contact-date: expected off\|warning\|error/);
    const stylish = run(dir, '--no-color');
    assert.equal(stylish.code, 1, stylish.err);
    assert.equal(stylish.out.split('expected off|warning|error').length - 1, 1, stylish.out);
  });

  it('usage and fatal errors exit 2', () => {
    assert.equal(run(dir, '--format', 'xml').code, 2);
    assert.equal(run(dir, 'missing.md').code, 2);
    assert.equal(run(dir, '--max-warnings', 'many').code, 2);
    assert.equal(run(dir, '--lang', 'de').code, 2);
  });

  it('--today (or LIAISON_TODAY) is the day notes without a date are read against; a day that does not exist exits 2', () => {
    // "Friday 27 November" is 7 days after 2026-11-20 but a year away from 2026-11-28.
    writeFileSync(join(dir, 'notes/status.md'), '---\ntype: status\n---\n# Weekly update\n\nThe login page is done.\n\n## Next update\nFriday 27 November.\n');
    const ruleIds = (r: { out: string }) => (JSON.parse(r.out) as Array<{ messages: Array<{ ruleId: string }> }>).flatMap(f => f.messages.map(m => m.ruleId));
    assert.ok(!ruleIds(run(dir, 'notes/status.md', '--format', 'json', '--today', '2026-11-20')).includes('next-contact-date'));
    assert.ok(ruleIds(run(dir, 'notes/status.md', '--format', 'json', '--today', '2026-11-28')).includes('next-contact-date'));
    const bad = run(dir, '--today', '2026-02-30');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--today.*2026-02-30.*YYYY-MM-DD/);
    const r = spawnSync(process.execPath, [cli, 'lint'], { cwd: dir, encoding: 'utf8', env: { ...process.env, LIAISON_TODAY: '2026-02-30' } });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /LIAISON_TODAY/);
  });

  it('lints client notes only: a README or other Markdown is not a note unless typed or in the notes folder', () => {
    writeFileSync(join(dir, 'README.md'), '# My project\n\nWe will fix it soon.\n');
    writeFileSync(join(dir, 'notes/README.md'), '# About these notes\n\nSoon.\n');
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs/guide.md'), '# Guide\n\nSoon.\n');
    writeFileSync(join(dir, 'docs/typed.md'), BAD_EN);
    const r = run(dir, '--format', 'json');
    assert.equal(r.code, 0, r.err);
    const paths = (JSON.parse(r.out) as Array<{ path: string }>).map(f => f.path.replace(/\\/g, '/'));
    assert.ok(paths.some(p => p.endsWith('notes/status.md')) && paths.some(p => p.endsWith('docs/typed.md')), paths.join(', '));
    assert.ok(!paths.some(p => /README\.md$|guide\.md$/.test(p)), paths.join(', '));
  });
});
