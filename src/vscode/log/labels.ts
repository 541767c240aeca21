// (lazy part) Words for pickers and views, through vscode.l10n (French in l10n/src/log.fr.json).
import * as vscode from 'vscode';
import type { Channel, CommitmentState, Direction, Kind } from '../../core/log/record';
import { pluralForm } from '../../core/l10n/plural';
import type { Lang } from '../../core/ports';
import type { LogWorkspace } from './workspace';

export const channelLabel = (c: Channel): string => ({
  email: vscode.l10n.t('Email'), call: vscode.l10n.t('Call'), meeting: vscode.l10n.t('Meeting'),
  chat: vscode.l10n.t('Chat'), letter: vscode.l10n.t('Letter'), other: vscode.l10n.t('Other'),
})[c];

export const directionLabel = (d: Direction): string => ({
  'from-client': vscode.l10n.t('From the client'), 'to-client': vscode.l10n.t('To the client'), internal: vscode.l10n.t('Internal note'),
})[d];

export const kindLabel = (k: Kind): string => ({
  exchange: vscode.l10n.t('Exchange'), decision: vscode.l10n.t('Decision'), 'commitment-update': vscode.l10n.t('Commitment update'),
  lesson: vscode.l10n.t('Lesson'), amendment: vscode.l10n.t('Amendment'),
})[k];

export const stateLabel = (s: CommitmentState): string => ({
  open: vscode.l10n.t('Open'), done: vscode.l10n.t('Done'), dropped: vscode.l10n.t('Dropped'),
})[s];

/** Who holds a commitment: the freelancer's and the client's names from the profile. */
export const sideLabel = (by: 'me' | 'client', ws?: Pick<LogWorkspace, 'profile'>): string =>
  (by === 'me' ? ws?.profile?.freelancer.name || vscode.l10n.t('Me') : ws?.profile?.client.name || vscode.l10n.t('Client'));

/** The display language, for choosing a plural form of an l10n key ("1 record" / "2 records"). */
export const displayLang = (): Lang => (vscode.env.language.toLowerCase().startsWith('fr') ? 'fr' : 'en');
export const isOne = (n: number): boolean => pluralForm(displayLang(), n) === 'one';

export const recordsLabel = (n: number): string => (isOne(n) ? vscode.l10n.t('{0} record', n) : vscode.l10n.t('{0} records', n));
export const workingDaysLabel = (n: number): string => (isOne(n) ? vscode.l10n.t('{0} working day', n) : vscode.l10n.t('{0} working days', n));

/** "today", "tomorrow", "in 3 days", "yesterday", "3 days ago". */
export function relativeDays(n: number): string {
  if (n === 0) return vscode.l10n.t('today');
  if (n === 1) return vscode.l10n.t('tomorrow');
  if (n === -1) return vscode.l10n.t('yesterday');
  if (n > 0) return vscode.l10n.t('in {0} days', n);
  return vscode.l10n.t('{0} days ago', -n);
}
