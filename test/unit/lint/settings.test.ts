// One configuration resolution for CLI and editor: profile lint.rules, then the nearest .liaisonrc*.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSystem, toPortPath } from '../../../src/node/file-system.js';
import { findProfileRoot, resolveLintSettings } from '../../../src/core/lint/settings.js';

describe('lint settings (profile + nearest .liaisonrc*)', () => {
  let dir: string;
  beforeEach(() => {
    dir = toPortPath(mkdtempSync(join(tmpdir(), 'liaison-settings-')));
    mkdirSync(join(dir, '.liaison'));
    mkdirSync(join(dir, 'notes/fr'), { recursive: true });
    writeFileSync(join(dir, '.liaison/profile.json'), JSON.stringify({
      client: { name: 'Cabinet Dufresne' }, project: 'Site', freelancer: { name: 'Alex' }, lang: 'fr',
      lint: { rules: { 'vague-timing': 'error', 'shouting': 'off' } },
    }));
    writeFileSync(join(dir, 'notes/fr/.liaisonrc.yaml'), 'rules:\n  vague-timing: warning\n  sarcasm: loud\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the profile above a note, merges its rules with the nearest .liaisonrc*, later wins', async () => {
    assert.equal(await findProfileRoot(nodeFileSystem, `${dir}/notes/fr`), dir);
    const s = await resolveLintSettings(nodeFileSystem, `${dir}/notes/fr/2026-11-20-incident.md`, dir);
    assert.equal(s.profile?.lang, 'fr');
    assert.equal(s.config.rules['vague-timing']?.severity, 'warning', '.liaisonrc wins over the profile');
    assert.equal(s.config.rules.shouting?.severity, 'off', 'the profile rule stays');
    assert.deepEqual(s.problems.map(p => `${p.source?.split('/').pop()}: ${p.path}`), ['.liaisonrc.yaml: rules.sarcasm']);
  });

  it('a note beside no .liaisonrc gets the profile rules; an invalid profile is a problem with its key path', async () => {
    const s = await resolveLintSettings(nodeFileSystem, `${dir}/notes/2026-11-20-status.md`, dir);
    assert.equal(s.config.rules['vague-timing']?.severity, 'error');
    writeFileSync(join(dir, '.liaison/profile.json'), JSON.stringify({ client: { name: 'C' }, project: 'P', freelancer: { name: 'A' }, cadenceDays: 'weekly' }));
    const bad = await resolveLintSettings(nodeFileSystem, `${dir}/notes/2026-11-20-status.md`, dir);
    assert.ok(bad.problems.some(p => p.source === '.liaison/profile.json' && /cadenceDays/.test(p.path)), JSON.stringify(bad.problems));
  });
});
