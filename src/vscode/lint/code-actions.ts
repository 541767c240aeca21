// Quick fixes from the fixes core findings carry (insert a missing section, a date tab stop, a
// next-contact line), "disable for this line", and fix-all (source.fixAll.liaison) for safe fixes.
import * as vscode from 'vscode';
import type { Fix } from '../../core/lint/types';
import { fixText, safeFixes } from '../../core/lint/fix';
import { findingFor, ruleIdOf, storedFindings } from './diagnostics';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('liaison');
const UNSILENCEABLE = new Set(['lint-config', 'front-matter']);

const uiLang = (): 'en' | 'fr' => (vscode.env.language.toLowerCase().startsWith('fr') ? 'fr' : 'en');

function fixEdit(doc: vscode.TextDocument, fix: Fix): vscode.WorkspaceEdit {
  const range = new vscode.Range(doc.positionAt(fix.span.start), doc.positionAt(fix.span.end));
  const edit = new vscode.WorkspaceEdit();
  if (fix.snippet) edit.set(doc.uri, [new vscode.SnippetTextEdit(range, new vscode.SnippetString(fix.text))]);
  else edit.replace(doc.uri, range, fix.text);
  return edit;
}

export class LintCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const lang = uiLang();
    if (context.only && (FIX_ALL_KIND.contains(context.only) || context.only.contains(FIX_ALL_KIND))) {
      const all = this.fixAll(doc);
      return all ? [all] : [];
    }
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      const ruleId = ruleIdOf(d);
      if (!ruleId) continue;
      const found = findingFor(doc.uri, d);
      for (const fix of found?.fixes ?? []) {
        const a = new vscode.CodeAction(fix.title[lang], vscode.CodeActionKind.QuickFix);
        a.diagnostics = [d];
        a.edit = fixEdit(doc, fix);
        a.isPreferred = fix.safe;
        actions.push(a);
      }
      if (!UNSILENCEABLE.has(ruleId)) {
        const line = doc.lineAt(d.range.start.line);
        const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
        const a = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this line', ruleId), vscode.CodeActionKind.QuickFix);
        a.diagnostics = [d];
        a.edit = new vscode.WorkspaceEdit();
        a.edit.insert(doc.uri, line.range.start, `${indent}<!-- liaison-disable-next-line ${ruleId} -->\n`);
        actions.push(a);
      }
    }
    const all = this.fixAll(doc);
    if (all && actions.length) actions.push(all);
    return actions;
  }

  /** Every safe fix of the document, as plain text, skipping overlaps (the same choice as `liaison lint --fix`). */
  private fixAll(doc: vscode.TextDocument): vscode.CodeAction | undefined {
    const fixes = safeFixes(storedFindings(doc.uri));
    if (!fixes.length) return undefined;
    const edit = new vscode.WorkspaceEdit();
    for (const fix of fixes) {
      edit.replace(doc.uri, new vscode.Range(doc.positionAt(fix.span.start), doc.positionAt(fix.span.end)), fixText(fix));
    }
    const a = new vscode.CodeAction(vscode.l10n.t('Fix all safe Liaison problems'), FIX_ALL_KIND);
    a.edit = edit;
    return a;
  }
}
