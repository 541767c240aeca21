// The review export: what a lawyer or the client would read, and that nothing in it can run.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { loadLog, appendRecord } from '../../../src/node/log-store.js';
import { buildReport } from '../../../src/core/log/report.js';
import { fixedClock } from '../../../src/core/ports.js';
import { renderHtml, recordHtml } from '../../../src/core/log/export-html.js';
import { renderMarkdown } from '../../../src/core/log/export-markdown.js';
import { effectiveRecords } from '../../../src/core/log/query.js';
import { LABELS } from '../../../src/core/log/labels.js';
import { tempDir, exchange } from './helpers/tmp.js';

const FIX = join(__dirname, '../../fixtures/logs');
const EVIL = {
  summary: '<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3))',
  quotes: ['"><svg onload=alert(4)>', '<a href="javascript:alert(5)">x</a>'],
  tags: ['<b>t</b>', 'x`y'],
  participants: ['<iframe src=//evil>'],
  decisions: ['# heading\n- injected list'],
  commitments: [{ by: 'me' as const, what: '<style>body{display:none}</style>', state: 'open' as const }],
  notes: [{ path: 'notes/<x>.md', sha256: 'a'.repeat(64) }],
};

describe('log export', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => { t = tempDir(); });
  afterEach(() => t.cleanup());

  it('HTML: self-contained, strict CSP, no script, every log field inert', async () => {
    await appendRecord(t.dir, exchange(EVIL), { writer: 'w' });
    const html = renderHtml(buildReport(loadLog(t.dir), { lang: 'en', project: '<b>P</b>' }));
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[A-Za-z0-9+/=]+&#39;; img-src &#39;none&#39;; script-src &#39;none&#39;/);
    // Only our own tags: no script, iframe, img, svg, anchor, a second style, event handler or URL.
    assert.ok(!/<(script|iframe|img|svg|a|link|object|embed|form)\b/i.test(html), 'no active element');
    assert.equal((html.match(/<style/g) ?? []).length, 1);
    assert.ok(!/<[a-z][^>]*\son\w+\s*=/i.test(html), 'no event handler attribute on a real tag');
    assert.ok(!/<[a-z][^>]*\s(href|src|action)\s*=/i.test(html), 'no URL attribute on a real tag');
    assert.ok(html.includes('&#60;script&#62;alert(1)&#60;/script&#62;'), 'shown as text');
    assert.ok(!/https?:\/\//.test(html.replace('http-equiv', '')), 'no external resource');
  });

  it('the CSP hash matches the stylesheet, so the page is styled without unsafe-inline', async () => {
    const html = renderHtml(buildReport(loadLog(join(FIX, 'valid')), { lang: 'en' }));
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const { createHash } = await import('node:crypto');
    assert.ok(html.includes(`sha256-${createHash('sha256').update(css).digest('base64')}`));
    assert.match(css, /@media print/);
  });

  it('Markdown: no raw HTML, no link, no heading or list injected by a field', async () => {
    await appendRecord(t.dir, exchange(EVIL), { writer: 'w' });
    const md = renderMarkdown(buildReport(loadLog(t.dir), { lang: 'en' }));
    assert.ok(!/<(script|img|svg|a|iframe|style|b)\b/i.test(md));
    assert.ok(!md.includes('](javascript'));
    assert.ok(!/^# heading/m.test(md) && !/^- injected/m.test(md));
    assert.ok(md.includes('\\[click\\]\\(javascript:alert\\(3\\)\\)'));
  });

  it('contains the timeline, decisions, commitments and their fate, quotes, lessons, verdict and last hash, in French', () => {
    const log = loadLog(join(FIX, 'valid'));
    const rep = buildReport(log, { lang: 'fr', project: 'Site', client: 'Boulangerie', clock: fixedClock(new Date('2026-03-01T00:00:00Z')) });
    const md = renderMarkdown(rep);
    for (const s of ['# Journal du projet pour revue', '## Chronologie', '## Décisions', 'Two revision rounds', '## Engagements et leur suite',
      'Send the mock-ups', 'ouvert (en retard)', '## Les mots du client', "It's still not right", '## Leçons tirées',
      'Fixer le nombre de révisions', 'Intact : chaque entrée', rep.lastRecord!.hash]) assert.ok(md.includes(s), s);
    const html = renderHtml(rep);
    assert.match(html, /<html lang="fr">/);
    assert.ok(html.includes(rep.lastRecord!.hash));
    assert.ok(html.includes('Maquettes envoyées'));
  });

  it('filters by date range and tag, and reports a broken log in the verdict', () => {
    const rep = buildReport(loadLog(join(FIX, 'valid')), { lang: 'en', filter: { since: '2026-02-01', tags: ['revisions'] } });
    assert.deepEqual(rep.records.map(r => r.record.summary), ['Client wants a sixth revision']);
    const broken = buildReport(loadLog(join(FIX, 'edited')), { lang: 'en' });
    assert.equal(broken.verdict, 'broken');
    assert.match(renderMarkdown(broken), /BROKEN: the log was changed[\s\S]*## Integrity findings[\s\S]*was changed after it was written/);
  });

  it('names the integrity findings in the language of the export (French for a French review)', () => {
    const fr = buildReport(loadLog(join(FIX, 'edited')), { lang: 'fr' });
    assert.match(renderMarkdown(fr), /a été modifiée après son écriture\u00a0: son contenu ne correspond plus à son empreinte/);
    assert.doesNotMatch(renderMarkdown(fr), /was changed after it was written/);
    assert.match(renderHtml(fr), /a été modifiée après son écriture/);
  });

  it('the record fragment used by the webview escapes every field too', async () => {
    await appendRecord(t.dir, exchange(EVIL), { writer: 'w' });
    const [e] = effectiveRecords(loadLog(t.dir).records);
    const frag = recordHtml(e!, LABELS.en);
    assert.ok(!/<(script|img|svg|a|iframe|style)\b/i.test(frag));
  });
});
