// Registers the lint feature's commands and providers.
import type * as vscode from 'vscode';

export function registerLint(_context: vscode.ExtensionContext): void {
  // filled in by the lint feature
}
