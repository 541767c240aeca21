// `liaison log add|list|verify|export` (owned by the log feature). Argument parsing and messages
// here; the work is in src/core/log. Exit codes: 0 ok, 1 broken log, 2 usage or fatal error.
import { existsSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { isLang, type Clock, type Lang } from '../../core/ports.js';
import { clockOf, todayOption } from '../today.js';
import {
  CHANNELS, COMMITMENT_STATES, DIRECTIONS, futureProblems, KINDS, isCalendarDate, isIsoDate,
  type Commitment, type CommitmentState, type Kind, type RecordInput,
} from '../../core/log/record.js';
import { appendRecord, loadLog, LogInputError, LogWriteError, witnessSummary } from '../../node/log-store.js';
import { logProgress } from '../progress.js';
import { CliUsageError as UsageError, nearestWorkspace } from '../context.js';
import { issueLine, logPlace, noLogYet, verdictWord, type LogPlace as Where } from './log-workspace.js';
import { confine } from '../../node/workspace-path.js';
import { escapeTerminal as tty, jsonText } from '../../core/log/escape.js';
import { registerAnchorCommand } from './log-anchor.js';
import { registerTimestampCommand } from './log-timestamp.js';
import { registerVerifyCommand, withGitIssues } from './log-verify.js';
import type { ChainNode } from '../../core/log/chain.js';
import { effectiveRecords, filterRecords, type LogFilter } from '../../core/log/query.js';
import { isoWithOffset, localDay } from '../../core/log/dates.js';
import { buildReport } from '../../core/log/report.js';
import { renderMarkdown } from '../../core/log/export-markdown.js';
import { renderHtml } from '../../core/log/export-html.js';
import { noteLink } from '../../core/log/note-sent.js';
import type * as NaturalDates from '../../core/log/natural-dates.js';
import { configDir, writerId } from '../../node/host.js';
import { registerLogSearch } from './log-search.js';
import { registerLogTopic } from './log-topic.js';
import { readJsonRecord } from './log-json.js';
import * as l10n from '../l10n.js';

/** A usage problem: main() prints it and exits with 2 (one class for every command). */
export { CliUsageError as UsageError } from '../context.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** The workspace and its log folder: the one lookup every command shares. */
export const where = logPlace;

// The date reader (chrono) is loaded by `log add` alone (loadDateReader): verify and search do not evaluate it.
let dates: typeof NaturalDates | undefined;
const loadDateReader = async () => { dates ??= await import('../../core/log/natural-dates.js'); };

/** "me: send the mock-ups @Friday" -> a commitment (the one parser, shared with the editor). Needs loadDateReader() first. */
export function parseCommitment(text: string, today: Date = new Date()): Commitment {
  if (!dates) throw new Error('parseCommitment: loadDateReader() was not awaited');
  const { readCommitmentLine } = dates;
  // Read as before (English first, then French); only the message follows the user's language.
  const clock = { now: () => today };
  const r = readCommitmentLine(text, 'en', clock);
  if (!r.ok) {
    const said = l10n.lang() === 'en' ? r : readCommitmentLine(text, l10n.lang(), clock);
    throw new UsageError(l10n.t('--commitment "{0}": {1}', text, said.ok ? r.error : said.error));
  }
  return r.value;
}

function dateOpt(name: string, v: string | undefined): string | undefined {
  if (v !== undefined && (!isIsoDate(v) || !isCalendarDate(v))) throw new UsageError(l10n.t('--{0} expects a real day as YYYY-MM-DD (got "{1}")', name, v));
  return v;
}

function atOpt(v: string | undefined, now: Date): string {
  if (!v) return isoWithOffset(now);
  // new Date() would roll 2026-02-30 over to 2 March: an impossible day is refused, not moved.
  if (/^\d{4}-\d{2}-\d{2}/.test(v) && !isCalendarDate(v)) throw new UsageError(l10n.t('--at {0}: {1} is not a day of the calendar', v, v.slice(0, 10)));
  // A date alone means noon local time that day; a date-time without offset takes the local offset.
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return isoWithOffset(new Date(`${v}T12:00:00`));
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(v)) return isoWithOffset(new Date(v));
  // Not a date at all ("yesterday", "20/11"): said about the flag, not as the record's `at` field.
  if (!/^\d{4}-\d{2}-\d{2}T/.test(v)) throw new UsageError(l10n.t('--at "{0}": write the day as YYYY-MM-DD (e.g. {1}), or the day and time as {1}T14:30', v, localDay(now)));
  return v;
}

function oneOf<T extends string>(name: string, list: readonly T[], v: string | undefined): T | undefined {
  if (v !== undefined && !(list as readonly string[]).includes(v)) throw new UsageError(l10n.t('--{0} must be one of {1} (got "{2}")', name, list.join(', '), v));
  return v as T | undefined;
}

interface AddOptions {
  dir?: string; kind: string; at?: string; channel?: string; direction?: string; participant: string[]; summary?: string;
  quote: string[]; decision: string[]; commitment: string[]; nextContact?: string; tag: string[]; note: string[];
  amends?: string; set: string[]; commitmentRef?: string; state?: string; fromJson?: string; format: string;
}

const LIST_FIELDS = new Set(['participants', 'quotes', 'decisions', 'tags']);

function amendmentSet(pairs: string[]): RecordInput['set'] {
  const set: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(l10n.t('--set expects field=value (got "{0}")', pair));
    const key = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1);
    if (LIST_FIELDS.has(key)) set[key] = [...((set[key] as string[]) ?? []), value];
    else if (key === 'commitments') set[key] = [...((set[key] as Commitment[]) ?? []), parseCommitment(value)];
    else set[key] = value;
  }
  return set as RecordInput['set'];
}

function buildInput(o: AddOptions, root: string, now: Date): RecordInput {
  if (o.fromJson) return readJsonRecord<RecordInput>(o.fromJson);
  const kind = oneOf('kind', KINDS, o.kind) as Kind;
  if (!o.summary) throw new UsageError(l10n.t('--summary is required'));
  const at = atOpt(o.at, now);
  const input: RecordInput = {
    kind, at, summary: o.summary,
    channel: oneOf('channel', CHANNELS, o.channel), direction: oneOf('direction', DIRECTIONS, o.direction),
    participants: o.participant.length ? o.participant : undefined,
    quotes: o.quote.length ? o.quote : undefined,
    decisions: o.decision.length ? o.decision : undefined,
    commitments: o.commitment.length ? o.commitment.map(c => parseCommitment(c, new Date(Date.parse(at) || now.getTime()))) : undefined,
    nextContact: dateOpt('next-contact', o.nextContact),
    tags: o.tag.length ? o.tag : undefined,
  };
  if (o.note.length) input.notes = o.note.map(p => noteOpt(root, p));
  if (o.amends || o.set.length) {
    if (kind !== 'amendment') throw new UsageError(l10n.t('--amends and --set need --kind amendment'));
    input.amends = o.amends;
    input.set = amendmentSet(o.set);
  }
  if (o.commitmentRef || o.state) {
    if (kind !== 'commitment-update') throw new UsageError(l10n.t('--commitment-ref and --state need --kind commitment-update'));
    const m = /^(.+)#(\d+)$/.exec(o.commitmentRef ?? '');
    if (!m) throw new UsageError(l10n.t('--commitment-ref expects RECORD_ID#INDEX (index from 0)'));
    input.commitment = { record: m[1]!, index: Number(m[2]), state: oneOf('state', COMMITMENT_STATES, o.state ?? 'done') as CommitmentState };
  }
  return input;
}

/** A note sent with the record: a regular file inside the workspace (symlinks followed), hashed as it is now. */
function noteOpt(root: string, p: string) {
  const c = confine(root, p, l10n.lang());
  if (c.problem !== undefined) throw new UsageError(l10n.t('--note {0}', c.problem));
  const st = existsSync(c.path) ? statSync(c.path) : undefined;
  if (!st) throw new UsageError(l10n.t('--note {0} does not exist', p));
  if (!st.isFile()) throw new UsageError(st.isDirectory() ? l10n.t('--note {0} is a folder: name the note file itself', p) : l10n.t('--note {0} is not a regular file: name the note file itself', p));
  return noteLink(relative(root, c.path).split('\\').join('/'), readFileSync(c.path, 'utf8'));
}

/** An amendment or a commitment update must point at a record that exists (and a commitment it holds). */
function checkReferences(input: RecordInput, folder: string): void {
  if (!input.amends && !input.commitment) return;
  const byId = new Map(loadLog(folder).records.map(r => [r.record.id, r.record]));
  if (input.amends && !byId.has(input.amends)) {
    throw new UsageError(l10n.t('--amends {0}: no record has this id in the log (see liaison log list)', input.amends));
  }
  if (input.commitment) {
    const target = byId.get(input.commitment.record);
    const ref = `${input.commitment.record}#${input.commitment.index}`;
    if (!target) throw new UsageError(l10n.t('--commitment-ref {0}: no record has this id in the log', ref));
    const n = target.commitments?.length ?? 0;
    if (input.commitment.index >= n) {
      throw new UsageError(n ? l10n.t('--commitment-ref {0}: that record holds {1} commitment(s); use an index from 0 to {2}', ref, n, n - 1)
        : l10n.t('--commitment-ref {0}: that record holds no commitment', ref));
    }
  }
}

/** Keeps a record the log could not take, so nothing typed is lost. */
function keepPending(input: RecordInput): string | undefined {
  try {
    const dir = join(configDir(), 'pending');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `record-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify(input, null, 2) + '\n');
    return file;
  } catch {
    return undefined;
  }
}

/** The warning when an append finds unreadable lines at the end of the writer's file. */
function damagedTail(d: { lines: number; file: string; torn?: boolean }): string {
  const what = d.lines === 1 ? l10n.t('warning: the log is damaged: the last line of {0} is not a readable record', tty(d.file))
    : l10n.t('warning: the log is damaged: the last {0} lines of {1} are not readable records', d.lines, tty(d.file));
  const torn = d.torn ? l10n.t(' (an interrupted write; this record notes it)') : '';
  const after = d.lines === 1 ? l10n.t('; this record is written after it.') : l10n.t('; this record is written after them.');
  return `${what}${torn}${after} ${l10n.t('See what is wrong with: liaison log verify')}`;
}

async function add(o: AddOptions): Promise<void> {
  if (!['text', 'json'].includes(o.format)) throw new UsageError(l10n.t('--format must be text or json (got "{0}")', o.format));
  const root = resolve(o.dir ?? nearestWorkspace(process.cwd()));
  // Without --dir, a --note path is the user's, relative to the current folder: made workspace-relative.
  if (o.dir === undefined) o.note = o.note.map(p => relative(root, resolve(p)));
  await loadDateReader();
  const input = buildInput(o, root, new Date());
  let w: Where;
  try {
    w = await where(o.dir, true);
  } catch (e) {
    // An invalid profile must not cost the user what they typed.
    const kept = e instanceof UsageError ? (o.fromJson ?? keepPending(input)) : undefined;
    if (kept) throw new UsageError(`${e instanceof Error ? e.message : String(e)}\n${l10n.t('your record was kept in {0}; once that is fixed: liaison log add --from-json {0}', kept)}`);
    throw e;
  }
  checkReferences(input, w.folder);
  // What is typed cannot be dated in the future (--at 2062 for 2026); the editor's steps refuse it as they read the date.
  const later = futureProblems(input, new Date(), l10n.lang());
  if (later.length) throw new UsageError(`${l10n.t('the record is not valid:')}\n${later.map(p => '  ' + p).join('\n')}`);
  try {
    const rec = await appendRecord(w.folder, input, { writer: writerId(), onDamagedTail: d => process.stderr.write(damagedTail(d) + '\n') });
    // A record replayed from the pending folder is in the log now: running the command again must not log it twice.
    if (o.fromJson && resolve(o.fromJson).startsWith(join(configDir(), 'pending'))) {
      try { unlinkSync(o.fromJson); } catch { /* already gone */ }
    }
    process.stdout.write(o.format === 'json' ? jsonText(rec) + '\n' : l10n.t('logged {0} ({1} #{2})', tty(rec.id), rec.writer, rec.seq) + '\n');
  } catch (e) {
    if (e instanceof LogInputError) throw new UsageError(`${l10n.t('the record is not valid:')}\n${(l10n.lang() === 'fr' && e.fr ? e.fr : e.problems).map(p => '  ' + p).join('\n')}`);
    if (e instanceof LogWriteError) {
      const kept = keepPending(input);
      throw new Error(l10n.said(e) + '\n' + (kept ? l10n.t('your record was kept in {0}; once the folder is writable: liaison log add --from-json {0}', kept) : l10n.t('your record: {0}', JSON.stringify(input))));
    }
    throw e;
  }
}

interface FilterOptions { dir?: string; since?: string; until?: string; tag: string[]; kind: string[] }

function filterOf(o: FilterOptions): LogFilter {
  for (const k of o.kind) oneOf('kind', KINDS, k);
  return { since: dateOpt('since', o.since), until: dateOpt('until', o.until), tags: o.tag, kinds: o.kind as Kind[] };
}

async function list(o: FilterOptions & { format: string }): Promise<void> {
  if (!['text', 'json'].includes(o.format)) throw new UsageError(l10n.t('--format must be text or json (got "{0}")', o.format));
  const filter = filterOf(o);
  const { folder } = await where(o.dir);
  const log = loadLog(folder);
  const rows = filterRecords(effectiveRecords(log.records), filter);
  if (o.format === 'json') {
    process.stdout.write(jsonText(rows.map(r => ({ ...r.record, amendedBy: r.amendedBy.length ? r.amendedBy : undefined })), 2) + '\n');
  } else {
    // Every field from a record is escaped: a summary or an id can hold terminal control codes.
    for (const { record: r, amendedBy } of rows) {
      const cols = [r.at.replace('T', ' ').slice(0, 16), r.kind, r.channel ?? '-', r.direction ?? '-', r.summary.replace(/[ \t]+/g, ' ')].map(tty);
      const tags = r.tags?.length ? `  [${r.tags.map(tty).join(', ')}]` : '';
      process.stdout.write(`${cols.join('  ')}${tags}  ${tty(r.id)}${amendedBy.length ? ` ${l10n.t('(amended)')}` : ''}\n`);
    }
  }
  for (const i of log.issues) process.stderr.write(issueLine(i, i.file));
  if (!log.files.length && o.format !== 'json') process.stderr.write(noLogYet(folder));
}

async function exportLog(o: FilterOptions & { out?: string; lang?: string; today?: Clock }): Promise<void> {
  if (!o.out) throw new UsageError(l10n.t('--out FILE is required (.md or .html)'));
  const ext = extname(o.out).toLowerCase();
  if (!['.md', '.html', '.htm'].includes(ext)) throw new UsageError(l10n.t('--out must end with .md or .html (got "{0}")', o.out));
  if (o.lang !== undefined && !isLang(o.lang)) throw new UsageError(l10n.t('--lang must be en or fr'));
  const outDir = dirname(resolve(o.out));
  if (!existsSync(outDir) || !statSync(outDir).isDirectory()) throw new UsageError(l10n.t('--out {0}: the folder {1} does not exist; create it or choose another', o.out, outDir));
  const w = await where(o.dir);
  const chains: Record<string, ChainNode[]> = {};
  // On a terminal, how far the read is (stderr, cleared before the result line).
  const progress = logProgress();
  let loaded: ReturnType<typeof loadLog>;
  try {
    loaded = loadLog(w.folder, { chains, onProgress: progress.onProgress });
  } finally {
    progress.done();
  }
  const log = { ...loaded, issues: withGitIssues(w.folder, loaded.issues, loaded.files, chains) };
  const witnesses = witnessSummary(w.folder, chains);
  const rep = buildReport(log, {
    lang: (o.lang as Lang | undefined) ?? w.profile?.lang ?? l10n.lang(), project: w.profile?.project, client: w.profile?.client.name, filter: filterOf(o),
    clock: clockOf(o), witnesses,
  });
  try {
    writeFileSync(o.out, ext === '.md' ? renderMarkdown(rep) : renderHtml(rep));
  } catch (e) {
    throw new UsageError(l10n.t('--out {0} cannot be written: {1}', o.out, (e as NodeJS.ErrnoException).code === 'EISDIR' ? l10n.t('it is a folder') : (e as Error).message));
  }
  process.stdout.write(l10n.t('exported {0} record(s) to {1} (integrity: {2})', rep.records.length, o.out, verdictWord(rep.verdict)) + '\n');
  if (rep.verdict === 'broken') process.exitCode = 1;
}

export const run = <T>(fn: (o: T) => Promise<void>) => async (o: T) => {
  try {
    await fn(o);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(l10n.t('liaison log: {0}', e.message) + '\n');
      process.exitCode = 2;
      return;
    }
    throw e;
  }
};

export function registerLogCommands(program: Command): void {
  const log = program.command('log').description(l10n.t('The project log: every client exchange, tamper-evident (append-only, hash-chained).'));
  const dirOpt = ['--dir <folder>', l10n.t('workspace root (default: the nearest folder up holding .liaison/, else the current one); the log is in its profile\'s logFolder')] as const;

  log.command('add').description(l10n.t('Append one record (non-interactive; every field is a flag)'))
    .option(...dirOpt)
    .option('--kind <kind>', l10n.t('one of {0}', KINDS.join(', ')), 'exchange')
    .option('--at <when>', l10n.t('when it happened: ISO date-time, or YYYY-MM-DD (default: now)'))
    .option('--channel <channel>', CHANNELS.join(', '))
    .option('--direction <direction>', DIRECTIONS.join(', '))
    .option('--participant <name>', l10n.t('a participant (repeatable)'), collect, [])
    .option('--summary <text>', l10n.t('what was said or done (required)'))
    .option('--quote <text>', l10n.t("the client's own words (repeatable)"), collect, [])
    .option('--decision <text>', l10n.t('a decision (repeatable)'), collect, [])
    .option('--commitment <text>', l10n.t('"me: what @date" or "client: what @date"; date as YYYY-MM-DD, Friday, "Friday 4 December", tomorrow (repeatable)'), collect, [])
    .option('--next-contact <date>', l10n.t('next contact date, YYYY-MM-DD'))
    .option('--tag <tag>', l10n.t('a tag (repeatable)'), collect, [])
    .option('--note <path>', l10n.t('a workspace note sent with it; its hash is recorded (repeatable)'), collect, [])
    .option('--amends <id>', l10n.t('with --kind amendment: the record corrected'))
    .option('--set <field=value>', l10n.t('with --kind amendment: a corrected field (repeatable)'), collect, [])
    .option('--commitment-ref <id#index>', l10n.t('with --kind commitment-update: the commitment (record id # index from 0)'))
    .option('--state <state>', l10n.t('with --kind commitment-update: {0}', COMMITMENT_STATES.join(', ')))
    .option('--from-json <file>', l10n.t('read the whole record from a JSON file (e.g. one kept after a failed write)'))
    .option('--format <format>', l10n.t('text or json (the record written)'), 'text')
    .action(run(add));

  const filters = (c: Command) => c.option(...dirOpt)
    .option('--since <date>', l10n.t('from this day, YYYY-MM-DD'))
    .option('--until <date>', l10n.t('up to this day, YYYY-MM-DD'))
    .option('--tag <tag>', l10n.t('records with this tag (repeatable: any of them)'), collect, [])
    .option('--kind <kind>', l10n.t('records of this kind (repeatable): {0}', KINDS.join(', ')), collect, []);

  filters(log.command('list').description(l10n.t('List records, amendments applied, oldest first')))
    .option('--format <format>', l10n.t('text or json'), 'text')
    .action(run(list));

  registerVerifyCommand(log, dirOpt);

  filters(log.command('export').description(l10n.t('Export for review: timeline, decisions, commitments and their fate, quotes, lessons, integrity verdict')))
    .option('--out <file>', l10n.t('output file, .md or .html (self-contained, printable, no script)'))
    .option('--lang <lang>', l10n.t('en or fr (default: the profile\'s language, else from LANG)'))
    .addOption(todayOption(l10n.t('the report\'s date, and which commitments are overdue')))
    .action(run(exportLog));

  registerAnchorCommand(log, dirOpt);
  registerTimestampCommand(log, dirOpt);
  registerLogSearch(log);
  registerLogTopic(log);
}
