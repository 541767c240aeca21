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
import { CliUsageError as UsageError, nearestWorkspace } from '../context.js';
import { logPlace, type LogPlace as Where } from './log-workspace.js';
import { confine } from '../../node/workspace-path.js';
import { escapeTerminal as tty, jsonText } from '../../core/log/escape.js';
import { registerAnchorCommand } from './log-anchor.js';
import { registerTimestampCommand } from './log-timestamp.js';
import { registerVerifyCommand, withGitIssues } from './log-verify.js';
import type { ChainNode } from '../../core/log/chain.js';
import { effectiveRecords, filterRecords, type LogFilter } from '../../core/log/query.js';
import { isoWithOffset } from '../../core/log/dates.js';
import { buildReport } from '../../core/log/report.js';
import { renderMarkdown } from '../../core/log/export-markdown.js';
import { renderHtml } from '../../core/log/export-html.js';
import { noteLink } from '../../core/log/note-sent.js';
import { readCommitmentLine } from '../../core/log/natural-dates.js';
import { configDir, writerId } from '../../node/host.js';
import { registerLogSearch } from './log-search.js';
import { registerLogTopic } from './log-topic.js';
import { readJsonRecord } from './log-json.js';

/** A usage problem: main() prints it and exits with 2 (one class for every command). */
export { CliUsageError as UsageError } from '../context.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** The workspace and its log folder: the one lookup every command shares. */
export const where = logPlace;

/** "me: send the mock-ups @Friday" -> a commitment (the one parser, shared with the editor). */
export function parseCommitment(text: string, today: Date = new Date()): Commitment {
  const r = readCommitmentLine(text, 'en', { now: () => today });
  if (!r.ok) throw new UsageError(`--commitment "${text}": ${r.error}`);
  return r.value;
}

function dateOpt(name: string, v: string | undefined): string | undefined {
  if (v !== undefined && (!isIsoDate(v) || !isCalendarDate(v))) throw new UsageError(`--${name} expects a real day as YYYY-MM-DD (got "${v}")`);
  return v;
}

function atOpt(v: string | undefined, now: Date): string {
  if (!v) return isoWithOffset(now);
  // new Date() would roll 2026-02-30 over to 2 March: an impossible day is refused, not moved.
  if (/^\d{4}-\d{2}-\d{2}/.test(v) && !isCalendarDate(v)) throw new UsageError(`--at ${v}: ${v.slice(0, 10)} is not a day of the calendar`);
  // A date alone means noon local time that day; a date-time without offset takes the local offset.
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return isoWithOffset(new Date(`${v}T12:00:00`));
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(v)) return isoWithOffset(new Date(v));
  return v;
}

function oneOf<T extends string>(name: string, list: readonly T[], v: string | undefined): T | undefined {
  if (v !== undefined && !(list as readonly string[]).includes(v)) throw new UsageError(`--${name} must be one of ${list.join(', ')} (got "${v}")`);
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
    if (eq <= 0) throw new UsageError(`--set expects field=value (got "${pair}")`);
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
  if (!o.summary) throw new UsageError('--summary is required');
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
    if (kind !== 'amendment') throw new UsageError('--amends and --set need --kind amendment');
    input.amends = o.amends;
    input.set = amendmentSet(o.set);
  }
  if (o.commitmentRef || o.state) {
    if (kind !== 'commitment-update') throw new UsageError('--commitment-ref and --state need --kind commitment-update');
    const m = /^(.+)#(\d+)$/.exec(o.commitmentRef ?? '');
    if (!m) throw new UsageError('--commitment-ref expects RECORD_ID#INDEX (index from 0)');
    input.commitment = { record: m[1]!, index: Number(m[2]), state: oneOf('state', COMMITMENT_STATES, o.state ?? 'done') as CommitmentState };
  }
  return input;
}

/** A note sent with the record: a regular file inside the workspace (symlinks followed), hashed as it is now. */
function noteOpt(root: string, p: string) {
  const c = confine(root, p);
  if (c.problem !== undefined) throw new UsageError(`--note ${c.problem}`);
  const st = existsSync(c.path) ? statSync(c.path) : undefined;
  if (!st) throw new UsageError(`--note ${p} does not exist`);
  if (!st.isFile()) throw new UsageError(`--note ${p} is ${st.isDirectory() ? 'a folder' : 'not a regular file'}: name the note file itself`);
  return noteLink(relative(root, c.path).split('\\').join('/'), readFileSync(c.path, 'utf8'));
}

/** An amendment or a commitment update must point at a record that exists (and a commitment it holds). */
function checkReferences(input: RecordInput, folder: string): void {
  if (!input.amends && !input.commitment) return;
  const byId = new Map(loadLog(folder).records.map(r => [r.record.id, r.record]));
  if (input.amends && !byId.has(input.amends)) {
    throw new UsageError(`--amends ${input.amends}: no record has this id in the log (see liaison log list)`);
  }
  if (input.commitment) {
    const target = byId.get(input.commitment.record);
    if (!target) throw new UsageError(`--commitment-ref ${input.commitment.record}#${input.commitment.index}: no record has this id in the log`);
    const n = target.commitments?.length ?? 0;
    if (input.commitment.index >= n) {
      throw new UsageError(`--commitment-ref ${input.commitment.record}#${input.commitment.index}: that record holds ${n} commitment(s)` +
        (n ? `; use an index from 0 to ${n - 1}` : ''));
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

async function add(o: AddOptions): Promise<void> {
  if (!['text', 'json'].includes(o.format)) throw new UsageError(`--format must be text or json (got "${o.format}")`);
  const root = resolve(o.dir ?? nearestWorkspace(process.cwd()));
  // Without --dir, a --note path is the user's, relative to the current folder: made workspace-relative.
  if (o.dir === undefined) o.note = o.note.map(p => relative(root, resolve(p)));
  const input = buildInput(o, root, new Date());
  let w: Where;
  try {
    w = await where(o.dir);
  } catch (e) {
    // An invalid profile must not cost the user what they typed.
    const kept = e instanceof UsageError ? (o.fromJson ?? keepPending(input)) : undefined;
    if (kept) throw new UsageError(`${e instanceof Error ? e.message : String(e)}\nyour record was kept in ${kept}; once that is fixed: liaison log add --from-json ${kept}`);
    throw e;
  }
  checkReferences(input, w.folder);
  // What is typed cannot be dated in the future (--at 2062 for 2026); the editor's steps refuse it as they read the date.
  const later = futureProblems(input, new Date());
  if (later.length) throw new UsageError(`the record is not valid:\n${later.map(p => '  ' + p).join('\n')}`);
  try {
    const rec = await appendRecord(w.folder, input, { writer: writerId(), onDamagedTail: d => process.stderr.write(
      `warning: the log is damaged: the last ${d.lines === 1 ? 'line' : `${d.lines} lines`} of ${tty(d.file)} ${d.lines === 1 ? 'is not a readable record' : 'are not readable records'}` +
      `${d.torn ? ' (an interrupted write; this record notes it)' : ''}; this record is written after ${d.lines === 1 ? 'it' : 'them'}. ` +
      'See what is wrong with: liaison log verify\n') });
    // A record replayed from the pending folder is in the log now: running the command again must not log it twice.
    if (o.fromJson && resolve(o.fromJson).startsWith(join(configDir(), 'pending'))) {
      try { unlinkSync(o.fromJson); } catch { /* already gone */ }
    }
    process.stdout.write(o.format === 'json' ? jsonText(rec) + '\n' : `logged ${tty(rec.id)} (${rec.writer} #${rec.seq})\n`);
  } catch (e) {
    if (e instanceof LogInputError) throw new UsageError(`the record is not valid:\n${e.problems.map(p => '  ' + p).join('\n')}`);
    if (e instanceof LogWriteError) {
      const kept = keepPending(input);
      throw new Error(e.message + (kept ? `\nyour record was kept in ${kept}; once the folder is writable: liaison log add --from-json ${kept}` : `\nyour record: ${JSON.stringify(input)}`));
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
  if (!['text', 'json'].includes(o.format)) throw new UsageError(`--format must be text or json (got "${o.format}")`);
  const filter = filterOf(o);
  const log = loadLog((await where(o.dir)).folder);
  const rows = filterRecords(effectiveRecords(log.records), filter);
  if (o.format === 'json') {
    process.stdout.write(jsonText(rows.map(r => ({ ...r.record, amendedBy: r.amendedBy.length ? r.amendedBy : undefined })), 2) + '\n');
  } else {
    // Every field from a record is escaped: a summary or an id can hold terminal control codes.
    for (const { record: r, amendedBy } of rows) {
      const cols = [r.at.replace('T', ' ').slice(0, 16), r.kind, r.channel ?? '-', r.direction ?? '-', r.summary.replace(/[ \t]+/g, ' ')].map(tty);
      const tags = r.tags?.length ? `  [${r.tags.map(tty).join(', ')}]` : '';
      process.stdout.write(`${cols.join('  ')}${tags}  ${tty(r.id)}${amendedBy.length ? ' (amended)' : ''}\n`);
    }
  }
  for (const i of log.issues) process.stderr.write(`${i.severity}: ${tty(i.file)}:${i.line}: ${tty(i.message)}\n`);
}

async function exportLog(o: FilterOptions & { out?: string; lang?: string; today?: Clock }): Promise<void> {
  if (!o.out) throw new UsageError('--out FILE is required (.md or .html)');
  const ext = extname(o.out).toLowerCase();
  if (!['.md', '.html', '.htm'].includes(ext)) throw new UsageError(`--out must end with .md or .html (got "${o.out}")`);
  if (o.lang !== undefined && !isLang(o.lang)) throw new UsageError('--lang must be en or fr');
  const outDir = dirname(resolve(o.out));
  if (!existsSync(outDir) || !statSync(outDir).isDirectory()) throw new UsageError(`--out ${o.out}: the folder ${outDir} does not exist; create it or choose another`);
  const w = await where(o.dir);
  const chains: Record<string, ChainNode[]> = {};
  const loaded = loadLog(w.folder, { chains });
  const log = { ...loaded, issues: withGitIssues(w.folder, loaded.issues, loaded.files, chains) };
  const witnesses = witnessSummary(w.folder);
  const rep = buildReport(log, {
    lang: (o.lang as Lang | undefined) ?? w.profile?.lang ?? 'en', project: w.profile?.project, client: w.profile?.client.name, filter: filterOf(o),
    clock: clockOf(o), witnesses,
  });
  try {
    writeFileSync(o.out, ext === '.md' ? renderMarkdown(rep) : renderHtml(rep));
  } catch (e) {
    throw new UsageError(`--out ${o.out} cannot be written: ${(e as NodeJS.ErrnoException).code === 'EISDIR' ? 'it is a folder' : (e as Error).message}`);
  }
  process.stdout.write(`exported ${rep.records.length} record(s) to ${o.out} (integrity: ${rep.verdict})\n`);
  if (rep.verdict === 'broken') process.exitCode = 1;
}

export const run = <T>(fn: (o: T) => Promise<void>) => async (o: T) => {
  try {
    await fn(o);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`liaison log: ${e.message}\n`);
      process.exitCode = 2;
      return;
    }
    throw e;
  }
};

export function registerLogCommands(program: Command): void {
  const log = program.command('log').description('The project log: every client exchange, tamper-evident (append-only, hash-chained).');
  const dirOpt = ['--dir <folder>', 'workspace root (default: the nearest folder up holding .liaison/, else the current one); the log is in its profile\'s logFolder'] as const;

  log.command('add').description('Append one record (non-interactive; every field is a flag)')
    .option(...dirOpt)
    .option('--kind <kind>', `one of ${KINDS.join(', ')}`, 'exchange')
    .option('--at <when>', 'when it happened: ISO date-time, or YYYY-MM-DD (default: now)')
    .option('--channel <channel>', CHANNELS.join(', '))
    .option('--direction <direction>', DIRECTIONS.join(', '))
    .option('--participant <name>', 'a participant (repeatable)', collect, [])
    .option('--summary <text>', 'what was said or done (required)')
    .option('--quote <text>', "the client's own words (repeatable)", collect, [])
    .option('--decision <text>', 'a decision (repeatable)', collect, [])
    .option('--commitment <text>', '"me: what @date" or "client: what @date"; date as YYYY-MM-DD, Friday, "Friday 4 December", tomorrow (repeatable)', collect, [])
    .option('--next-contact <date>', 'next contact date, YYYY-MM-DD')
    .option('--tag <tag>', 'a tag (repeatable)', collect, [])
    .option('--note <path>', 'a workspace note sent with it; its hash is recorded (repeatable)', collect, [])
    .option('--amends <id>', 'with --kind amendment: the record corrected')
    .option('--set <field=value>', 'with --kind amendment: a corrected field (repeatable)', collect, [])
    .option('--commitment-ref <id#index>', 'with --kind commitment-update: the commitment (record id # index from 0)')
    .option('--state <state>', `with --kind commitment-update: ${COMMITMENT_STATES.join(', ')}`)
    .option('--from-json <file>', 'read the whole record from a JSON file (e.g. one kept after a failed write)')
    .option('--format <format>', 'text or json (the record written)', 'text')
    .action(run(add));

  const filters = (c: Command) => c.option(...dirOpt)
    .option('--since <date>', 'from this day, YYYY-MM-DD')
    .option('--until <date>', 'up to this day, YYYY-MM-DD')
    .option('--tag <tag>', 'records with this tag (repeatable: any of them)', collect, [])
    .option('--kind <kind>', `records of this kind (repeatable): ${KINDS.join(', ')}`, collect, []);

  filters(log.command('list').description('List records, amendments applied, oldest first'))
    .option('--format <format>', 'text or json', 'text')
    .action(run(list));

  registerVerifyCommand(log, dirOpt);

  filters(log.command('export').description('Export for review: timeline, decisions, commitments and their fate, quotes, lessons, integrity verdict'))
    .option('--out <file>', 'output file, .md or .html (self-contained, printable, no script)')
    .option('--lang <lang>', 'en or fr (default: the profile\'s language)')
    .addOption(todayOption('the report\'s date, and which commitments are overdue'))
    .action(run(exportLog));

  registerAnchorCommand(log, dirOpt);
  registerTimestampCommand(log, dirOpt);
  registerLogSearch(log);
  registerLogTopic(log);
}
