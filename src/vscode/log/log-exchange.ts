// (lazy part) `Log Exchange…` and `Log Selection as Client Message`: a short multi-step input with
// defaults. Esc at any step, or a failed write, keeps what was typed as a draft that the next
// run offers again. Tests pass the record fields as an argument (no prompt).
import * as vscode from 'vscode';
import { CHANNELS, DIRECTIONS, isIsoDate, type Channel, type Commitment, type Direction, type LogRecord, type RecordInput } from '../../core/log/record';
import { appendRecord, LogInputError, LogWriteError } from '../../core/log/store';
import { isoWithOffset } from '../../core/log/dates';
import { parseCommitment } from '../../core/log/commitment-text';
import type { LogHost } from './host';
import { logWorkspace, trusted, writer, type LogWorkspace } from './workspace';
import { channelLabel, directionLabel } from './labels';
import { openLogRecord } from './record-view';

const DRAFT_KEY = 'liaison.log.draft';

export interface Draft {
  channel?: Channel; direction?: Direction; participants?: string; summary?: string; quote?: string;
  decision?: string; commitment?: string; nextContact?: string; tags?: string; savedAt?: string; failed?: boolean;
}

export interface LogExchangeArgs {
  /** Non-interactive: these fields are appended as they are (kind exchange, at now unless given). */
  record?: Partial<RecordInput>;
  /** Show the record once written (default true). */
  show?: boolean;
  /** For tests and tools: return the kept draft ('peek') or forget it ('discard'), without prompting. */
  draft?: 'peek' | 'discard';
}

/** The fields of a record as the draft keeps them (what the steps would show). */
function inputToDraft(r: Partial<RecordInput>): Draft {
  const c = r.commitments?.[0];
  return {
    channel: r.channel, direction: r.direction, participants: r.participants?.join(', '), summary: r.summary,
    quote: r.quotes?.join(' '), decision: r.decisions?.join('; '), nextContact: r.nextContact, tags: r.tags?.join(', '),
    commitment: c ? `${c.by}: ${c.what}${c.due ? ` @${c.due}` : ''}` : undefined,
  };
}

class Cancelled extends Error {}

const list = (s: string | undefined, sep = /[,;]/) => (s ?? '').split(sep).map(x => x.trim()).filter(Boolean);

/** "me: send the plan @Friday" or "client: …"; also « moi : » (the core parser, shared with the CLI). */
export function parseCommitmentText(s: string): Commitment | undefined {
  const r = parseCommitment(s, new Date());
  return r.ok ? r.commitment : undefined;
}

/** Why a commitment cannot be read, in the UI language; undefined when it can. */
export function commitmentProblem(s: string): string | undefined {
  const r = parseCommitment(s, new Date());
  return r.ok ? undefined : r.message[vscode.env.language.startsWith('fr') ? 'fr' : 'en'];
}

function draftToInput(d: Draft, at: string): RecordInput {
  const c = d.commitment ? parseCommitmentText(d.commitment) : undefined;
  return {
    kind: 'exchange', at, channel: d.channel, direction: d.direction, participants: list(d.participants).length ? list(d.participants) : undefined,
    summary: d.summary ?? '', quotes: d.quote ? [d.quote] : undefined, decisions: d.decision ? [d.decision] : undefined,
    commitments: c ? [c] : undefined, nextContact: d.nextContact || undefined, tags: list(d.tags).length ? list(d.tags) : undefined,
  };
}

async function step<T>(p: Thenable<T | undefined>): Promise<T> {
  const v = await p;
  if (v === undefined) throw new Cancelled();
  return v;
}

async function ask(d: Draft): Promise<void> {
  const total = 9;
  const title = (n: number) => vscode.l10n.t('Log Exchange ({0}/{1})', n, total);
  const chan = await step(vscode.window.showQuickPick(
    CHANNELS.map(c => ({ label: channelLabel(c), value: c, picked: c === d.channel })).sort((a, b) => Number(b.picked) - Number(a.picked)),
    { title: title(1), placeHolder: vscode.l10n.t('How did it happen?'), ignoreFocusOut: true }));
  d.channel = chan.value;
  const dir = await step(vscode.window.showQuickPick(
    DIRECTIONS.map(x => ({ label: directionLabel(x), value: x, picked: x === d.direction })).sort((a, b) => Number(b.picked) - Number(a.picked)),
    { title: title(2), placeHolder: vscode.l10n.t('Who wrote or spoke?'), ignoreFocusOut: true }));
  d.direction = dir.value;
  const box = (n: number, prompt: string, key: keyof Draft, validate?: (v: string) => string | undefined, placeHolder?: string) =>
    step(vscode.window.showInputBox({ title: title(n), prompt, value: (d[key] as string | undefined) ?? '', placeHolder, ignoreFocusOut: true,
      validateInput: validate })).then(v => { (d as Record<string, unknown>)[key] = v.trim(); });
  await box(3, vscode.l10n.t('Participants, separated by commas'), 'participants');
  await box(4, vscode.l10n.t('Summary: what was said or done (required)'), 'summary', v => (v.trim() ? undefined : vscode.l10n.t('A summary is required.')));
  await box(5, vscode.l10n.t("The client's own words (optional)"), 'quote');
  await box(6, vscode.l10n.t('A decision taken (optional)'), 'decision');
  await box(7, vscode.l10n.t('A commitment (optional): "me: what @YYYY-MM-DD" or "client: what"'), 'commitment',
    v => (v.trim() ? commitmentProblem(v) : undefined));
  await box(8, vscode.l10n.t('Next contact date (optional, YYYY-MM-DD)'), 'nextContact',
    v => (!v.trim() || isIsoDate(v.trim()) ? undefined : vscode.l10n.t('Use YYYY-MM-DD, e.g. {0}.', '2026-03-09')));
  await box(9, vscode.l10n.t('Tags (optional, separated by commas)'), 'tags');
}

async function saveDraft(host: LogHost, d: Draft): Promise<void> {
  await host.context.workspaceState.update(DRAFT_KEY, { ...d, savedAt: new Date().toISOString() });
}

export function currentDraft(host: LogHost): Draft | undefined {
  return host.context.workspaceState.get<Draft>(DRAFT_KEY);
}

/** Appends; on failure keeps the draft and says so. */
export async function appendOrKeep(host: LogHost, ws: LogWorkspace, input: RecordInput, draft?: Draft, clearDraft = !!draft): Promise<LogRecord | undefined> {
  try {
    const rec = await appendRecord(ws.logDir, input, { writer: writer() });
    if (clearDraft) await host.context.workspaceState.update(DRAFT_KEY, undefined);
    host.changed();
    return rec;
  } catch (e) {
    if (draft) await saveDraft(host, { ...draft, failed: true });
    if (e instanceof LogWriteError || e instanceof LogInputError || (e as NodeJS.ErrnoException).code) {
      const retry = vscode.l10n.t('Retry');
      const msg = draft ? vscode.l10n.t('The log could not be written: {0}. What you typed is kept and will be offered again.', (e as Error).message)
        : vscode.l10n.t('The log could not be written: {0}.', (e as Error).message);
      void vscode.window.showErrorMessage(msg, ...(draft ? [retry] : [])).then(a => {
        if (a === retry) void vscode.commands.executeCommand('liaison.logExchange');
      });
      return undefined;
    }
    throw e;
  }
}

export async function logExchange(host: LogHost, args?: LogExchangeArgs, seed?: Draft): Promise<LogRecord | undefined> {
  if (args?.draft === 'peek') return currentDraft(host) as never;
  if (args?.draft === 'discard') {
    await host.context.workspaceState.update(DRAFT_KEY, undefined);
    return undefined;
  }
  if (!trusted()) return undefined;
  const ws = await logWorkspace();
  if (!ws) return undefined;
  if (args?.record) {
    const input = { kind: 'exchange', at: isoWithOffset(new Date()), ...args.record } as RecordInput;
    // A plain exchange given as an argument is kept as a draft too if the write fails.
    const keep = input.kind === 'exchange' && !input.notes ? inputToDraft(input) : undefined;
    const rec = await appendOrKeep(host, ws, input, keep, false);
    if (rec && args.show !== false) await openLogRecord(host, rec.id);
    return rec;
  }
  let d: Draft = seed ?? {};
  const old = currentDraft(host);
  if (old && !seed) {
    const resume = vscode.l10n.t('Continue the draft: {0}', old.summary || vscode.l10n.t('(no summary yet)'));
    const fresh = vscode.l10n.t('Start a new entry');
    const discard = vscode.l10n.t('Discard the draft');
    const pick = await vscode.window.showQuickPick([resume, fresh, discard], {
      title: old.failed ? vscode.l10n.t('An entry could not be written last time') : vscode.l10n.t('You have an unfinished log entry'),
    });
    if (pick === undefined) return undefined;
    if (pick === resume) d = { ...old, failed: undefined };
    if (pick === discard) await host.context.workspaceState.update(DRAFT_KEY, undefined);
  }
  if (!d.participants) {
    const p = ws.profile;
    d.participants = p ? [p.client.contact ?? p.client.name, p.freelancer.name].join(', ') : '';
  }
  d.channel ??= 'email';
  d.direction ??= 'from-client';
  try {
    await ask(d);
  } catch (e) {
    if (!(e instanceof Cancelled)) throw e;
    await saveDraft(host, d);
    void vscode.window.showInformationMessage(vscode.l10n.t('Log entry kept as a draft: Log Exchange will offer it again.'));
    return undefined;
  }
  const rec = await appendOrKeep(host, ws, draftToInput(d, isoWithOffset(new Date())), d);
  if (rec) await openLogRecord(host, rec.id);
  return rec;
}

/** The selected text (a pasted email, a chat message) becomes the client's quote. */
export async function logSelection(host: LogHost, args?: LogExchangeArgs): Promise<LogRecord | undefined> {
  if (args?.record) return logExchange(host, { ...args, record: { channel: 'email', direction: 'from-client', ...args.record } });
  const ed = vscode.window.activeTextEditor;
  const text = ed ? ed.selections.map(s => ed.document.getText(s)).join('\n').trim() : '';
  if (!text) {
    void vscode.window.showWarningMessage(vscode.l10n.t("Select the client's message first."));
    return undefined;
  }
  return logExchange(host, undefined, { channel: 'email', direction: 'from-client', quote: text });
}
