// The two exports from the document model: escaped in both formats, no empty section, the
// client recap free of hashes, ids, file names, internal records and lessons. EN and FR.
import { strict as assert } from 'node:assert';
import { appendRecord, loadLog } from '../../../src/node/log-store.js';
import { counselExport } from '../../../src/core/log/export-counsel.js';
import { clientRecap } from '../../../src/core/log/export-client.js';
import { docToHtml, docToMarkdown } from '../../../src/core/log/export-doc.js';
import { tempDir, exchange } from './helpers/tmp.js';

const NOW = new Date(2026, 11, 7, 9, 30);
const PROFILE = { client: { name: 'Cabinet Dufresne', contact: 'Marc' }, project: 'Extranet', freelancer: { name: 'Alex Côté', business: 'Côté Web' } };

describe('exports for counsel and for the client', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(async () => {
    t = tempDir();
    const w = { writer: 'w', clock: { now: () => NOW } };
    await appendRecord(t.dir, exchange({ at: '2026-12-01T14:30:00-05:00', summary: '<script>alert(1)</script> call', decisions: ['Option **B**'],
      commitments: [{ by: 'me', what: 'Deliver <b>v2</b>', due: '2026-12-04', state: 'open' }, { by: 'client', what: 'Send the access codes', state: 'open' }] }), w);
    await appendRecord(t.dir, exchange({ at: '2026-12-02T09:00:00+01:00', direction: 'internal', summary: 'Marc is difficult' }), w);
    await appendRecord(t.dir, { kind: 'lesson', at: '2026-12-03T09:00:00+01:00', summary: 'Ask for codes earlier' }, w);
  });
  afterEach(() => t.cleanup());

  it('counsel (EN): parties, time in words with offset, chronology, fate, no empty appendix, escaped', async () => {
    const doc = await counselExport({ log: loadLog(t.dir), profile: PROFILE, lang: 'en', now: NOW, noteTexts: {}, originals: {} });
    const md = docToMarkdown(doc);
    assert.match(md, /- \*\*Freelancer\*\*: Alex Côté, Côté Web\n/);
    assert.match(md, /### Tuesday 1 December 2026 at 14:30 \\\(UTC-05:00\\\) — Exchange · Call · Cabinet Dufresne → Alex Côté/);
    assert.match(md, /\| Alex Côté \| Deliver &lt;b&gt;v2&lt;\/b&gt; \| 2026-12-04 \| open \\\(overdue\\\) \|/);
    assert.match(md, /\| Cabinet Dufresne \| Send the access codes \| no date given \| open \|/);
    assert.doesNotMatch(md, /Appendix|Ask for codes earlier|Lessons/, 'no empty appendix, no lessons');
    assert.match(md, /Marc is difficult/, 'counsel sees internal notes: they are part of the record');
    const html = docToHtml(doc);
    assert.doesNotMatch(html, /<script>alert|<b>v2/);
    assert.match(html, /&#60;script&#62;alert\(1\)&#60;\/script&#62; call/);
  });

  it('client (FR): greeting, decisions, who does what; nothing internal, no hash or id', () => {
    const doc = clientRecap({ log: loadLog(t.dir), profile: PROFILE, lang: 'fr', now: NOW });
    const md = docToMarkdown(doc);
    assert.match(md, /^# Ce que nous avons convenu\u00a0: Extranet\n/);
    assert.match(md, /Bonjour Marc,\n\nVoici le récapitulatif[^\n]*d’ici le jeudi 10 décembre 2026\./);
    assert.match(md, /## Ce que je vais faire\n\n- Deliver &lt;b&gt;v2&lt;\/b&gt; \\\(d’ici le vendredi 4 décembre 2026\\\)\n/);
    assert.match(md, /## Ce dont j’ai besoin de votre part\n\n- Send the access codes\n/);
    assert.doesNotMatch(md, /Déjà fait/, 'no empty section');
    assert.doesNotMatch(md + docToHtml(doc).replace(/<head>[\s\S]*<\/head>/, ''), /difficult|Ask for codes|[0-9a-f]{16}|sha256|\.jsonl|Entrée/);
  });
});
