// The review export as Markdown: readable raw, every log field escaped (escape.ts).
import { escapeMarkdown as md, markdownHash } from './escape.js';
import { LABELS } from './labels.js';
import type { Report } from './report.js';
import type { EffectiveRecord } from './query.js';
import type { Lang } from '../ports.js';
import { amendmentLines } from './amend-view.js';
import { issueText } from './chain.js';

const when = (iso: string) => iso.replace('T', ' ').slice(0, 16);

function recordBlock(e: EffectiveRecord, L: (typeof LABELS)['en'], lang: Lang): string[] {
  const r = e.record;
  const head = [L.kinds[r.kind], r.channel && L.channels[r.channel], r.direction && L.directions[r.direction]].filter(Boolean).join(' · ');
  const out = [`### ${md(when(r.at))} — ${head}`, '', md(r.summary), ''];
  if (r.participants?.length) out.push(`- **${L.participants}**: ${r.participants.map(md).join(', ')}`);
  for (const q of r.quotes ?? []) out.push(`- > ${md(q)}`);
  for (const d of r.decisions ?? []) out.push(`- **${L.decisions}**: ${md(d)}`);
  for (const c of r.commitments ?? []) out.push(`- **${L.commitments}**: ${L.sides[c.by]}: ${md(c.what)}${c.due ? ` (${L.due} ${md(c.due)})` : ''}`);
  if (r.nextContact) out.push(`- **${L.nextContact}**: ${md(r.nextContact)}`);
  if (r.tags?.length) out.push(`- **${L.tags}**: ${r.tags.map(md).join(', ')}`);
  for (const n of r.notes ?? []) out.push(`- **${L.notes}**: ${md(n.path)} (sha256 ${markdownHash(n.sha256)})`);
  if (r.amends) out.push(`- **${L.amends}**: ${md(r.amends)}`);
  if (e.amendedBy.length) out.push(`- **${L.amendedBy}**: ${e.amendedBy.map(md).join(', ')}`);
  for (const a of amendmentLines(e, lang, L.sides.me, L.sides.client)) for (const x of a.items) out.push(`- **${md(a.label)}** — ${md(x)}`);
  out.push(`- ${L.record} ${md(r.id)} · ${L.hash} ${markdownHash(r.hash, 16)}${e.intact ? '' : ` · **${L.changed}**`}`, '');
  return out;
}

export function renderMarkdown(rep: Report): string {
  const L = LABELS[rep.lang];
  const period = rep.filter.since || rep.filter.until ? `${rep.filter.since ?? '…'} → ${rep.filter.until ?? '…'}` : L.allDates;
  const verdict = rep.verdict === 'intact' ? L.intact : rep.verdict === 'broken' ? L.broken : L.intactWarn;
  // A broken log says so before anything else, so no one reads the timeline first.
  const out = [`# ${L.title}`, '', `**${L.integrity}: ${verdict}**`, ''];
  if (rep.project) out.push(`- **${L.project}**: ${md(rep.project)}`);
  if (rep.client) out.push(`- **${L.client}**: ${md(rep.client)}`);
  out.push(`- **${L.period}**: ${period}`);
  if (rep.filter.tags?.length) out.push(`- **${L.tags}**: ${rep.filter.tags.map(md).join(', ')}`);
  out.push(`- **${L.generated}**: ${rep.generated}`);
  if (rep.lastRecord) out.push(`- **${L.lastHash}**: ${markdownHash(rep.lastRecord.hash)} (${md(rep.lastRecord.id)})`);
  out.push('');
  if (rep.issues.length) {
    out.push(`## ${L.issues}`, '');
    for (const i of rep.issues) out.push(`- ${md(i.file)}, ${L.line} ${i.line}: ${md(issueText(i, rep.lang))}`);
    out.push('');
  }
  out.push(`## ${L.witnesses}`, '', L.witnessesWhy, '');
  if (!rep.witnesses.length) out.push(L.noWitness, '');
  for (const w of rep.witnesses) out.push(`- ${md(w.issued.replace('T', ' ').slice(0, 16))} · ${md(w.kind)} ${md(w.ref)}${w.channel ? ` · ${md(w.channel)}` : ''}` +
    `${w.note ? ` · ${md(w.note)}` : ''}: ${md(w.proves)}${w.status ? ` **${md(w.status)}**` : ''}`);
  if (rep.witnesses.length) out.push('');
  out.push(`## ${L.timeline}`, '');
  if (!rep.records.length) out.push(L.noRecords, '');
  for (const e of rep.records) for (const line of recordBlock(e, L, rep.lang)) out.push(line);
  out.push(`## ${L.decisions}`, '');
  for (const d of rep.decisions) out.push(`- ${d.record.record.at.slice(0, 10)}: ${md(d.text)}`);
  out.push('', `## ${L.commitments}`, '');
  if (rep.commitments.length) {
    out.push(`| ${L.by} | ${L.what} | ${L.due} | ${L.fate} |`, '|---|---|---|---|');
    for (const c of rep.commitments) {
      const fate = L.states[c.state] + (c.overdue ? ` (${L.overdue})` : '') +
        (c.history.length ? `, ${L.updatedOn} ${c.history[c.history.length - 1]!.at.slice(0, 10)}` : '');
      out.push(`| ${L.sides[c.commitment.by]} | ${md(c.commitment.what)} | ${md(c.commitment.due ?? '')} | ${fate} |`);
    }
  }
  out.push('', `## ${L.quotes}`, '');
  for (const q of rep.quotes) out.push(`> ${md(q.text)}`, `> — ${q.record.record.at.slice(0, 10)}`, '');
  out.push(`## ${L.lessons}`, '');
  for (const l of rep.lessons) out.push(`- ${l.record.at.slice(0, 10)}: ${md(l.record.summary)}`);
  out.push('');
  return out.join('\n');
}
