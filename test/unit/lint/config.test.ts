// Lint configuration: validation with key paths (never a throw) and the nearest .liaisonrc*.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfigFor, mergeConfigs, normalizeConfig } from '../../../src/core/lint/config.js';
import { RULES } from '../../../src/core/lint/registry.js';
import { nodeFileSystem } from '../../../src/node/file-system.js';

describe('lint config', () => {
  it('accepts severities and [severity, options]', () => {
    const { config, problems } = normalizeConfig({ rules: { 'next-contact-date': ['error', { cadenceDays: 14 }], 'required-sections': 'off' } }, RULES);
    assert.deepEqual(problems, []);
    assert.deepEqual(config.rules['next-contact-date'], { severity: 'error', options: { cadenceDays: 14 } });
    assert.equal(config.rules['required-sections']!.severity, 'off');
  });

  it('reports each problem with its key path and keeps the rest', () => {
    const { config, problems } = normalizeConfig({
      rules: { 'next-contact-date': 'loud', 'no-such-rule': 'error', 'incident-options': ['error', { minOptions: 'two', colour: 1 }], 'risk-mitigation': 'error' },
      extra: true,
    }, RULES, '.liaisonrc.json');
    const paths = problems.map(p => `${p.path}: ${p.message.split(' (')[0]}`).sort();
    assert.deepEqual(paths, [
      'extra: unknown key',
      'rules.incident-options[1].colour: unknown option',
      'rules.incident-options[1].minOptions: expected number',
      'rules.next-contact-date: expected off|warning|error or [severity, options]',
      'rules.no-such-rule: unknown rule',
    ]);
    assert.equal(config.rules['risk-mitigation']!.severity, 'error');
    assert.equal(config.rules['incident-options']!.severity, 'error');
  });

  it('non-object input is a problem, not a throw', () => {
    assert.equal(normalizeConfig('rules', RULES).problems[0]!.path, '');
    assert.equal(normalizeConfig({ rules: [] }, RULES).problems[0]!.path, 'rules');
  });

  it('gives every problem in French too, saying what to write (EN stays for JSON)', () => {
    const { problems } = normalizeConfig({ rules: { nope: 'error', 'vague-timing': 'loud', 'next-contact-date': ['error', { cadenceDays: 'x' }] }, maxFullLintBytes: 3, extra: 1 }, RULES);
    assert.equal(problems.length, 5);
    for (const p of problems) assert.ok(p.fr && !/expected|unknown/.test(p.fr), `${p.path}: ${p.fr}`);
    const fr = Object.fromEntries(problems.map(p => [p.path, p.fr]));
    assert.match(fr['rules.vague-timing']!, /^attendu\u00a0: off, warning ou error/);
    assert.equal(fr['rules.next-contact-date[1].cadenceDays'], 'attendu\u00a0: un nombre');
    assert.match(normalizeConfig('x', RULES).problems[0]!.fr!, /un objet avec `rules`/);
  });

  it('later configs win rule by rule', () => {
    const merged = mergeConfigs({ rules: { a: { severity: 'error', options: {} }, b: { severity: 'warning', options: {} } } }, { rules: { b: { severity: 'off', options: {} } } });
    assert.deepEqual(Object.fromEntries(Object.entries(merged.rules).map(([k, v]) => [k, v.severity])), { a: 'error', b: 'off' });
  });

  describe('nearest config file (FileSystem port)', () => {
    let dir: string;
    beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'liaison-rc-')); mkdirSync(join(dir, 'notes/2026'), { recursive: true }); });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('finds .liaisonrc.yaml from the note folder upward', async () => {
      writeFileSync(join(dir, '.liaisonrc.yaml'), 'rules:\n  next-contact-date: error\n');
      const r = await loadConfigFor(nodeFileSystem, join(dir, 'notes/2026/a.md'), RULES, dir);
      assert.equal(r.file, join(dir, '.liaisonrc.yaml'));
      assert.equal(r.config.rules['next-contact-date']!.severity, 'error');
    });

    it('the nearest file wins; a broken one is a problem', async () => {
      writeFileSync(join(dir, '.liaisonrc.json'), '{"rules": {"next-contact-date": "error"}}');
      writeFileSync(join(dir, 'notes/.liaisonrc.json'), '{"rules": ');
      const r = await loadConfigFor(nodeFileSystem, join(dir, 'notes/2026/a.md'), RULES, dir);
      assert.equal(r.file, join(dir, 'notes/.liaisonrc.json'));
      assert.match(r.problems[0]!.message, /not valid JSON/);
    });

    it('stops at the workspace root', async () => {
      const r = await loadConfigFor(nodeFileSystem, join(dir, 'notes/2026/a.md'), RULES, join(dir, 'notes'));
      assert.equal(r.file, undefined);
    });
  });
});
