import assert from 'node:assert/strict';
import { parseProfile } from '../../../src/core/config/profile.js';

describe('profile', () => {
  const valid = { client: { name: 'Cabinet Dufresne' }, project: 'Site', freelancer: { name: 'Alex' } };

  it('fills defaults for a minimal profile', () => {
    const { profile, problems } = parseProfile(JSON.stringify(valid));
    assert.deepEqual(problems, []);
    assert.equal(profile?.cadenceDays, 7);
    assert.equal(profile?.notesFolder, 'notes');
  });

  it('names the key path of each problem', () => {
    const { problems } = parseProfile(JSON.stringify({ ...valid, client: {}, cadenceDays: 0, colour: 'red' }));
    const paths = problems.map(p => p.path).sort();
    assert.deepEqual(paths, ['cadenceDays', 'client.name', 'colour']);
  });

  it('reports broken JSON instead of throwing', () => {
    const { profile, problems } = parseProfile('{ "client": ');
    assert.equal(profile, undefined);
    assert.match(problems[0].message, /not valid JSON/);
  });
});
