// Core findings -> VS Code diagnostics: the only place positions change base (offsets -> Positions).
// The diagnostic code links to the rule's doc bundled in the extension (docs/rules/<id>.md), so it
// opens offline. Fixes are kept beside the diagnostics for code-actions.
import * as vscode from 'vscode';
import type { Fix } from '../../core/lint/types';
import type { EditorFinding } from '../lazy/lint-engine';

export interface StoredFinding { diagnostic: vscode.Diagnostic; ruleId: string; fixes: Fix[]; }

const store = new Map<string, { version: number; findings: StoredFinding[] }>();

/** `extensionUri`: where the finding's `url` (relative to the package, e.g. docs/rules/<id>.md) lives. */
export function toDiagnostics(doc: vscode.TextDocument, findings: EditorFinding[], extensionUri: vscode.Uri): StoredFinding[] {
  return findings.map(f => {
    const range = new vscode.Range(doc.positionAt(f.span.start), doc.positionAt(f.span.end));
    const d = new vscode.Diagnostic(range, f.reason, f.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
    d.source = 'liaison';
    d.code = f.url ? { value: f.ruleId, target: vscode.Uri.joinPath(extensionUri, f.url) } : f.ruleId;
    return { diagnostic: d, ruleId: f.ruleId, fixes: f.fixes };
  });
}

export function publish(collection: vscode.DiagnosticCollection, uri: vscode.Uri, version: number, findings: StoredFinding[]): void {
  store.set(uri.toString(), { version, findings });
  collection.set(uri, findings.map(f => f.diagnostic));
}

export function clear(collection: vscode.DiagnosticCollection, uri: vscode.Uri): void {
  store.delete(uri.toString());
  collection.delete(uri);
}

export function storedFindings(uri: vscode.Uri): StoredFinding[] {
  return store.get(uri.toString())?.findings ?? [];
}

/** The stored finding behind a diagnostic VS Code hands back (a copy): same rule, same range. */
export function findingFor(uri: vscode.Uri, d: vscode.Diagnostic): StoredFinding | undefined {
  const rule = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
  return storedFindings(uri).find(f => f.ruleId === rule && f.diagnostic.range.isEqual(d.range) && f.diagnostic.message === d.message);
}

export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== 'liaison') return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}
