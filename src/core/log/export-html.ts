// The review export and the record view as HTML: self-contained, printable, no script, every log
// field escaped. The export's Content-Security-Policy allows only its own stylesheet (by hash).
import { escapeHtml as h } from './escape.js';
import { pureSha256 } from './sha256.js';
import { LABELS, type Labels } from './labels.js';
import type { Report } from './report.js';
import type { EffectiveRecord } from './query.js';
import { amendmentLines } from './amend-view.js';
import type { Lang } from '../ports.js';
import { issueText } from './chain.js';

export const STYLE = `
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}
h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #ccc;margin-top:2rem}h3{font-size:1rem;margin:0 0 .3rem}
.meta{list-style:none;padding:0}.verdict{padding:.5rem .8rem;border-radius:4px;font-weight:600}
.intact{background:#e6f4ea;color:#13491f}.warn{background:#fff4d6;color:#5c4100}.broken{background:#fde7e9;color:#7a0010}
.rec{border-left:3px solid #888;padding:.3rem .8rem;margin:1rem 0;break-inside:avoid}
.rec.from-client{border-color:#b35c00}.rec.to-client{border-color:#1f5fa8}.rec.internal{border-color:#777}
blockquote{margin:.3rem 0;padding:.2rem .8rem;border-left:3px solid #ccc;color:#333;font-style:italic}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
code{font-family:ui-monospace,Consolas,monospace;font-size:.85em;word-break:break-all}
.small{color:#555;font-size:.85em}.overdue{color:#a30015;font-weight:600}
@media print{body{margin:0;max-width:none}.rec{page-break-inside:avoid}a{color:inherit;text-decoration:none}}
`;

const when = (iso: string) => h(iso.replace('T', ' ').slice(0, 16));
const list = (items: string[]) => (items.length ? `<ul>${items.map(i => `<li>${i}</li>`).join('')}</ul>` : '');

/** One record as an HTML fragment (used by the export and by the read-only record view). */
export function recordHtml(e: EffectiveRecord, L: Labels, lang: Lang = 'en'): string {
  const r = e.record;
  const head = [L.kinds[r.kind], r.channel && L.channels[r.channel], r.direction && L.directions[r.direction]].filter(Boolean).join(' · ');
  const rows: string[] = [];
  if (r.participants?.length) rows.push(`<strong>${h(L.participants)}</strong>: ${r.participants.map(h).join(', ')}`);
  for (const d of r.decisions ?? []) rows.push(`<strong>${h(L.decisions)}</strong>: ${h(d)}`);
  for (const c of r.commitments ?? []) rows.push(`<strong>${h(L.commitments)}</strong>: ${h(L.sides[c.by])}: ${h(c.what)}${c.due ? ` (${h(L.due)} ${h(c.due)})` : ''} — ${h(L.states[c.state])}`);
  if (r.nextContact) rows.push(`<strong>${h(L.nextContact)}</strong>: ${h(r.nextContact)}`);
  if (r.tags?.length) rows.push(`<strong>${h(L.tags)}</strong>: ${r.tags.map(t => `<code>${h(t)}</code>`).join(' ')}`);
  // Note links are shown as text: a path, never an href, so nothing in the log becomes a link.
  for (const n of r.notes ?? []) rows.push(`<strong>${h(L.notes)}</strong>: <code>${h(n.path)}</code> <span class="small">sha256 <code>${h(n.sha256)}</code></span>`);
  if (r.amends) rows.push(`<strong>${h(L.amends)}</strong>: <code>${h(r.amends)}</code>`);
  if (e.amendedBy.length) rows.push(`<strong>${h(L.amendedBy)}</strong>: ${e.amendedBy.map(a => `<code>${h(a)}</code>`).join(', ')}`);
  for (const a of amendmentLines(e, lang, L.sides.me, L.sides.client)) for (const x of a.items) rows.push(`<strong>${h(a.label)}</strong> — ${h(x)}`);
  return `<article class="rec ${h(r.direction ?? '')}">` +
    `<h3>${when(r.at)} — ${h(head)}</h3>` +
    `<p>${h(r.summary)}</p>` +
    (r.quotes ?? []).map(q => `<blockquote>${h(q)}</blockquote>`).join('') +
    list(rows) +
    `<p class="small">${h(L.record)} <code>${h(r.id)}</code> · ${h(L.hash)} <code>${h(r.hash)}</code>` +
    `${e.intact ? '' : ` · <span class="overdue">${h(L.changed)}</span>`}</p></article>`;
}

function cspHash(css: string): string {
  return `'sha256-${pureSha256.base64(css)}'`;
}

/** A whole HTML page around a body; `styleSrc` is the CSP style source (hash in the export, nonce in a webview). */
export function htmlPage(lang: Lang, title: string, body: string, csp: string, styleAttr = ''): string {
  return `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${h(csp)}">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${h(title)}</title><style${styleAttr}>${STYLE}</style></head>\n<body>\n${body}\n</body></html>\n`;
}

export function renderHtml(rep: Report): string {
  const L = LABELS[rep.lang];
  const period = rep.filter.since || rep.filter.until ? `${rep.filter.since ?? '…'} → ${rep.filter.until ?? '…'}` : L.allDates;
  const [cls, verdict] = rep.verdict === 'intact' ? ['intact', L.intact] : rep.verdict === 'broken' ? ['broken', L.broken] : ['warn', L.intactWarn];
  const meta: string[] = [];
  if (rep.project) meta.push(`<li><strong>${h(L.project)}</strong>: ${h(rep.project)}</li>`);
  if (rep.client) meta.push(`<li><strong>${h(L.client)}</strong>: ${h(rep.client)}</li>`);
  meta.push(`<li><strong>${h(L.period)}</strong>: ${h(period)}</li>`);
  if (rep.filter.tags?.length) meta.push(`<li><strong>${h(L.tags)}</strong>: ${rep.filter.tags.map(h).join(', ')}</li>`);
  meta.push(`<li><strong>${h(L.generated)}</strong>: ${h(rep.generated)}</li>`);
  if (rep.lastRecord) meta.push(`<li><strong>${h(L.lastHash)}</strong>: <code>${h(rep.lastRecord.hash)}</code> (${h(rep.lastRecord.id)})</li>`);
  // The verdict comes first: a broken log says so before anything else.
  const parts = [`<h1>${h(L.title)}</h1>`, `<p class="verdict ${cls}">${h(L.integrity)}: ${h(verdict)}</p>`,
    `<ul class="meta">${meta.join('')}</ul>`];
  if (rep.issues.length) parts.push(`<h2>${h(L.issues)}</h2>`, list(rep.issues.map(i => `${h(i.file)}, ${h(L.line)} ${i.line}: ${h(issueText(i, rep.lang))}`)));
  parts.push(`<h2>${h(L.witnesses)}</h2>`, `<p class="small">${h(L.witnessesWhy)}</p>`);
  parts.push(rep.witnesses.length ? list(rep.witnesses.map(w => `${when(w.issued)} · ${h(w.kind)} <code>${h(w.ref)}</code>` +
    `${w.channel ? ` · ${h(w.channel)}` : ''}${w.note ? ` · ${h(w.note)}` : ''}: ${h(w.proves)}` +
    `${w.status ? ` <strong>${h(w.status)}</strong>` : ''}`)) : `<p>${h(L.noWitness)}</p>`);
  parts.push(`<h2>${h(L.timeline)}</h2>`);
  parts.push(rep.records.length ? rep.records.map(e => recordHtml(e, L, rep.lang)).join('\n') : `<p>${h(L.noRecords)}</p>`);
  parts.push(`<h2>${h(L.decisions)}</h2>`, list(rep.decisions.map(d => `${h(d.record.record.at.slice(0, 10))}: ${h(d.text)}`)));
  parts.push(`<h2>${h(L.commitments)}</h2>`);
  if (rep.commitments.length) {
    parts.push(`<table><thead><tr><th>${h(L.by)}</th><th>${h(L.what)}</th><th>${h(L.due)}</th><th>${h(L.fate)}</th></tr></thead><tbody>` +
      rep.commitments.map(c => `<tr><td>${h(L.sides[c.commitment.by])}</td><td>${h(c.commitment.what)}</td><td>${h(c.commitment.due ?? '')}</td>` +
        `<td${c.overdue ? ' class="overdue"' : ''}>${h(L.states[c.state])}${c.overdue ? ` (${h(L.overdue)})` : ''}` +
        `${c.history.length ? `, ${h(L.updatedOn)} ${h(c.history[c.history.length - 1]!.at.slice(0, 10))}` : ''}</td></tr>`).join('') +
      `</tbody></table>`);
  }
  parts.push(`<h2>${h(L.quotes)}</h2>`, rep.quotes.map(q => `<blockquote>${h(q.text)}<br><span class="small">— ${h(q.record.record.at.slice(0, 10))}</span></blockquote>`).join(''));
  parts.push(`<h2>${h(L.lessons)}</h2>`, list(rep.lessons.map(l => `${h(l.record.at.slice(0, 10))}: ${h(l.record.summary)}`)));
  // No script, no external resource: only the stylesheet below, allowed by its hash.
  const csp = `default-src 'none'; style-src ${cspHash(STYLE)}; img-src 'none'; script-src 'none'; form-action 'none'; base-uri 'none'`;
  return htmlPage(rep.lang, `${L.title}${rep.project ? ' — ' + rep.project : ''}`, parts.join('\n'), csp);
}
