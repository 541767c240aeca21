// (lazy part) `Verify Log Integrity`: a clear verdict naming the broken record, details in an output
// channel, and a reference given out earlier checked against the log.
import * as path from 'path';
import * as vscode from 'vscode';
import { checkAnchor, verdictOf, type LoadedLog, type Verdict } from '../../node/log-store';
import { escapeNotification } from '../../core/log/escape';
import { parseAnchor } from '../../core/log/anchor';
import type { LogIssue } from '../../core/log/chain';
import { gitUnchecked } from '../../node/git-not-checked';
import { issueLines } from './issue-lines';
import { displayLang } from './labels';
import { logWorkspace, type Cached, type LogWorkspace } from './workspace';
import { cancelOption, readLogAsync, withLogRead } from './log-read';

let output: vscode.OutputChannel | undefined;
/** A finding in the display language (core words most of them in French too). */
const said = (i: LogIssue) => (displayLang() === 'fr' && i.fr ? i.fr : i.message);

/** Checks a pasted anchor reference (from `liaison log anchor` or an email) against the log. */
async function verifyReference(ws: LogWorkspace, given?: string, read?: Cached): Promise<boolean | undefined> {
  const text = given ?? await vscode.window.showInputBox({
    title: vscode.l10n.t('Check the log against a reference'),
    prompt: vscode.l10n.t('Paste a reference given out earlier, e.g. {0}', 'LX-7F3A-91C2-88D0-B1E4'),
    validateInput: v => (parseAnchor(v) ? undefined : vscode.l10n.t('A reference looks like {0}.', 'LX-7F3A-91C2-88D0-B1E4')),
  });
  const ref = text === undefined ? undefined : parseAnchor(text);
  if (!ref) return undefined;
  // The chains of the log as verify read it (asynchronously, cached): no second read of a big log.
  const { chains } = read ?? await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Liaison: verifying the log') },
    () => readLogAsync(ws));
  const r = checkAnchor(ws.logDir, ref, chains);
  if (r.ok && r.uncovered) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Reference {0}: the {1} record(s) it covers are unchanged, but {2} record(s) say they were recorded before its last record and it does not cover them (first: {3}): added since with an earlier date, or written on another git branch.',
      ref, r.covered, r.uncovered.length, escapeNotification(r.uncovered[0]!.id)));
  } else if (r.ok) void vscode.window.showInformationMessage(vscode.l10n.t('Reference {0}: the {1} record(s) it covers are unchanged.', ref, r.covered));
  else void vscode.window.showErrorMessage(vscode.l10n.t('Reference {0}: the log was CHANGED before it: {1}', ref, escapeNotification(r.message)));
  return r.ok;
}

type VerifyResult = { verdict: Verdict; records: number; issues: LogIssue[]; anchorOk?: boolean; gitChecked?: boolean };

/** `options.cancel`: a caller's token (tests, another extension), honoured as the notification's Cancel button. */
export async function verifyLog(context: vscode.ExtensionContext, reference?: string, options?: unknown): Promise<VerifyResult | undefined> {
  const cancel = cancelOption(options);
  const ws = await logWorkspace();
  if (!ws) return undefined;
  // Read under a progress notification that counts the records; cancelling loses nothing (verify writes nothing).
  return withLogRead(ws, { command: 'verifyLog', title: vscode.l10n.t('Liaison: verifying the log'), cancel,
    cancelledMessage: vscode.l10n.t('Log verification cancelled: nothing was checked, nothing was changed.') }, async (cached, t) => {
    const { log } = cached;
    if (reference === undefined) return showVerdict(context, ws, log);
    await t.step(vscode.l10n.t('Checking the reference…'));
    const anchorOk = await verifyReference(ws, reference, cached);
    return { verdict: verdictOf(log.issues), records: log.records.length, issues: log.issues, anchorOk };
  });
}

function showVerdict(context: vscode.ExtensionContext, ws: LogWorkspace, log: LoadedLog): VerifyResult {
  const verdict = verdictOf(log.issues);
  const n = log.records.length;
  // In a git repository, what only `liaison log verify` checks (the editor starts no process) is said, not hidden.
  const unchecked = gitUnchecked(ws.logDir, log.files);
  const gitNote = unchecked ? ' ' + vscode.l10n.t('Git history was not checked here: run liaison log verify in a terminal for that.') : '';
  if (log.issues.length) {
    if (!output) context.subscriptions.push((output = vscode.window.createOutputChannel('Liaison Log')));
    output.clear();
    output.appendLine(vscode.l10n.t('Log integrity check of {0}', ws.logDir));
    for (const line of issueLines(vscode.l10n, displayLang(), log.issues, f => path.join(path.relative(ws.root, ws.logDir), f))) output.appendLine(line);
  }
  const details = vscode.l10n.t('Show Details');
  const check = vscode.l10n.t('Check a Reference…');
  const show = (a: string | undefined) => {
    if (a === details) output?.show(true);
    if (a === check) void verifyReference(ws);
  };
  if (verdict === 'intact') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Log intact: {0} records, every hash matches and each record follows the one before. Records removed from the end show only against a reference given out.', n) + gitNote, check).then(show);
  } else if (verdict === 'intact-with-warnings') {
    void vscode.window.showWarningMessage(vscode.l10n.t('Log readable, with {0} warning(s): {1}', log.issues.length, escapeNotification(said(log.issues[0]!))) + gitNote, details, check).then(show);
  } else {
    const first = log.issues.find(i => i.severity === 'error')!;
    void vscode.window.showErrorMessage(vscode.l10n.t('Log BROKEN ({0} problem(s)): {1}', log.issues.filter(i => i.severity === 'error').length,
      `${escapeNotification(first.file)}: ${escapeNotification(said(first))}`) + gitNote, details).then(show);
  }
  return { verdict, records: n, issues: log.issues, gitChecked: !unchecked };
}
