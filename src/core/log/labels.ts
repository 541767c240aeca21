// Words the export and the record view print, in the profile's language.
import type { Lang } from '../ports.js';
import type { Channel, CommitmentState, Direction, Kind, Side } from './record.js';

export interface Labels {
  title: string; project: string; client: string; period: string; allDates: string; tags: string; generated: string;
  integrity: string; intact: string; intactWarn: string; broken: string; lastHash: string; noRecords: string;
  timeline: string; decisions: string; commitments: string; quotes: string; lessons: string; issues: string;
  when: string; channel: string; direction: string; participants: string; summary: string; nextContact: string;
  notes: string; amendedBy: string; amends: string; by: string; what: string; due: string; state: string; fate: string;
  overdue: string; record: string; line: string; file: string; hash: string; changed: string; updatedOn: string;
  witnesses: string; witnessesWhy: string; noWitness: string; anchorProves: string; timestampProves: string;
  witnessHolds: string; witnessFails: string; kindAnchor: string; kindTimestamp: string;
  kinds: Record<Kind, string>; channels: Record<Channel, string>; directions: Record<Direction, string>;
  sides: Record<Side, string>; states: Record<CommitmentState, string>;
}

export const LABELS: Record<Lang, Labels> = {
  en: {
    title: 'Project log for review', project: 'Project', client: 'Client', period: 'Period', allDates: 'all dates', tags: 'Tags',
    generated: 'Generated', integrity: 'Integrity',
    intact: 'Intact: every record matches its hash and follows the one before it. The chain alone cannot show records removed from the end, nor a log rewritten by its owner: the witnesses below can.',
    intactWarn: 'Readable, with warnings: no record was found changed, but read the integrity findings before relying on this log.',
    broken: 'BROKEN: the log was changed after it was written (see the integrity findings).',
    witnesses: 'Witnesses', noWitness: 'No witness: this log has not been anchored outside this machine, so it proves nothing against a rewrite by its owner.',
    witnessesWhy: 'A hash chain proves nothing against whoever holds the files: they can rewrite it and recompute every hash. A witness is a reference to the log\'s state held by someone else; a rewrite before it no longer reproduces it.',
    anchorProves: 'the state of the log with {0} record(s) was given out; whoever holds this reference can check that none of them was changed or removed since (liaison log verify --anchor REF)',
    timestampProves: 'a timestamp authority signed the digest of the log on this date: the records it covers existed then, unchanged',
    witnessHolds: 'still reproduced by this log', witnessFails: 'NOT reproduced: the history before it was changed', kindAnchor: 'anchor', kindTimestamp: 'RFC 3161 timestamp',
    lastHash: 'Hash of the last record', noRecords: 'No record in this period.',
    timeline: 'Timeline', decisions: 'Decisions', commitments: 'Commitments and their fate', quotes: "The client's own words",
    lessons: 'Lessons learned', issues: 'Integrity findings',
    when: 'When', channel: 'Channel', direction: 'Direction', participants: 'Participants', summary: 'Summary', nextContact: 'Next contact',
    notes: 'Notes sent', amendedBy: 'Amended by', amends: 'Amends', by: 'By', what: 'What', due: 'Due', state: 'State', fate: 'Fate',
    overdue: 'overdue', record: 'Record', line: 'line', file: 'file', hash: 'Hash', changed: 'changed', updatedOn: 'updated on',
    kinds: { exchange: 'Exchange', decision: 'Decision', 'commitment-update': 'Commitment update', lesson: 'Lesson', amendment: 'Amendment' },
    channels: { email: 'Email', call: 'Call', meeting: 'Meeting', chat: 'Chat', letter: 'Letter', other: 'Other' },
    directions: { 'from-client': 'From the client', 'to-client': 'To the client', internal: 'Internal note' },
    sides: { me: 'Us', client: 'Client' },
    states: { open: 'open', done: 'done', dropped: 'dropped' },
  },
  fr: {
    title: 'Journal du projet pour revue', project: 'Projet', client: 'Client', period: 'Période', allDates: 'toutes les dates', tags: 'Étiquettes',
    generated: 'Généré le', integrity: 'Intégrité',
    intact: 'Intact : chaque entrée correspond à son empreinte et suit la précédente. La chaîne seule ne peut montrer ni des entrées retirées à la fin, ni un journal réécrit par son propriétaire : les témoins ci-dessous le peuvent.',
    intactWarn: 'Lisible, avec avertissements : aucune entrée modifiée n’a été trouvée, mais lisez les constats d’intégrité avant de vous fier à ce journal.',
    broken: 'ROMPU : le journal a été modifié après son écriture (voir les constats d’intégrité).',
    witnesses: 'Témoins', noWitness: 'Aucun témoin : ce journal n’a jamais été ancré hors de cette machine ; il ne prouve donc rien contre une réécriture par son propriétaire.',
    witnessesWhy: 'Une chaîne d’empreintes ne prouve rien contre qui détient les fichiers : il peut la réécrire et recalculer chaque empreinte. Un témoin est une référence à l’état du journal détenue par quelqu’un d’autre ; une réécriture antérieure ne la reproduit plus.',
    anchorProves: 'l’état du journal à {0} entrée(s) a été transmis ; qui détient cette référence peut vérifier qu’aucune n’a été modifiée ni retirée depuis (liaison log verify --anchor REF)',
    timestampProves: 'une autorité d’horodatage a signé l’empreinte du journal à cette date : les entrées couvertes existaient alors, telles quelles',
    witnessHolds: 'toujours reproduite par ce journal', witnessFails: 'NON reproduite : l’historique antérieur a été modifié', kindAnchor: 'ancre', kindTimestamp: 'horodatage RFC 3161',
    lastHash: 'Empreinte de la dernière entrée', noRecords: 'Aucune entrée sur cette période.',
    timeline: 'Chronologie', decisions: 'Décisions', commitments: 'Engagements et leur suite', quotes: 'Les mots du client',
    lessons: 'Leçons tirées', issues: 'Constats d’intégrité',
    when: 'Quand', channel: 'Canal', direction: 'Sens', participants: 'Participants', summary: 'Résumé', nextContact: 'Prochain contact',
    notes: 'Notes envoyées', amendedBy: 'Corrigée par', amends: 'Corrige', by: 'Par', what: 'Quoi', due: 'Échéance', state: 'État', fate: 'Suite',
    overdue: 'en retard', record: 'Entrée', line: 'ligne', file: 'fichier', hash: 'Empreinte', changed: 'modifié', updatedOn: 'mis à jour le',
    kinds: { exchange: 'Échange', decision: 'Décision', 'commitment-update': 'Suivi d’engagement', lesson: 'Leçon', amendment: 'Correction' },
    channels: { email: 'Courriel', call: 'Appel', meeting: 'Réunion', chat: 'Messagerie', letter: 'Courrier', other: 'Autre' },
    directions: { 'from-client': 'Du client', 'to-client': 'Au client', internal: 'Note interne' },
    sides: { me: 'Nous', client: 'Client' },
    states: { open: 'ouvert', done: 'tenu', dropped: 'abandonné' },
  },
};
