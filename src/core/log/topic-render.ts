// The one-subject brief ("What was agreed about…") as Markdown and as HTML, in the review export's
// look (export-markdown.ts, export-html.ts): same stylesheet, every log field escaped.
import type { Lang } from '../ports.js';
import { escapeHtml as h, escapeMarkdown as md } from './escape.js';
import { htmlPage } from './export-html.js';
import { LABELS } from './labels.js';
import type { Topic, TopicItem } from './topic.js';

export const TOPIC_LABELS = {
  en: {
    title: 'What was agreed about', titleTag: 'What was agreed about the tag', subject: 'Subject', generated: 'Generated',
    chronology: 'In time order', none: 'Nothing in the log concerns this subject.', client: "Client's words", us: 'Our words',
    kinds: { decision: 'Decision', commitment: 'Commitment', 'client-words': 'Quote', note: 'Note sent', exchange: 'Exchange' },
    fate: 'Fate', witness: 'Witness', covered: 'covered by', notCovered: 'no witness yet (our own record only)',
    noteChanged: 'changed since sent: the file no longer matches the hash recorded when it was sent', noteMissing: 'file not found',
    owes: 'owed by', records: 'Records', colon: ': ', integrity: 'Integrity of the log',
  },
  fr: {
    title: 'Ce qui a été convenu au sujet de', titleTag: 'Ce qui a été convenu pour l’étiquette', subject: 'Sujet', generated: 'Généré le',
    chronology: 'Dans l’ordre du temps', none: 'Rien dans le journal ne concerne ce sujet.', client: 'Mots du client', us: 'Nos mots',
    kinds: { decision: 'Décision', commitment: 'Engagement', 'client-words': 'Citation', note: 'Note envoyée', exchange: 'Échange' },
    fate: 'Suite', witness: 'Témoin', covered: 'couvert par', notCovered: 'pas encore de témoin (notre seul relevé)',
    noteChanged: 'modifiée depuis l’envoi : le fichier ne correspond plus à l’empreinte relevée à l’envoi', noteMissing: 'fichier introuvable',
    owes: 'dû par', records: 'Entrées', colon: '\u00a0: ', integrity: 'Intégrité du journal',
  },
} as const;

export interface BriefMeta { lang: Lang; project?: string; client?: string; generated: string; integrity?: string }

const when = (iso: string) => iso.replace('T', ' ').slice(0, 16);

export function briefTitle(t: Topic, lang: Lang): string {
  const T = TOPIC_LABELS[lang];
  const q = lang === 'fr' ? (s: string) => `« ${s} »` : (s: string) => `“${s}”`;
  return t.query ? `${T.title} ${q(t.query)}${t.tag ? ` (${t.tag})` : ''}` : `${T.titleTag} ${q(t.tag ?? '')}`;
}

/** The lines under an item's heading, as plain text (each renderer escapes them). */
export function itemDetails(i: TopicItem, lang: Lang): string[] {
  const T = TOPIC_LABELS[lang], L = LABELS[lang];
  const out: string[] = [];
  if (i.kind === 'commitment') {
    const fate = L.states[i.state ?? 'open'] + (i.overdue ? ` (${L.overdue})` : '') + (i.updatedOn ? `, ${L.updatedOn} ${i.updatedOn}` : '');
    out.push(`${T.owes} ${L.sides[i.by ?? 'me']}${i.due ? ` · ${L.due} ${i.due}` : ''} · ${T.fate}${T.colon}${fate}`);
  }
  if (i.kind === 'note') {
    out.push(`${i.notePath ?? ''}${i.noteState === 'changed' ? ` · ${T.noteChanged}` : i.noteState === 'missing' ? ` · ${T.noteMissing}` : ''}`);
  }
  out.push(`${T.witness}${T.colon}${i.witness ? `${T.covered} ${i.witness.kind} (${when(i.witness.at)})` : T.notCovered}`);
  return out;
}

export function itemHeading(i: TopicItem, lang: Lang): string {
  const T = TOPIC_LABELS[lang], L = LABELS[lang];
  return [when(i.at), T.kinds[i.kind], i.channel && L.channels[i.channel], i.words === 'client' ? T.client : T.us].filter(Boolean).join(' · ');
}

export function renderTopicMarkdown(t: Topic, m: BriefMeta): string {
  const T = TOPIC_LABELS[m.lang], L = LABELS[m.lang];
  const out = [`# ${md(briefTitle(t, m.lang))}`, ''];
  if (m.project) out.push(`- **${L.project}**: ${md(m.project)}`);
  if (m.client) out.push(`- **${L.client}**: ${md(m.client)}`);
  out.push(`- **${T.generated}**: ${m.generated}`, `- **${T.records}**: ${t.records.length}`);
  if (m.integrity) out.push(`- **${T.integrity}**: ${md(m.integrity)}`);
  out.push('', `## ${T.chronology}`, '');
  if (!t.items.length) out.push(T.none, '');
  for (const i of t.items) {
    out.push(`### ${md(itemHeading(i, m.lang))}`, '', i.words === 'client' ? `> ${md(i.text)}` : md(i.text), '');
    for (const d of itemDetails(i, m.lang)) out.push(`- ${md(d)}`);
    out.push(`- ${L.record} \`${md(i.recordId)}\``, '');
  }
  return out.join('\n');
}

/** The brief's HTML body (the CLI wraps it with a hash CSP, the editor's view with a nonce). */
export function topicHtmlBody(t: Topic, m: BriefMeta): string {
  const T = TOPIC_LABELS[m.lang], L = LABELS[m.lang];
  const meta: string[] = [];
  if (m.project) meta.push(`<li><strong>${h(L.project)}</strong>: ${h(m.project)}</li>`);
  if (m.client) meta.push(`<li><strong>${h(L.client)}</strong>: ${h(m.client)}</li>`);
  meta.push(`<li><strong>${h(T.generated)}</strong>: ${h(m.generated)}</li>`, `<li><strong>${h(T.records)}</strong>: ${t.records.length}</li>`);
  if (m.integrity) meta.push(`<li><strong>${h(T.integrity)}</strong>: ${h(m.integrity)}</li>`);
  const items = t.items.map(i => {
    const cls = i.words === 'client' ? 'from-client' : 'to-client';
    const text = i.words === 'client' ? `<blockquote>${h(i.text)}</blockquote>` : `<p>${h(i.text)}</p>`;
    const details = itemDetails(i, m.lang).map(d => `<li>${h(d)}</li>`).join('');
    return `<article class="rec ${cls}" data-words="${i.words}"><h3>${h(itemHeading(i, m.lang))}</h3>${text}<ul>${details}</ul>` +
      `<p class="small">${h(L.record)} <code>${h(i.recordId)}</code></p></article>`;
  });
  return [`<h1>${h(briefTitle(t, m.lang))}</h1>`, `<ul class="meta">${meta.join('')}</ul>`, `<h2>${h(T.chronology)}</h2>`,
    items.length ? items.join('\n') : `<p>${h(T.none)}</p>`].join('\n');
}

export function renderTopicHtml(t: Topic, m: BriefMeta, csp: string, styleAttr = ''): string {
  return htmlPage(m.lang, briefTitle(t, m.lang), topicHtmlBody(t, m), csp, styleAttr);
}
