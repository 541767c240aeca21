// Registers the log feature's commands and providers.
import type * as vscode from 'vscode';

export function registerLog(_context: vscode.ExtensionContext): void {
  // filled in by the log feature
}
