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
  kinds: Record<Kind, string>; channels: Record<Channel, string>; directions: Record<Direction, string>;
  sides: Record<Side, string>; states: Record<CommitmentState, string>;
}

export const LABELS: Record<Lang, Labels> = {
  en: {
    title: 'Project log for review', project: 'Project', client: 'Client', period: 'Period', allDates: 'all dates', tags: 'Tags',
    generated: 'Generated', integrity: 'Integrity', intact: 'Intact: every record matches its hash and the chain is complete.',
    intactWarn: 'Intact, with warnings: no record is missing or changed.', broken: 'BROKEN: the log was changed after it was written.',
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
    generated: 'Généré le', integrity: 'Intégrité', intact: 'Intact : chaque entrée correspond à son empreinte et la chaîne est complète.',
    intactWarn: 'Intact, avec avertissements : aucune entrée ne manque ni n’a été modifiée.', broken: 'ROMPU : le journal a été modifié après son écriture.',
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
