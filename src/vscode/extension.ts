// activate(): wire the three features, nothing else. Each feature registers its commands and
// providers and loads its heavy parts (remark, chrono, the log store) only when first used.
import type * as vscode from 'vscode';
import { registerTemplates } from './templates-feature';
import { registerLint } from './lint-feature';
import { registerLog } from './log-feature';
import { registerSend } from './send-feature';
import { registerSearch } from './search-feature';

export function activate(context: vscode.ExtensionContext): void {
  registerTemplates(context);
  registerLint(context);
  registerLog(context);
  registerSend(context);
  registerSearch(context);
}

export function deactivate(): void {}
