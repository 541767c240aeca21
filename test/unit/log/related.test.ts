// Answer calmly: earlier records on the same subject with a neutral lead, and the pause suggestion.
import { strict as assert } from 'node:assert';
import { effectiveRecords } from '../../../src/core/log/query.js';
import { buildIndex } from '../../../src/core/log/search.js';
import { dayMonth, relatedRecords } from '../../../src/core/log/related.js';
import { pauseSuggestion } from '../../../src/core/log/pause.js';
import { chain, history, parsed } from './helpers/search-log.js';

describe('related records and the pause suggestion', () => {
  const idx = buildIndex(effectiveRecords(parsed(history())));
  const incoming = chain([...history(), { id: 'new', kind: 'exchange', at: '2026-11-20T10:00:00+01:00', channel: 'email', direction: 'from-client',
    summary: 'Julie again', quotes: ['Deux révisions par maquette, vraiment ? Et la version mobile ?'] }]).at(-1)!;

  it('offers the earlier records on the same subject, with a neutral lead in the reply\'s language', () => {
    const fr = relatedRecords(idx, incoming, { lang: 'fr' });
    assert.deepEqual(fr.map(r => [r.entry.record.id, r.shared]), [
      ['r1', ['julie', 'deux', 'revisions', 'maquette']], ['r2', ['julie', 'revisions', 'version', 'mobile']], ['r4', ['julie', 'revisions', 'maquette', 'mobile']]]);
    assert.equal(fr[0]!.lead, 'Le 14 septembre, nous avions convenu ceci\u00a0: Deux révisions incluses par maquette');
    const en = relatedRecords(idx, incoming, { lang: 'en' });
    assert.match(en.find(r => r.entry.record.id === 'r4')!.lead, /^On 12 November you wrote: “On n’a jamais parlé/);
    assert.ok(en.every(r => r.entry.record.id !== 'new' && r.entry.record.at < incoming.at), 'only earlier records, never itself');
  });

  it('offers nothing when no earlier record shares the subject', () => {
    const other = chain([{ id: 'z', kind: 'exchange', at: '2026-11-20T10:00:00Z', direction: 'from-client', summary: 'Parking downtown', quotes: ['Where do I park?'] }])[0]!;
    assert.deepEqual(relatedRecords(idx, other), []);
  });

  it('writes dates as people read them', () => {
    assert.equal(dayMonth('2026-11-12T10:00:00Z', 'en'), '12 November');
    assert.equal(dayMonth('2026-11-01T10:00:00Z', 'fr'), '1er novembre');
    assert.equal(dayMonth('2025-08-03T10:00:00Z', 'fr', '2026'), '3 août 2025');
  });

  it('suggests a pause for tone findings or soon after an upset message; never otherwise', () => {
    const now = new Date('2026-11-20T10:20:00Z');
    const base = { replyFindings: [], lastClientMessageAt: '2026-11-20T10:05:00Z', upset: true, now, minutes: 30 };
    const soon = pauseSuggestion({ ...base, lang: 'fr' })!;
    assert.equal(soon.reason, 'soon-after-upset');
    assert.match(soon.message, /il y a 15\u00a0min\. Rien ne vous empêche d’envoyer/);
    assert.equal(pauseSuggestion({ ...base, upset: false }), undefined);
    assert.equal(pauseSuggestion({ ...base, now: new Date('2026-11-20T10:40:00Z') }), undefined, 'the pause has passed');
    const tone = pauseSuggestion({ ...base, upset: false, replyFindings: [{ ruleId: 'sarcasm' }, { ruleId: 'vague-timing' }, { ruleId: 'sarcasm' }] })!;
    assert.deepEqual([tone.reason, tone.toneRules], ['tone', ['sarcasm']]);
    assert.match(tone.message, /^This reply still has tone findings \(sarcasm\)\. Nothing stops you sending it/);
    assert.equal(pauseSuggestion({ ...base, minutes: 0, replyFindings: [{ ruleId: 'shouting' }] }), undefined, '0 turns it off');
    assert.equal(pauseSuggestion({ ...base, upset: false, replyFindings: [{ ruleId: 'vague-timing' }] }), undefined, 'not a tone rule');
  });
});
