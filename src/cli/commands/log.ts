// `liaison log add|list|verify|export` (owned by the log feature). Argument parsing and messages
// here; the work is in src/core/log. Exit codes: 0 ok, 1 broken log, 2 usage or fatal error.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { nodeFileSystem, toPortPath } from '../../node/file-system.js';
import { isLang, type Clock, type Lang } from '../../core/ports.js';
import { clockOf, todayOption } from '../today.js';
import { loadProfile, PROFILE_DEFAULTS, type Profile } from '../../core/config/profile.js';
import {
  CHANNELS, COMMITMENT_STATES, DIRECTIONS, KINDS, isIsoDate,
  type Commitment, type CommitmentState, type Kind, type RecordInput,
} from '../../core/log/record.js';
import { appendRecord, loadLog, LogInputError, LogWriteError, verdictOf } from '../../core/log/store.js';
import { effectiveRecords, filterRecords, type LogFilter } from '../../core/log/query.js';
import { isoWithOffset } from '../../core/log/dates.js';
import { buildReport } from '../../core/log/report.js';
import { renderMarkdown } from '../../core/log/export-markdown.js';
import { renderHtml } from '../../core/log/export-html.js';
import { noteLink } from '../../core/log/note-sent.js';
import { readCommitmentLine } from '../../core/log/natural-dates.js';
import { configDir, writerId } from '../../core/log/writer-id.js';

/** A usage problem: main() prints it and exits with 2. */
class UsageError extends Error {}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

interface Where { root: string; folder: string; profile?: Profile }

async function where(dir: string | undefined): Promise<Where> {
  const root = toPortPath(resolve(dir ?? process.cwd()));
  if (!existsSync(root)) throw new UsageError(`--dir ${root} does not exist`);
  const r = await loadProfile(nodeFileSystem, root);
  if (!r.ok && !('missing' in r)) {
    throw new UsageError(`invalid project profile ${r.file}:\n${r.problems.map(p => `  ${p.path || '(file)'}: ${p.message}`).join('\n')}`);
  }
  const profile = r.ok ? r.profile : undefined;
  const logFolder = profile?.logFolder ?? PROFILE_DEFAULTS.logFolder;
  if (isAbsolute(logFolder) || logFolder.split(/[\\/]/).includes('..')) throw new UsageError(`profile logFolder "${logFolder}" must stay inside the workspace`);
  return { root, folder: join(root, logFolder), profile };
}

/** "me: send the mock-ups @Friday" -> a commitment (the one parser, shared with the editor). */
export function parseCommitment(text: string, today: Date = new Date()): Commitment {
  const r = readCommitmentLine(text, 'en', { now: () => today });
  if (!r.ok) throw new UsageError(`--commitment "${text}": ${r.error}`);
  return r.value;
}

function dateOpt(name: string, v: string | undefined): string | undefined {
  if (v !== undefined && !isIsoDate(v)) throw new UsageError(`--${name} expects YYYY-MM-DD (got "${v}")`);
  return v;
}

function atOpt(v: string | undefined, now: Date): string {
  if (!v) return isoWithOffset(now);
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
  if (o.fromJson) {
    try {
      return JSON.parse(readFileSync(o.fromJson, 'utf8')) as RecordInput;
    } catch (e) {
      throw new UsageError(`--from-json ${o.fromJson}: ${(e as Error).message}`);
    }
  }
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
  if (o.note.length) {
    input.notes = o.note.map(p => {
      const abs = resolve(root, p);
      const rel = relative(root, abs).split('\\').join('/');
      if (rel.startsWith('..') || isAbsolute(rel)) throw new UsageError(`--note ${p} is outside the workspace ${root}`);
      if (!existsSync(abs)) throw new UsageError(`--note ${p} does not exist`);
      return noteLink(rel, readFileSync(abs, 'utf8'));
    });
  }
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
  const w = await where(o.dir);
  const input = buildInput(o, w.root, new Date());
  try {
    const rec = await appendRecord(w.folder, input, { writer: writerId() });
    process.stdout.write(o.format === 'json' ? JSON.stringify(rec) + '\n' : `logged ${rec.id} (${rec.writer} #${rec.seq})\n`);
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
    process.stdout.write(JSON.stringify(rows.map(r => ({ ...r.record, amendedBy: r.amendedBy.length ? r.amendedBy : undefined })), null, 2) + '\n');
  } else {
    for (const { record: r, amendedBy } of rows) {
      const cols = [r.at.replace('T', ' ').slice(0, 16), r.kind, r.channel ?? '-', r.direction ?? '-', r.summary.replace(/\s+/g, ' ')];
      const tags = r.tags?.length ? `  [${r.tags.join(', ')}]` : '';
      process.stdout.write(`${cols.join('  ')}${tags}  ${r.id}${amendedBy.length ? ' (amended)' : ''}\n`);
    }
  }
  for (const i of log.issues) process.stderr.write(`${i.severity}: ${i.file}:${i.line}: ${i.message}\n`);
}

async function verify(o: { dir?: string; format: string }): Promise<void> {
  const w = await where(o.dir);
  const log = loadLog(w.folder);
  const verdict = verdictOf(log.issues);
  if (o.format === 'json') {
    process.stdout.write(JSON.stringify({ verdict, records: log.records.length, files: log.files, heads: log.heads, issues: log.issues }, null, 2) + '\n');
  } else {
    for (const i of log.issues) process.stdout.write(`${i.severity}: ${relative(w.root, join(w.folder, i.file))}:${i.line}: ${i.message}\n`);
    const n = `${log.records.length} record(s) in ${log.files.length} file(s)`;
    process.stdout.write(verdict === 'broken' ? `log BROKEN: ${n}; see the errors above\n`
      : verdict === 'intact' ? `log intact: ${n}\n` : `log intact with warnings: ${n}; no record missing or changed\n`);
  }
  if (verdict === 'broken') process.exitCode = 1;
}

async function exportLog(o: FilterOptions & { out?: string; lang?: string; today?: Clock }): Promise<void> {
  if (!o.out) throw new UsageError('--out FILE is required (.md or .html)');
  const ext = extname(o.out).toLowerCase();
  if (!['.md', '.html', '.htm'].includes(ext)) throw new UsageError(`--out must end with .md or .html (got "${o.out}")`);
  if (o.lang !== undefined && !isLang(o.lang)) throw new UsageError('--lang must be en or fr');
  const w = await where(o.dir);
  const log = loadLog(w.folder);
  const rep = buildReport(log, {
    lang: (o.lang as Lang | undefined) ?? w.profile?.lang ?? 'en', project: w.profile?.project, client: w.profile?.client.name, filter: filterOf(o),
    clock: clockOf(o),
  });
  writeFileSync(o.out, ext === '.md' ? renderMarkdown(rep) : renderHtml(rep));
  process.stdout.write(`exported ${rep.records.length} record(s) to ${o.out} (integrity: ${rep.verdict})\n`);
  if (rep.verdict === 'broken') process.exitCode = 1;
}

const run = <T>(fn: (o: T) => Promise<void>) => async (o: T) => {
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
  const dirOpt = ['--dir <folder>', 'workspace root (default: current folder); the log is in its profile\'s logFolder'] as const;

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

  log.command('verify').description('Check the hash chains: exit 1 when a record was edited, deleted or reordered (named); a torn record from an interrupted write is a warning (exit 0)')
    .option(...dirOpt)
    .option('--format <format>', 'text or json', 'text')
    .action(run(verify));

  filters(log.command('export').description('Export for review: timeline, decisions, commitments and their fate, quotes, lessons, integrity verdict'))
    .option('--out <file>', 'output file, .md or .html (self-contained, printable, no script)')
    .option('--lang <lang>', 'en or fr (default: the profile\'s language)')
    .addOption(todayOption('the report\'s date, and which commitments are overdue'))
    .action(run(exportLog));
}
