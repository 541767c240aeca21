// (lazy part) Words for pickers, through vscode.l10n (French in l10n/src/log.fr.json).
import * as vscode from 'vscode';
import type { Channel, CommitmentState, Direction, Kind } from '../../core/log/record';

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
  open: vscode.l10n.t('open'), done: vscode.l10n.t('done'), dropped: vscode.l10n.t('dropped'),
})[s];

export const sideLabel = (by: 'me' | 'client'): string => (by === 'me' ? vscode.l10n.t('Us') : vscode.l10n.t('Client'));
