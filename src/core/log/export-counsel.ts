// "For counsel": what a lawyer reading a dispute needs (domain brief, section 5): the parties,
// a chronology with time zones, every commitment with its due date and fate, the full text of
// each note sent and of each email kept, a hash per item and for the whole, and how to check it
// all. Lessons and internal reflections stay out: this is the record, not the diary.
import type { Lang } from '../ports.js';
import type { Profile } from '../config/profile.js';
import type { LoadedLog } from './store.js';
import { verdictOf } from './store.js';
import { LABELS } from './labels.js';
import { commitments, effectiveRecords, filterRecords, type EffectiveRecord, type LogFilter } from './query.js';
import { isoWithOffset, localDay } from './dates.js';
import { sha256Hex } from './canonical.js';
import { amendmentLines } from './amend-view.js';
import { sentDateWords } from '../send/dates.js';
import { parseEmail } from '../mail/import.js';
import type { Block, ExportDoc, Inline } from './export-doc.js';
import { witnessIssues, type WitnessInput } from './report.js';
import { issueText } from './chain.js';

export interface CounselInput {
  log: LoadedLog;
  profile?: Partial<Profile>;
  lang: Lang;
  now: Date;
  filter?: LogFilter;
  /** Current text of each sent note, by its workspace path (undefined: the file is gone). */
  noteTexts: Record<string, string | undefined>;
  /** Original bytes of each imported email, by its log-folder path (mail/<sha256>.eml). */
  originals: Record<string, Uint8Array | undefined>;
  /** The witnesses kept in the log folder and whether this log still reproduces each (the integrity text refers to them). */
  witnesses?: WitnessInput[];
  /** Awaited every 1,000 records, so the host runs other work during a big log's export. */
  turn?: () => Promise<void>;
}

const W = {
  en: {
    title: (p?: string) => `Project record for counsel${p ? ` — ${p}` : ''}`, freelancer: 'Freelancer', client: 'Client', project: 'Project',
    period: 'Period', generated: 'Generated', integrity: 'Integrity', chronology: 'Chronology (times as recorded, with their UTC offset)',
    commitments: 'Commitments: due dates and fate', decisions: 'Decisions', verify: 'Integrity and how to verify',
    notesAppendix: 'Appendix A: notes sent, full text', mailAppendix: 'Appendix B: emails kept as received',
    by: 'By', what: 'What', due: 'Due', fate: 'Fate', noDue: 'no date given', recorded: 'recorded', record: 'record', hash: 'hash',
    quote: 'In their words', sentNote: 'Note sent', email: 'Email', original: 'original',
    matches: 'The file today matches the hash recorded when it was sent.',
    differs: (h: string) => `The file has changed since it was sent: its text below no longer matches the recorded hash ${h}.`,
    missing: 'The file is no longer in the workspace; only its recorded hash remains.',
    mailMissing: 'The original file is missing from the log folder.', mailBad: 'The original file does not match its recorded hash.',
    heads: 'Last hash of each writer file', wholeHash: 'Hash of this export\'s record list (sha256 of the record hashes in order)',
    steps: [
      'In the project folder, run `liaison log verify`: it recomputes every record\'s hash and each writer\'s chain, and names any record edited, removed or reordered.',
      'Each email\'s original is the file named by its own sha256 in the log folder (mail/<sha256>.eml): `sha256sum` of the file gives its name back.',
      'Each note\'s text in Appendix A hashes (sha256, UTF-8) to the value recorded when it was sent.',
      'The hashes above can be compared with any copy kept elsewhere (a pushed git history, a copy sent to the client).',
    ],
    states: { open: 'open', done: 'kept', dropped: 'dropped' }, overdue: 'overdue', on: 'on', noneYet: 'not updated',
    headers: { from: 'From', to: 'To', cc: 'Cc', date: 'Date', subject: 'Subject', messageId: 'Message-ID', inReplyTo: 'In-Reply-To', file: 'Original' },
  },
  fr: {
    title: (p?: string) => `Dossier du projet pour l’avocat${p ? ` — ${p}` : ''}`, freelancer: 'Prestataire', client: 'Client', project: 'Projet',
    period: 'Période', generated: 'Généré', integrity: 'Intégrité', chronology: 'Chronologie (heures telles qu’enregistrées, avec leur décalage UTC)',
    commitments: 'Engagements\u00a0: échéances et suite donnée', decisions: 'Décisions', verify: 'Intégrité et vérification',
    notesAppendix: 'Annexe A\u00a0: notes envoyées, texte intégral', mailAppendix: 'Annexe B\u00a0: courriels conservés tels que reçus',
    by: 'Par', what: 'Quoi', due: 'Échéance', fate: 'Suite', noDue: 'sans date', recorded: 'enregistré', record: 'entrée', hash: 'empreinte',
    quote: 'Dans ses mots', sentNote: 'Note envoyée', email: 'Courriel', original: 'original',
    matches: 'Le fichier actuel correspond à l’empreinte enregistrée à l’envoi.',
    differs: (h: string) => `Le fichier a changé depuis l’envoi\u00a0: son texte ci-dessous ne correspond plus à l’empreinte enregistrée ${h}.`,
    missing: 'Le fichier n’est plus dans l’espace de travail\u00a0; seule son empreinte enregistrée demeure.',
    mailMissing: 'Le fichier original manque dans le dossier du journal.', mailBad: 'Le fichier original ne correspond pas à son empreinte enregistrée.',
    heads: 'Dernière empreinte de chaque fichier de rédacteur', wholeHash: 'Empreinte de la liste des entrées de cet export (sha256 des empreintes dans l’ordre)',
    steps: [
      'Dans le dossier du projet, lancez `liaison log verify`\u00a0: la commande recalcule l’empreinte de chaque entrée et la chaîne de chaque rédacteur, et nomme toute entrée modifiée, supprimée ou déplacée.',
      'L’original de chaque courriel est le fichier nommé par sa propre empreinte sha256 dans le dossier du journal (mail/<sha256>.eml)\u00a0: `sha256sum` du fichier redonne son nom.',
      'Le texte de chaque note de l’annexe A a pour empreinte (sha256, UTF-8) la valeur enregistrée à l’envoi.',
      'Ces empreintes peuvent être comparées à toute copie conservée ailleurs (historique git publié, copie envoyée au client).',
    ],
    states: { open: 'ouvert', done: 'tenu', dropped: 'abandonné' }, overdue: 'en retard', on: 'le', noneYet: 'pas de mise à jour',
    headers: { from: 'De', to: 'À', cc: 'Cc', date: 'Date', subject: 'Objet', messageId: 'Message-ID', inReplyTo: 'En réponse à', file: 'Original' },
  },
} as const;

const who = (p: Partial<Profile> | undefined, side: 'freelancer' | 'client'): string => {
  if (side === 'freelancer') {
    const f = p?.freelancer;
    return [f?.name, f?.business && f.business !== f.name ? f.business : undefined, f?.email].filter(Boolean).join(', ');
  }
  const c = p?.client;
  return [c?.name, c?.contact, c?.email].filter(Boolean).join(', ');
};

export async function counselExport(input: CounselInput): Promise<ExportDoc> {
  const { lang, log, profile } = input;
  const w = W[lang];
  const L = LABELS[lang];
  const all = effectiveRecords(log.records);
  const filter = input.filter ?? {};
  const records = filterRecords(all, filter).filter(e => e.record.kind !== 'lesson');
  const inRange = new Set(records.map(r => r.record.id));
  const me = profile?.freelancer?.name ?? L.sides.me;
  const them = profile?.client?.name ?? L.sides.client;
  const when = (iso: string) => sentDateWords(iso, lang);
  const issues = [...log.issues, ...witnessIssues(input.witnesses)];
  const verdict = verdictOf(issues);

  const turn = input.turn ?? (() => Promise.resolve());
  const chronology: Block[] = [];
  for (const e of records) if (chronology.push(chronologyEntry(e, lang, me, them)) % 1000 === 0) await turn();
  const views = commitments(all, localDay(input.now)).filter(c => inRange.has(c.record.id));
  const table: Inline[][][] = views.map(c => {
    const last = c.history[c.history.length - 1];
    return [[c.commitment.by === 'me' ? me : them], [c.commitment.what], [c.commitment.due ?? w.noDue],
      [`${w.states[c.state]}${c.overdue ? ` (${w.overdue})` : ''}${last ? `, ${w.on} ${when(last.at)}` : ''}`]];
  });
  const decisions: Inline[][] = records.flatMap(e => (e.record.decisions ?? []).map(d => [`${when(e.record.at)}: ${d}`]));

  const notes: Block[] = [];
  const mails: Block[] = [];
  let seen = 0;
  for (const e of records) {
    if (++seen % 1000 === 0) await turn();
    for (const n of e.record.direction === 'to-client' ? e.record.notes ?? [] : []) {
      const text = input.noteTexts[n.path];
      const state = text === undefined ? w.missing : sha256Hex(text) === n.sha256 ? w.matches : w.differs(n.sha256);
      notes.push({ sub: `${n.title ?? n.path} — ${when(e.record.at)}`, blocks: [
        { p: [{ strong: w.hash }, ': ', { code: n.sha256 }] }, { p: [state] }, ...(text !== undefined ? [{ pre: text }] : []),
      ] });
    }
    const m = e.record.email;
    if (!m) continue;
    const bytes = input.originals[m.file];
    const ok = bytes !== undefined && sha256Hex(bytes) === m.sha256;
    const body = ok ? (await parseEmail(bytes).catch(() => undefined)) : undefined;
    const H = w.headers;
    mails.push({ sub: `${m.subject || m.messageId} — ${when(m.date)}`, blocks: [
      { list: [[{ strong: H.from }, ': ', m.from], [{ strong: H.to }, ': ', m.to.join(', ')], ...(m.cc?.length ? [[{ strong: H.cc }, ': ', m.cc.join(', ')]] : []),
        [{ strong: H.date }, ': ', `${when(m.date)} (${m.date})`], [{ strong: H.subject }, ': ', m.subject], [{ strong: H.messageId }, ': ', { code: m.messageId }],
        ...(m.inReplyTo ? [[{ strong: H.inReplyTo }, ': ', { code: m.inReplyTo }]] : []),
        [{ strong: H.file }, ': ', { code: m.file }, ` (sha256 `, { code: m.sha256 }, ')']] as Inline[][] },
      ...(bytes === undefined ? [{ p: [w.mailMissing] }] : !ok ? [{ p: [w.mailBad] }] : []),
      ...(body ? [{ pre: body.fullText }] : []),
    ] });
  }

  const heads = Object.entries(log.heads).map(([file, hash]): Inline[] => [`${file}: `, { code: hash }]);
  const whole = sha256Hex(records.map(e => e.record.hash).join('\n'));
  const period = filter.since || filter.until ? `${filter.since ?? '…'} → ${filter.until ?? '…'}` : L.allDates;
  const verdictText = verdict === 'intact' ? L.intact : verdict === 'broken' ? L.broken : L.intactWarn;
  return {
    lang, title: w.title(profile?.project),
    meta: [
      ...(who(profile, 'freelancer') ? [[w.freelancer, [who(profile, 'freelancer')]] as [string, Inline[]]] : []),
      ...(who(profile, 'client') ? [[w.client, [who(profile, 'client')]] as [string, Inline[]]] : []),
      ...(profile?.project ? [[w.project, [profile.project]] as [string, Inline[]]] : []),
      [w.period, [period]], [w.generated, [when(isoWithOffset(input.now))]], [w.integrity, [verdictText]],
    ],
    sections: [
      { heading: w.chronology, blocks: chronology },
      { heading: w.commitments, blocks: [{ table: { head: [w.by, w.what, w.due, w.fate], rows: table } }] },
      { heading: w.decisions, blocks: [{ list: decisions }] },
      { heading: w.verify, blocks: [
        { p: [verdictText] },
        { list: issues.map(i => [`${i.file}${i.line ? `, ${L.line} ${i.line}` : ''}: ${issueText(i, lang)}`]) },
        { p: [{ strong: w.wholeHash }, ': ', { code: whole }] },
        { sub: w.heads, blocks: [{ list: heads }] },
        { sub: L.witnesses, blocks: witnessBlocks(input.witnesses ?? [], lang) },
        // Steps about appendices only when there is one to check.
        { list: w.steps.filter((_, i) => (i !== 1 || mails.length > 0) && (i !== 2 || notes.length > 0)).map(s => [s]) },
      ] },
      { heading: w.notesAppendix, blocks: notes },
      { heading: w.mailAppendix, blocks: mails },
    ],
  };
}

function chronologyEntry(e: EffectiveRecord, lang: Lang, me: string, them: string): Block {
  const r = e.record;
  const L = LABELS[lang];
  const w = W[lang];
  const dir = r.direction === 'from-client' ? `${them} → ${me}` : r.direction === 'to-client' ? `${me} → ${them}` : r.direction ? L.directions[r.direction] : '';
  const head = [sentDateWords(r.at, lang), [L.kinds[r.kind], r.channel && L.channels[r.channel], dir].filter(Boolean).join(' · ')].join(' — ');
  const items: Inline[][] = [];
  if (r.participants?.length) items.push([{ strong: L.participants }, ': ', r.participants.join(', ')]);
  for (const d of r.decisions ?? []) items.push([{ strong: L.decisions }, ': ', d]);
  for (const c of r.commitments ?? []) items.push([{ strong: L.commitments }, ': ', `${c.by === 'me' ? me : them}: ${c.what}${c.due ? ` (${w.due} ${c.due})` : ''}`]);
  if (r.nextContact) items.push([{ strong: L.nextContact }, ': ', r.nextContact]);
  for (const n of r.notes ?? []) items.push([{ strong: w.sentNote }, ': ', n.title ?? n.path, ' (sha256 ', { code: n.sha256 }, ')']);
  if (r.email) items.push([{ strong: w.email }, ': ', r.email.subject, ` (${w.original} `, { code: r.email.file }, ')']);
  if (r.amends) items.push([{ strong: L.amends }, ': ', { code: r.amends }]);
  if (e.amendedBy.length) items.push([{ strong: L.amendedBy }, ': ', { code: e.amendedBy.join(', ') }]);
  for (const a of amendmentLines(e, lang, me, them)) for (const x of a.items) items.push([{ strong: a.label }, ' — ', x]);
  items.push([`${w.record} `, { code: r.id }, `, ${w.recorded} ${sentDateWords(r.recorded, lang)}, ${w.hash} `, { code: r.hash }, e.intact ? '' : ` (${L.changed})`]);
  return { sub: head, blocks: [{ p: [r.summary] }, ...(r.quotes ?? []).map(q => ({ quote: q, cite: w.quote })), { list: items }] };
}

/** The witnesses: what each proves and whether it holds; without one, that the log proves nothing against its owner. */
function witnessBlocks(list: readonly WitnessInput[], lang: Lang): Block[] {
  const L = LABELS[lang];
  if (!list.length) return [{ p: [L.witnessesWhy] }, { p: [L.noWitness] }];
  return [{ p: [L.witnessesWhy] }, { list: list.map((x): Inline[] => [
    `${sentDateWords(x.issued, lang)} · ${x.kind === 'anchor' ? L.kindAnchor : L.kindTimestamp} `, { code: x.ref },
    x.channel && x.channel !== 'timestamp' ? ` · ${x.channel}` : '', x.note ? ` · ${x.note}` : '',
    `: ${(x.kind === 'anchor' ? L.anchorProves : L.timestampProves).replace('{0}', String(x.records))}`,
    ...(x.holds === undefined ? [] : [' — ', { strong: x.holds ? L.witnessHolds : L.witnessFails }]),
  ]) }];
}
