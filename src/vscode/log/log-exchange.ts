// (lazy part) `Log Exchange…`: ten short steps with defaults,
// in the log's language, with Back on every step after the first. Esc at any step, or a failed
// write, keeps what was typed (the field on screen included) as a draft that the next run resumes
// at that step. Tests pass the record fields as an argument (no prompt).
import * as vscode from 'vscode';
import { CHANNELS, DIRECTIONS, type Channel, type Direction, type LogRecord, type RecordInput } from '../../core/log/record';
import { appendRecord, LogInputError, LogWriteError } from '../../node/log-store';
import { isoWithOffset } from '../../core/log/dates';
import { LABELS } from '../../core/log/labels';
import { EXCHANGE_STEPS, FLOW_TEXT, type ExchangeStep } from '../../core/log/exchange-steps';
import { readCommitmentLine, readDay, readWhen, type Reading } from '../../core/log/natural-dates';
import { systemClock, type Clock, type Lang } from '../../core/ports';
import type { LogHost } from './host';
import { appendOptions, logWorkspace, trusted, type LogWorkspace } from './workspace';
import { openLogRecord } from './record-view';
import { pickStep, textStep, type Check } from './exchange-input';
import { displayLang } from './labels';
import { errorWords } from '../error-words';

const DRAFT_KEY = 'liaison.log.draft';

export interface Draft {
  channel?: Channel; direction?: Direction; when?: string; participants?: string; summary?: string; quote?: string;
  decision?: string; commitment?: string; nextContact?: string; tags?: string; savedAt?: string; failed?: boolean;
  /** The step on screen when the draft was kept: the next run resumes there. */
  step?: ExchangeStep;
  /** The moment `when` meant when it was typed ("yesterday" stays that day on a later resume). */
  at?: { text: string; value: string };
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
    when: r.at, at: r.at ? { text: r.at, value: r.at } : undefined,
    commitment: c ? `${c.by}: ${c.what}${c.due ? ` @${c.due}` : ''}` : undefined,
  };
}

const list = (s: string | undefined, sep = /[,;]/) => (s ?? '').split(sep).map(x => x.trim()).filter(Boolean);
const valueOf = <T>(r: Reading<T>): T | undefined => (r.ok ? r.value : undefined);

/** The checks of the free-text steps: an error blocks Enter, a readout says how a date was read. */
function checks(lang: Lang, clock: Clock): Partial<Record<ExchangeStep, Check>> {
  const t = FLOW_TEXT[lang];
  const shown = <T>(r: Reading<T>) => (r.ok ? { info: r.shown || undefined } : { error: r.error });
  return {
    when: v => shown(readWhen(v, lang, clock)),
    summary: v => (v.trim() ? {} : { error: t.summaryRequired }),
    commitment: v => (v.trim() ? shown(readCommitmentLine(v, lang, clock)) : {}),
    nextContact: v => (v.trim() ? shown(readDay(v, lang, clock)) : {}),
  };
}

function draftToInput(d: Draft, lang: Lang, clock: Clock): RecordInput {
  const at = d.at && d.at.text === (d.when ?? '') ? d.at.value : valueOf(readWhen(d.when ?? '', lang, clock)) ?? isoWithOffset(clock.now());
  const c = d.commitment ? valueOf(readCommitmentLine(d.commitment, lang, clock)) : undefined;
  const next = d.nextContact ? valueOf(readDay(d.nextContact, lang, clock)) : undefined;
  return {
    kind: 'exchange', at, channel: d.channel, direction: d.direction, participants: list(d.participants).length ? list(d.participants) : undefined,
    summary: d.summary ?? '', quotes: d.quote ? [d.quote] : undefined, decisions: d.decision ? [d.decision] : undefined,
    commitments: c ? [c] : undefined, nextContact: next, tags: list(d.tags).length ? list(d.tags) : undefined,
  };
}

/** Runs the steps from `start`; false when the writer pressed Esc (d then holds what was on screen). */
async function ask(d: Draft, lang: Lang, clock: Clock, start: number): Promise<boolean> {
  const t = FLOW_TEXT[lang];
  const words = LABELS[lang];
  const check = checks(lang, clock);
  const total = EXCHANGE_STEPS.length;
  for (let i = Math.max(0, start); i < total;) {
    const id = EXCHANGE_STEPS[i]!;
    d.step = id;
    const c = { id, title: t.title(i + 1, total), prompt: t.steps[id].prompt, back: i > 0 };
    const r = id === 'channel' ? await pickStep(c, CHANNELS.map(x => ({ label: words.channels[x], value: x })), d.channel)
      : id === 'direction' ? await pickStep(c, DIRECTIONS.map(x => ({ label: words.directions[x], value: x })), d.direction)
        : await textStep(c, d[id] ?? '', t.steps[id].placeholder, check[id]);
    (d as Record<string, unknown>)[id] = r.value || undefined;
    if (id === 'when' && r.go === 'next') {
      const when = readWhen(r.value, lang, clock);
      if (when.ok) d.at = { text: r.value, value: when.value };
    }
    if (r.go === 'cancel') return false;
    i = r.go === 'back' ? i - 1 : i + 1;
  }
  return true;
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
    const rec = await appendRecord(ws.logDir, input, appendOptions());
    if (clearDraft) await host.context.workspaceState.update(DRAFT_KEY, undefined);
    host.changed();
    return rec;
  } catch (e) {
    if (draft) await saveDraft(host, { ...draft, failed: true });
    if (e instanceof LogWriteError || e instanceof LogInputError || (e as NodeJS.ErrnoException).code) {
      const retry = vscode.l10n.t('Retry');
      const why = errorWords(vscode.l10n, displayLang(), e);
      const msg = draft ? vscode.l10n.t('The log could not be written: {0}. What you typed is kept and will be offered again.', why)
        : vscode.l10n.t('The log could not be written: {0}.', why);
      void vscode.window.showErrorMessage(msg, ...(draft ? [retry] : [])).then(a => {
        if (a === retry) void vscode.commands.executeCommand('liaison.logExchange');
      });
      return undefined;
    }
    throw e;
  }
}

/** "Resume draft at step 5 of 10 (Summary)" or "Start over"; undefined on Esc. */
async function resumeOrStartOver(old: Draft, lang: Lang): Promise<Draft | undefined> {
  const t = FLOW_TEXT[lang];
  const n = Math.max(0, EXCHANGE_STEPS.indexOf(old.step ?? 'channel'));
  const summary = old.summary && old.summary.length > 60 ? `${old.summary.slice(0, 59)}…` : old.summary;
  const resume = t.resume(n + 1, EXCHANGE_STEPS.length, t.steps[EXCHANGE_STEPS[n]!].name, summary);
  const pick = await vscode.window.showQuickPick([resume, t.startOver], { title: old.failed ? t.failedTitle : t.draftTitle, ignoreFocusOut: true });
  if (pick === undefined) return undefined;
  return pick === resume ? { ...old, failed: undefined } : {};
}

export async function logExchange(host: LogHost, args?: LogExchangeArgs, seed?: Draft, clock: Clock = systemClock): Promise<LogRecord | undefined> {
  if (args?.draft === 'peek') return currentDraft(host) as never;
  if (args?.draft === 'discard') {
    await host.context.workspaceState.update(DRAFT_KEY, undefined);
    return undefined;
  }
  if (!trusted()) return undefined;
  const ws = await logWorkspace();
  if (!ws) return undefined;
  if (args?.record) {
    const input = { kind: 'exchange', at: isoWithOffset(clock.now()), ...args.record } as RecordInput;
    // A plain exchange given as an argument is kept as a draft too if the write fails.
    const keep = input.kind === 'exchange' && !input.notes ? inputToDraft(input) : undefined;
    const rec = await appendOrKeep(host, ws, input, keep, false);
    if (rec && args.show !== false) await openLogRecord(host, rec.id);
    return rec;
  }
  const lang = ws.lang;
  let d: Draft = seed ?? {};
  const old = currentDraft(host);
  if (old && !seed) {
    const chosen = await resumeOrStartOver(old, lang);
    if (!chosen) return undefined;
    d = chosen;
  }
  if (!d.participants) {
    const p = ws.profile;
    d.participants = p ? [p.client.contact ?? p.client.name, p.freelancer.name].join(', ') : '';
  }
  d.channel ??= 'email';
  d.direction ??= 'from-client';
  const start = d.step ? EXCHANGE_STEPS.indexOf(d.step) : 0;
  if (!(await ask(d, lang, clock, start))) {
    await saveDraft(host, d);
    void vscode.window.showInformationMessage(FLOW_TEXT[lang].kept);
    return undefined;
  }
  delete d.step;
  const rec = await appendOrKeep(host, ws, draftToInput(d, lang, clock), d);
  if (rec) await openLogRecord(host, rec.id);
  return rec;
}
