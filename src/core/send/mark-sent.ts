// "Mark Note as Sent" and `liaison log sent`: one action. Check the note (no unfilled template
// text, no error finding, unless forced), say when it was already sent, record the send in the
// log with the note's hash and its dated promises, then set `status: sent` in its front matter
// (one line changed, nothing else rewritten). The log is written first: if it cannot be, the note
// is left as it was. Shells supply the ports (log append, note edit) and the confirmation step.
import type { Clock, Lang } from '../ports.js';
import type { LintOptions } from '../lint/engine.js';
import { isLiaisonMessage, lintNote } from '../lint/engine.js';
import type { Channel, LogRecord, RecordInput } from '../log/record.js';
import { isoWithOffset } from '../log/dates.js';
import { applyEdit, noteLink, statusSentEdit } from '../log/note-sent.js';
import { sha256Hex } from '../log/canonical.js';
import { sentFacts, type SentFact } from './sent-facts.js';
import { unfilledBlanks } from './unfilled.js';
import { extractPromises, type NotePromises } from './promises.js';
import { renderClientNote } from './render.js';

export const UNFILLED_RULE = 'unfilled-placeholder';

export interface SendFinding {
  ruleId: string;
  severity: 'error' | 'warning';
  line: number;
  column: number;
  offset: number;
  message: Record<Lang, string>;
}

export interface SendCheck {
  /** Unfilled template text and error findings: sending waits for them unless forced. */
  blockers: SendFinding[];
  warnings: SendFinding[];
}

export interface TextEdit { start: number; end: number; text: string }

export interface MarkSentRequest {
  text: string;
  /** Workspace-relative POSIX path (what the log links to). */
  relPath: string;
  channel: Channel;
  /** Send anyway: blockers do not stop it, and a second send of the same text is recorded. */
  force?: boolean;
  /** Lint options the shell resolved (profile, config); `sent` is filled in here. */
  lint: LintOptions;
  /** Effective log records (amendments applied). */
  records: readonly LogRecord[];
  clock: Clock;
  /** Language of the log summary: the note's own, else this. */
  lang: Lang;
}

export interface MarkSentPorts {
  append(input: RecordInput): Promise<LogRecord | undefined>;
  editNote(edit: TextEdit): Promise<void>;
  /** Shows the promises found and returns those to record (the editor asks; the CLI keeps all). */
  confirm?(found: NotePromises): Promise<NotePromises | undefined>;
}

export type MarkSentResult =
  | { status: 'refused'; check: SendCheck }
  | { status: 'already-sent'; check: SendCheck; previous: SentFact }
  | { status: 'cancelled'; check: SendCheck }
  | { status: 'not-written'; check: SendCheck }
  | { status: 'sent'; check: SendCheck; record: LogRecord; previous?: SentFact; promises: NotePromises };

function toFinding(m: ReturnType<typeof lintNote>['messages'][number]): SendFinding | undefined {
  if (!isLiaisonMessage(m)) return undefined;
  return { ruleId: m.liaison.ruleId, severity: m.liaison.severity, line: m.line ?? 1, column: m.column ?? 1,
    offset: m.liaison.span.start, message: m.liaison.message };
}

/** What stands between the note and the client: blanks and errors (blockers), then warnings. */
export function checkBeforeSending(text: string, lint: LintOptions): SendCheck {
  const found = lintNote(text, lint).messages.map(toFinding).filter((f): f is SendFinding => !!f);
  const blockers = found.filter(f => f.ruleId === UNFILLED_RULE || f.severity === 'error');
  const taken = new Set(blockers.filter(f => f.ruleId === UNFILLED_RULE).map(f => f.offset));
  for (const b of unfilledBlanks(text)) {
    if (taken.has(b.offset)) continue;
    blockers.push({ ruleId: UNFILLED_RULE, severity: 'error', line: b.line, column: b.column, offset: b.offset, message: {
      en: `Template text not replaced yet: ${b.text}. Write what the client should read, or delete it.`,
      fr: `Texte du modèle pas encore remplacé\u00a0: ${b.text}. Écrivez ce que le client doit lire, ou supprimez-le.`,
    } });
  }
  blockers.sort((a, b) => a.offset - b.offset);
  return { blockers, warnings: found.filter(f => !blockers.includes(f)) };
}

const SENT_LABEL: Record<Lang, (title: string) => string> = {
  en: t => `Sent: ${t}`,
  fr: t => `Envoyé\u00a0: ${t}`,
};

export async function markSent(req: MarkSentRequest, ports: MarkSentPorts): Promise<MarkSentResult> {
  const facts = sentFacts(req.records, req.relPath);
  const check = checkBeforeSending(req.text, { ...req.lint, sent: facts });
  const edit = statusSentEdit(req.text);
  const sentText = applyEdit(req.text, edit);
  const previous = facts[facts.length - 1];
  if (previous && !req.force && facts.some(f => f.sha256 === sha256Hex(sentText))) return { status: 'already-sent', check, previous };
  if (check.blockers.length && !req.force) return { status: 'refused', check };
  let promises = extractPromises(req.text, req.clock.now());
  if (ports.confirm && (promises.commitments.length || promises.nextContact)) {
    const kept = await ports.confirm(promises);
    if (!kept) return { status: 'cancelled', check };
    promises = kept;
  }
  const link = noteLink(req.relPath, sentText);
  const note = renderClientNote(req.text);
  const lang = note.lang ?? req.lang;
  const record = await ports.append({
    kind: 'exchange', at: isoWithOffset(req.clock.now()), channel: req.channel, direction: 'to-client',
    summary: SENT_LABEL[lang](link.title ?? note.title ?? req.relPath),
    tags: link.type ? [link.type] : undefined, notes: [link],
    commitments: promises.commitments.length ? promises.commitments : undefined, nextContact: promises.nextContact,
  });
  if (!record) return { status: 'not-written', check };
  if (edit) await ports.editNote(edit);
  return { status: 'sent', check, record, previous, promises };
}
