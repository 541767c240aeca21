import { strict as assert } from 'node:assert';
import { awaitingAnswer, commitments, effectiveRecords, filterRecords, groupByMonth, nextContact, updateCadence } from '../../../src/core/log/query.js';
import { workingDaysBetween } from '../../../src/core/log/dates.js';
import { cadenceStatus, lastToClientDay, looseProfile } from '../../../src/core/log/status-scan.js';
import { PROFILE_DEFAULTS } from '../../../src/core/config/profile.js';
import { appendRecord, loadLog } from '../../../src/node/log-store.js';
import { tempDir, exchange } from './helpers/tmp.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('log queries', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => { t = tempDir(); });
  afterEach(() => t.cleanup());

  async function sample() {
    const w = { writer: 'w' };
    const kick = await appendRecord(t.dir, exchange({ at: '2026-01-12T10:00:00+01:00', summary: 'Kick-off', tags: ['Kickoff'],
      commitments: [{ by: 'me', what: 'Send mock-ups', due: '2026-01-20', state: 'open' }, { by: 'client', what: 'Envoyer les photos', due: '2026-03-01', state: 'open' }] }), w);
    await appendRecord(t.dir, exchange({ at: '2026-01-19T16:00:00+01:00', direction: 'to-client', summary: 'Mock-ups sent', nextContact: '2026-01-26' }), w);
    await appendRecord(t.dir, { kind: 'commitment-update', at: '2026-01-19T16:05:00+01:00', summary: 'done', commitment: { record: kick.id, index: 0, state: 'done' } }, w);
    await appendRecord(t.dir, exchange({ at: '2026-02-05T09:00:00+01:00', summary: 'Client asks for a sixth revision', quotes: ['Still not right'] }), w);
    await appendRecord(t.dir, { kind: 'lesson', at: '2026-02-06T18:00:00+01:00', summary: 'Fix revision rounds in writing' }, w);
    return effectiveRecords(loadLog(t.dir).records);
  }

  it('commitments of both sides with their fate and overdue state', async () => {
    const list = commitments(await sample(), '2026-03-02');
    assert.deepEqual(list.map(c => [c.commitment.by, c.state, c.overdue]), [['me', 'done', false], ['client', 'open', true]]);
    assert.equal(list[0]!.history.length, 1);
  });

  it('client messages awaiting an answer after N working days', async () => {
    const recs = await sample();
    // 2026-02-05 is a Thursday: Friday and Monday are 2 working days.
    assert.equal(workingDaysBetween('2026-02-05', '2026-02-09'), 2);
    const w = awaitingAnswer(recs, '2026-02-06', 2);
    assert.deepEqual(w.map(x => [x.record.summary, x.workingDays, x.overdue]), [['Client asks for a sixth revision', 1, false]]);
    assert.equal(awaitingAnswer(recs, '2026-02-09', 2)[0]!.overdue, true);
  });

  it('next contact, cadence, month groups and filters', async () => {
    const recs = await sample();
    assert.deepEqual(nextContact(recs, '2026-01-20'), { date: '2026-01-26', record: recs[1]!.record, daysLeft: 6 });
    assert.deepEqual(updateCadence(recs, '2026-01-29', 7), { lastSent: '2026-01-19', days: 10, overdue: true });
    assert.deepEqual(groupByMonth(recs).map(g => [g.month, g.records.length]), [['2026-02', 2], ['2026-01', 3]]);
    assert.equal(filterRecords(recs, { tags: ['kickoff'] }).length, 1, 'tags match case-insensitively');
    assert.equal(filterRecords(recs, { since: '2026-02-01', kinds: ['lesson'] }).length, 1);
    assert.equal(filterRecords(recs, { until: '2026-01-19' }).length, 3);
  });

  it('the status bar scan agrees with the store and uses the profile defaults', async () => {
    await sample();
    const text = readFileSync(join(t.dir, 'w.jsonl'), 'utf8');
    assert.equal(lastToClientDay([text + '{"torn']), '2026-01-19');
    assert.deepEqual(cadenceStatus('2026-01-19', '2026-01-29', 7, true), { days: 10, overdue: true });
    assert.deepEqual(cadenceStatus(undefined, '2026-01-29', 7, false), { overdue: false });
    const d = looseProfile(undefined);
    assert.deepEqual(d, { cadenceDays: PROFILE_DEFAULTS.cadenceDays, logFolder: PROFILE_DEFAULTS.logFolder, responseDays: PROFILE_DEFAULTS.responseDays });
    assert.equal(looseProfile('{"cadenceDays":14,"logFolder":"journal"}').cadenceDays, 14);
    assert.equal(looseProfile('{not json').logFolder, '.liaison/log');
  });
});
