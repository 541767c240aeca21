// Registers the templates feature's commands and providers.
import type * as vscode from 'vscode';

export function registerTemplates(_context: vscode.ExtensionContext): void {
  // filled in by the templates feature
}
