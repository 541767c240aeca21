// What the always-loaded part of the log feature hands to the lazily loaded part.
import type * as vscode from 'vscode';

export interface LogHost {
  context: vscode.ExtensionContext;
  /** Tell the views and the status bar that the log changed. */
  changed(): void;
}

export const VIEW_IDS = {
  timeline: 'liaisonLog.timeline',
  commitments: 'liaisonLog.commitments',
  awaiting: 'liaisonLog.awaiting',
  nextContact: 'liaisonLog.nextContact',
} as const;
export type LogView = keyof typeof VIEW_IDS;

/** Tree elements carry what the lazy part needs to expand them. */
export interface LogTreeItem extends vscode.TreeItem {
  month?: string;
}
