// The log record: one exchange, decision, commitment update, lesson or amendment.
// The shape here is the file format (README "Project log"); changing it needs a new `v`.
export const RECORD_VERSION = 1;

export const KINDS = ['exchange', 'decision', 'commitment-update', 'lesson', 'amendment'] as const;
export const CHANNELS = ['email', 'call', 'meeting', 'chat', 'letter', 'other'] as const;
export const DIRECTIONS = ['from-client', 'to-client', 'internal'] as const;
export const SIDES = ['me', 'client'] as const;
export const COMMITMENT_STATES = ['open', 'done', 'dropped'] as const;

export type Kind = (typeof KINDS)[number];
export type Channel = (typeof CHANNELS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Side = (typeof SIDES)[number];
export type CommitmentState = (typeof COMMITMENT_STATES)[number];

export interface Commitment {
  /** Who owes it: me (the freelancer's business) or the client (P15: both sides). */
  by: Side;
  what: string;
  /** YYYY-MM-DD */
  due?: string;
  state: CommitmentState;
}

export interface NoteLink {
  /** Workspace-relative POSIX path; never absolute, never `..`, never a URI. */
  path: string;
  /** sha256 (hex) of the note's text as sent. */
  sha256: string;
  type?: string;
  date?: string;
  title?: string;
}

/** An imported email: where its original bytes are kept and the headers that identify it. */
export interface EmailLink {
  /** Log-folder-relative path of the original, unchanged: `mail/<sha256>.eml`. */
  file: string;
  /** sha256 (hex) of the original bytes. */
  sha256: string;
  messageId: string;
  inReplyTo?: string;
  from: string;
  to: string[];
  cc?: string[];
  /** The Date header as ISO 8601 with the sender's own offset. */
  date: string;
  subject: string;
}

/** Fields an amendment may replace in the record it amends. */
export const AMENDABLE = ['at', 'channel', 'direction', 'participants', 'summary', 'quotes', 'decisions', 'commitments', 'nextContact', 'tags'] as const;
export type Amendable = (typeof AMENDABLE)[number];

/** What a user or a tool supplies; the store adds id, writer, seq, prev, recorded and hash. */
export interface RecordInput {
  kind: Kind;
  /** ISO 8601 date-time with offset: when the exchange happened. */
  at: string;
  channel?: Channel;
  direction?: Direction;
  participants?: string[];
  summary: string;
  quotes?: string[];
  decisions?: string[];
  commitments?: Commitment[];
  /** YYYY-MM-DD */
  nextContact?: string;
  tags?: string[];
  notes?: NoteLink[];
  /** An email imported from its original file (`liaison log import-email`). */
  email?: EmailLink;
  /** kind "amendment": the id of the amended record and the fields it replaces. */
  amends?: string;
  set?: Partial<Pick<RecordInput, Amendable>>;
  /** kind "commitment-update": which commitment (record id + index) and its new state. */
  commitment?: { record: string; index: number; state: CommitmentState };
}

/**
 * Every RecordInput field: only these reach the file (a caller's extra properties are not silently
 * recorded). The compiler checks the list is complete, so a new field cannot be dropped unseen.
 */
export const INPUT_FIELDS = ['kind', 'at', 'channel', 'direction', 'participants', 'summary', 'quotes', 'decisions', 'commitments',
  'nextContact', 'tags', 'notes', 'email', 'amends', 'set', 'commitment'] as const satisfies readonly (keyof RecordInput)[];
type Complete<Missing extends never> = Missing;
export type InputFieldsComplete = Complete<Exclude<keyof RecordInput, (typeof INPUT_FIELDS)[number]>>;

export interface LogRecord extends RecordInput {
  v: number;
  id: string;
  writer: string;
  /** 1-based position in the writer's chain. */
  seq: number;
  /** Hash of the previous record in the writer's chain; "" for the first. */
  prev: string;
  /** When the record was appended (ISO with offset). */
  recorded: string;
  /** sha256 (hex) of the line just above, when it was an incomplete record from an interrupted write. */
  torn?: string;
  /** sha256 (hex) of the canonical serialisation of every other field. */
  hash: string;
}

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const HEX64 = /^[0-9a-f]{64}$/;
export const WRITER_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

// The ranges Date.parse would check, without its cost (verify runs this twice per record).
const inRange = (s: string) => {
  const mo = (s.charCodeAt(5) - 48) * 10 + s.charCodeAt(6) - 48;
  const d = (s.charCodeAt(8) - 48) * 10 + s.charCodeAt(9) - 48;
  const h = (s.charCodeAt(11) - 48) * 10 + s.charCodeAt(12) - 48;
  const mi = (s.charCodeAt(14) - 48) * 10 + s.charCodeAt(15) - 48;
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 23 && mi <= 59 && (s.length < 19 || s.charCodeAt(17) < 54 /* seconds < 60 */ || s[16] !== ':');
};
export const isIsoDateTime = (s: unknown): s is string => typeof s === 'string' && ISO_DATETIME.test(s) && inRange(s);
// What Date.parse(s + 'T00:00:00Z') accepts, without its cost: month 01-12, day 01-31 (it rolls 02-30 over).
const dayInRange = (s: string) => {
  const mo = (s.charCodeAt(5) - 48) * 10 + s.charCodeAt(6) - 48;
  const d = (s.charCodeAt(8) - 48) * 10 + s.charCodeAt(9) - 48;
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
};
export const isIsoDate = (s: unknown): s is string => typeof s === 'string' && ISO_DATE.test(s) && dayInRange(s);

/** A day that exists: 2026-02-30 does not (Date.parse would roll it over to 2 March). */
export function isCalendarDate(s: unknown): boolean {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(s)) return false;
  const d = new Date(s.slice(0, 10) + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s.slice(0, 10);
}

/** Dates that parse but name no real day or time, for new input only (records already written keep theirs). */
function calendarProblems(o: Record<string, unknown>, where = ''): string[] {
  const out: string[] = [];
  const day = (v: unknown, key: string) => { if (typeof v === 'string' && !isCalendarDate(v)) out.push(`${where}${key}: ${v.slice(0, 10)} is not a day of the calendar`); };
  day(o.at, 'at');
  if (typeof o.at === 'string' && /T(2[4-9]|[3-9]\d):|T\d{2}:[6-9]\d/.test(o.at)) out.push(`${where}at: ${o.at} is not a time of day`);
  // Offsets run from -12:00 to +14:00: "+25:00" parses as a pattern but names no time (Date.parse gives NaN).
  const off = typeof o.at === 'string' ? /([+-])(\d{2}):(\d{2})$/.exec(o.at) : null;
  if (off && (Number(off[2]) > 14 || Number(off[3]) > 59)) out.push(`${where}at: ${off[0]} is not a UTC offset (they run from -12:00 to +14:00)`);
  day(o.nextContact, 'nextContact');
  if (Array.isArray(o.commitments)) o.commitments.forEach((c, i) => day((c as { due?: unknown } | null)?.due, `commitments[${i}].due`));
  if (o.set && typeof o.set === 'object') out.push(...calendarProblems(o.set as Record<string, unknown>, 'set.'));
  return out;
}

/**
 * A record says what happened: an `at` more than a day after now (2062 for 2026) is a typo or a
 * forged date; the CLI checks what is typed (the editor's steps refuse the future as they read it). Not for an imported email: its `at` is the sender's Date header, kept as they wrote it.
 */
export function futureProblems(input: RecordInput, now: Date): string[] {
  if (input.email) return [];
  const limit = now.getTime() + 24 * 3_600_000;
  return [['at', input.at], ['set.at', input.set?.at]].filter(([, v]) => v !== undefined && Date.parse(v) > limit)
    .map(([k, v]) => `${k}: ${v} is in the future: a record says what already happened (a planned call goes in nextContact)`);
}

/** inputProblems, plus the calendar: what a new record must pass before it is appended. */
export function newInputProblems(r: Partial<RecordInput> | Record<string, unknown>): string[] {
  const out = inputProblems(r);
  return out.length ? out : calendarProblems(r as Record<string, unknown>);
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const strList = (v: unknown) => Array.isArray(v) && v.every(isStr);
const oneOf = <T extends readonly string[]>(list: T, v: unknown): v is T[number] => isStr(v) && (list as readonly string[]).includes(v);

/**
 * Whether an export may quote a note's current text in full: only what was sent (its hash matches)
 * or a Markdown note. A record naming `.env` as a note (a hand-made --from-json, a forged line) must
 * not copy the file into an export; what leads out of the workspace is refused by the caller.
 */
export function quotableNote(path: string, text: string, sha256: string, hashOf: (t: string) => string): boolean {
  return /\.(md|markdown)$/i.test(path) || hashOf(text) === sha256;
}

/**
 * Links to notes must stay inside the workspace: a relative POSIX path with no `..` segment,
 * no drive letter, no scheme. Returns a problem message or undefined.
 */
export function notePathProblem(p: unknown): string | undefined {
  if (!isStr(p) || p.trim() === '') return 'note path is empty';
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(p)) return `note path "${p}" is a URI or drive path; use a workspace-relative path`;
  if (p.startsWith('/') || p.startsWith('\\')) return `note path "${p}" is absolute; use a workspace-relative path`;
  if (p.split(/[\\/]/).some(seg => seg === '..')) return `note path "${p}" leaves the workspace ("..")`;
  if (p.includes('\\')) return `note path "${p}" uses backslashes; use "/"`;
  if (/[\u0000-\u001f]/.test(p)) return `note path "${p}" contains control characters`;
  return undefined;
}

function commitmentProblems(c: unknown, where: string): string[] {
  if (!c || typeof c !== 'object') return [`${where}: not an object`];
  const o = c as Record<string, unknown>;
  const out: string[] = [];
  if (!oneOf(SIDES, o.by)) out.push(`${where}.by: must be one of ${SIDES.join(', ')}`);
  if (!isStr(o.what) || !o.what.trim()) out.push(`${where}.what: required`);
  if (o.due !== undefined && !isIsoDate(o.due)) out.push(`${where}.due: must be YYYY-MM-DD`);
  if (!oneOf(COMMITMENT_STATES, o.state)) out.push(`${where}.state: must be one of ${COMMITMENT_STATES.join(', ')}`);
  return out;
}

function emailProblems(e: unknown): string[] {
  if (!e || typeof e !== 'object') return ['email: must be an object'];
  const o = e as Record<string, unknown>;
  const out: string[] = [];
  if (!isStr(o.file) || !/^mail\/[0-9a-f]{64}\.eml$/.test(o.file)) out.push('email.file: must be mail/<sha256>.eml');
  if (!isStr(o.sha256) || !HEX64.test(o.sha256)) out.push('email.sha256: must be 64 lowercase hex characters');
  for (const k of ['messageId', 'from', 'subject'] as const) if (!isStr(o[k])) out.push(`email.${k}: required`);
  if (!isIsoDateTime(o.date)) out.push('email.date: must be an ISO date-time with offset');
  if (!strList(o.to)) out.push('email.to: must be a list of addresses');
  if (o.cc !== undefined && !strList(o.cc)) out.push('email.cc: must be a list of addresses');
  if (o.inReplyTo !== undefined && !isStr(o.inReplyTo)) out.push('email.inReplyTo: must be a string');
  return out;
}

/** Problems with user-supplied fields, each prefixed by its key path. Empty when valid. */
export function inputProblems(r: Partial<RecordInput> | Record<string, unknown>): string[] {
  const o = r as Record<string, unknown>;
  const out: string[] = [];
  if (!oneOf(KINDS, o.kind)) out.push(`kind: must be one of ${KINDS.join(', ')}`);
  if (!isIsoDateTime(o.at)) out.push('at: must be an ISO date-time with offset, e.g. 2026-03-02T14:30:00+01:00');
  if (!isStr(o.summary) || !o.summary.trim()) out.push('summary: required');
  if (o.channel !== undefined && !oneOf(CHANNELS, o.channel)) out.push(`channel: must be one of ${CHANNELS.join(', ')}`);
  if (o.direction !== undefined && !oneOf(DIRECTIONS, o.direction)) out.push(`direction: must be one of ${DIRECTIONS.join(', ')}`);
  for (const k of ['participants', 'quotes', 'decisions', 'tags'] as const) {
    if (o[k] !== undefined && !strList(o[k])) out.push(`${k}: must be a list of strings`);
  }
  if (o.nextContact !== undefined && !isIsoDate(o.nextContact)) out.push('nextContact: must be YYYY-MM-DD');
  if (o.commitments !== undefined) {
    if (!Array.isArray(o.commitments)) out.push('commitments: must be a list');
    else o.commitments.forEach((c, i) => out.push(...commitmentProblems(c, `commitments[${i}]`)));
  }
  if (o.notes !== undefined) {
    if (!Array.isArray(o.notes)) out.push('notes: must be a list');
    else o.notes.forEach((n, i) => {
      const l = (n ?? {}) as Record<string, unknown>;
      const p = notePathProblem(l.path);
      if (p) out.push(`notes[${i}].path: ${p}`);
      if (!isStr(l.sha256) || !HEX64.test(l.sha256)) out.push(`notes[${i}].sha256: must be 64 lowercase hex characters`);
    });
  }
  if (o.email !== undefined) out.push(...emailProblems(o.email));
  if (o.kind === 'amendment') {
    if (!isStr(o.amends) || !o.amends) out.push('amends: an amendment names the id of the record it corrects');
    if (o.set !== undefined) {
      if (!o.set || typeof o.set !== 'object') out.push('set: must be an object');
      else {
        const set = o.set as Record<string, unknown>;
        for (const k of Object.keys(set)) if (!(AMENDABLE as readonly string[]).includes(k)) out.push(`set.${k}: cannot be amended`);
        if (Object.keys(set).length) out.push(...inputProblems({ kind: 'exchange', at: o.at, summary: 'x', ...set }).map(p => `set.${p}`));
      }
    }
  } else if (o.amends !== undefined || o.set !== undefined) out.push('amends/set: only for kind "amendment"');
  if (o.kind === 'commitment-update') {
    const c = (o.commitment ?? {}) as Record<string, unknown>;
    if (!isStr(c.record) || !c.record) out.push('commitment.record: the id of the record holding the commitment');
    if (!Number.isInteger(c.index) || (c.index as number) < 0) out.push('commitment.index: a position (0-based) in that record\'s commitments');
    if (!oneOf(COMMITMENT_STATES, c.state)) out.push(`commitment.state: must be one of ${COMMITMENT_STATES.join(', ')}`);
  } else if (o.commitment !== undefined) out.push('commitment: only for kind "commitment-update"');
  return out;
}

const optList = (v: unknown) => v === undefined || strList(v);

/**
 * The common case, checked without allocating: a plain exchange, decision or lesson record with
 * well-formed fields. Anything else goes through the full check, which explains what is wrong.
 */
function commitmentsValid(v: unknown): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  for (const c of v) {
    if (!c || typeof c !== 'object') return false;
    const o = c as Record<string, unknown>;
    if ((o.by !== 'me' && o.by !== 'client') || !isStr(o.what) || !o.what.trim() || (o.due !== undefined && !isIsoDate(o.due)) ||
      (o.state !== 'open' && o.state !== 'done' && o.state !== 'dropped')) return false;
  }
  return true;
}

function plainRecordIsValid(o: Record<string, unknown>): boolean {
  return (o.kind === 'exchange' || o.kind === 'decision' || o.kind === 'lesson') &&
    o.amends === undefined && o.set === undefined && o.commitment === undefined && o.notes === undefined && o.email === undefined && commitmentsValid(o.commitments) &&
    isIsoDateTime(o.at) && isStr(o.summary) && o.summary.trim() !== '' &&
    (o.channel === undefined || oneOf(CHANNELS, o.channel)) && (o.direction === undefined || oneOf(DIRECTIONS, o.direction)) &&
    optList(o.participants) && optList(o.quotes) && optList(o.decisions) && optList(o.tags) &&
    (o.nextContact === undefined || isIsoDate(o.nextContact)) &&
    isStr(o.id) && o.id !== '' && isStr(o.writer) && WRITER_ID.test(o.writer) && Number.isInteger(o.seq) && (o.seq as number) >= 1 &&
    // Hash formats: a malformed hash cannot match (reported as modified) nor link (reported as missing-previous).
    isStr(o.prev) && (o.prev === '' || o.prev.length === 64) && isIsoDateTime(o.recorded) && isStr(o.hash) && o.hash.length === 64;
}

/** Problems with a stored record (input fields plus the chain fields). */
const NONE: readonly string[] = Object.freeze([]);

export function recordProblems(o: Record<string, unknown>): readonly string[] {
  if (plainRecordIsValid(o)) return NONE;
  const out = inputProblems(o);
  if (!isStr(o.id) || !o.id) out.push('id: required');
  if (!isStr(o.writer) || !WRITER_ID.test(o.writer)) out.push('writer: required');
  if (!Number.isInteger(o.seq) || (o.seq as number) < 1) out.push('seq: must be a positive integer');
  if (!isStr(o.prev) || (o.prev !== '' && !HEX64.test(o.prev))) out.push('prev: must be a hash or ""');
  if (!isIsoDateTime(o.recorded)) out.push('recorded: must be an ISO date-time');
  if (!isStr(o.hash) || !HEX64.test(o.hash)) out.push('hash: must be 64 lowercase hex characters');
  return out;
}
