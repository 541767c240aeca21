import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answersFrom, checkCadence, profileText } from '../../../src/core/config/profile-answers.js';
import { loadProfile, parseProfile } from '../../../src/core/config/profile.js';
import { nodeFileSystem } from '../../../src/node/file-system.js';

describe('profile set-up answers', () => {
  const answers = { clientName: 'Cabinet Dufresne', clientContact: 'Mme Dufresne', project: 'Site vitrine', freelancerName: 'Alex Martin', lang: 'fr' as const, cadenceDays: 5, notesFolder: 'notes' };

  it('proposes sensible defaults, from the existing profile first', () => {
    assert.deepEqual(answersFrom(undefined, { project: 'my-folder', lang: 'fr' }),
      { clientName: '', clientContact: '', project: 'my-folder', freelancerName: '', lang: 'fr', cadenceDays: 7, notesFolder: 'notes' });
    assert.equal(answersFrom({ client: { name: 'X' }, cadenceDays: 14 }, { project: 'p', lang: 'en' }).cadenceDays, 14);
  });

  it('writes a valid profile with $schema first, keeping keys the questions do not cover', () => {
    const { text, problems } = profileText({ glossary: ['API'], client: { name: 'Old', email: 'a@b.c' }, lint: { rules: {} } }, answers, 'file:///ext/schemas/profile.schema.json');
    assert.deepEqual(problems, []);
    assert.ok(text);
    assert.match(text, /^\{\n {2}"\$schema": "file:\/\/\/ext\/schemas\/profile\.schema\.json",/);
    const parsed = parseProfile(text);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.profile?.client, { name: 'Cabinet Dufresne', email: 'a@b.c', contact: 'Mme Dufresne' });
    assert.deepEqual(parsed.profile?.glossary, ['API']);
    assert.equal(parsed.profile?.cadenceDays, 5);
  });

  it('refuses to write an invalid profile and says which key', () => {
    const { text, problems } = profileText(undefined, { ...answers, clientName: ' ', cadenceDays: 90 }, 's');
    assert.equal(text, undefined);
    assert.deepEqual(problems.map(p => p.path).sort(), ['cadenceDays', 'client.name']);
  });

  it('checks the cadence as a whole number of days from 1 to 60', () => {
    assert.equal(checkCadence('7'), undefined);
    for (const bad of ['0', '61', '2.5', 'weekly', '']) assert.ok(checkCadence(bad), bad);
  });

  it('reports an invalid profile file by key path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'liaison-profile-'));
    try {
      mkdirSync(join(dir, '.liaison'));
      writeFileSync(join(dir, '.liaison/profile.json'), JSON.stringify({ client: { name: 'A', phone: 5 }, project: 'P', freelancer: { name: 'B' }, lang: 'de' }));
      const r = await loadProfile(nodeFileSystem, dir);
      assert.equal(r.ok, false);
      assert.ok(!r.ok && 'problems' in r);
      assert.deepEqual(r.problems.map(p => p.path).sort(), ['client.phone', 'lang']);
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
});
