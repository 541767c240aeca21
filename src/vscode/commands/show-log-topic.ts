// Liaison: What Was Agreed About…: for a subject (words, or #tag), every decision, commitment and
// its fate, the client's words and our sent notes, in time order, in a read-only webview (no
// script, strict CSP, everything escaped by core). The same brief as `liaison log topic`.
import * as vscode from 'vscode';
import { parseQuery, QUERY_PROBLEMS } from '../../core/log/search';
import { buildTopic } from '../../core/log/topic';
import { briefTitle, topicHtmlBody } from '../../core/log/topic-render';
import { LABELS } from '../../core/log/labels';
import { verdictOf } from '../../core/log/store';
import { checkAnchor, logWitnesses } from '../../node/log-store';
import type { SearchHost } from '../search/host';
import { logIndex } from '../search/index-cache';
import { readLog, todayLocal } from '../log/workspace';
import { recordViewHtml } from '../log/record-view';

export interface ShowTopicArgs { query?: string; tag?: string }

let panel: vscode.WebviewPanel | undefined;

export async function showLogTopic(host: SearchHost, args: ShowTopicArgs = {}): Promise<{ html: string; items: number } | undefined> {
  let { query, tag } = args;
  if (!query && !tag) {
    const typed = await vscode.window.showInputBox({
      title: vscode.l10n.t('What was agreed about…'),
      prompt: vscode.l10n.t('The subject: words (e.g. mobile version) or a tag (e.g. #scope)'),
      validateInput: v => {
        const t = v.trim();
        if (t.startsWith('#')) return t.length > 1 ? undefined : vscode.l10n.t('Name the tag after #.');
        const p = parseQuery(t);
        return 'problem' in p && t ? QUERY_PROBLEMS[p.problem][vscode.env.language.startsWith('fr') ? 'fr' : 'en'] : undefined;
      },
    });
    if (!typed?.trim()) return undefined;
    if (typed.trim().startsWith('#')) tag = typed.trim().slice(1); else query = typed.trim();
  }
  const ix = await logIndex();
  if (!ix) return undefined;
  const parsed = query ? parseQuery(query) : undefined;
  if (parsed && 'problem' in parsed) {
    void vscode.window.showWarningMessage(QUERY_PROBLEMS[parsed.problem][ix.ws.lang]);
    return undefined;
  }
  const topic = buildTopic({ index: ix.index, all: ix.records, query: query && parsed ? { text: query, parsed } : undefined, tag, today: todayLocal(), notes: ix.notes,
    witnesses: logWitnesses(ix.ws.logDir).filter(x => checkAnchor(ix.ws.logDir, x.ref).ok)
      .map(x => ({ at: x.issued, kind: x.channel === 'timestamp' ? 'timestamp' : 'anchor' })) });
  const L = LABELS[ix.ws.lang];
  const verdict = verdictOf(readLog(ix.ws).log.issues);
  const meta = { lang: ix.ws.lang, project: ix.ws.profile?.project, client: ix.ws.profile?.client.name, generated: new Date().toISOString(),
    integrity: verdict === 'intact' ? L.intact : verdict === 'broken' ? L.broken : L.intactWarn };
  const title = briefTitle(topic, ix.ws.lang);
  if (!panel) {
    panel = vscode.window.createWebviewPanel('liaison.logTopic', title, vscode.ViewColumn.Active,
      { enableScripts: false, enableForms: false, enableCommandUris: false, localResourceRoots: [] });
    panel.onDidDispose(() => (panel = undefined), undefined, host.context.subscriptions);
    host.context.subscriptions.push(panel);
  }
  panel.title = title;
  panel.webview.html = recordViewHtml(panel.webview, topicHtmlBody(topic, meta), ix.ws.lang, title);
  panel.reveal();
  return { html: panel.webview.html, items: topic.items.length };
}
