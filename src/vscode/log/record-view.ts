// (lazy part) A record shown read-only: a webview with no script, a strict CSP, everything escaped
// by core (export-html.ts). One panel, reused.
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import { LABELS } from '../../core/log/labels';
import { FLOW_TEXT } from '../../core/log/exchange-steps';
import { htmlPage, recordHtml } from '../../core/log/export-html';
import { escapeHtml, escapeNotification, visibleText } from '../../core/log/escape';
import type { LogHost } from './host';
import { logWorkspace, readLog } from './workspace';

let panel: vscode.WebviewPanel | undefined;

export function recordViewHtml(webview: vscode.Webview, body: string, lang: 'en' | 'fr', title: string): string {
  const nonce = randomBytes(16).toString('base64');
  const csp = `default-src 'none'; style-src ${webview.cspSource} 'nonce-${nonce}'; img-src 'none'; script-src 'none'; font-src 'none'; form-action 'none'`;
  return htmlPage(lang, title, body, csp, ` nonce="${nonce}"`);
}

/** Opens the record; returns the HTML shown (integration tests read it). */
export async function openLogRecord(host: LogHost, id?: string): Promise<{ html: string } | undefined> {
  const ws = await logWorkspace();
  if (!ws || typeof id !== 'string') return undefined;
  const { records, log } = readLog(ws);
  const e = records.find(r => r.record.id === id);
  if (!e) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No log record with id {0}.', escapeNotification(id)));
    return undefined;
  }
  // Who holds a commitment by name, and its state in words ("Done", « Tenu »), as the views say them.
  const base = LABELS[ws.lang];
  const L = { ...base, states: FLOW_TEXT[ws.lang].states,
    sides: { me: ws.profile?.freelancer.name || base.sides.me, client: ws.profile?.client.name || base.sides.client } };
  const issues = log.issues.filter(i => i.recordId === id);
  const body = recordHtml(e, L, ws.lang) +
    (issues.length ? `<ul>${issues.map(i => `<li class="overdue">${escapeHtml(i.message)}</li>`).join('')}</ul>` : '') +
    `<p class="small">${escapeHtml(e.file)}, ${escapeHtml(L.line)} ${e.line}</p>`;
  const title = vscode.l10n.t('Log: {0}', visibleText(e.record.summary.slice(0, 40)));
  if (!panel) {
    panel = vscode.window.createWebviewPanel('liaison.logRecord', title, vscode.ViewColumn.Active,
      { enableScripts: false, enableForms: false, enableCommandUris: false, localResourceRoots: [] });
    panel.onDidDispose(() => (panel = undefined), undefined, host.context.subscriptions);
    host.context.subscriptions.push(panel);
  }
  panel.title = title;
  panel.webview.html = recordViewHtml(panel.webview, body, ws.lang, title);
  panel.reveal();
  return { html: panel.webview.html };
}
