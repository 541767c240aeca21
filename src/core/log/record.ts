// The log record: one exchange, decision, commitment update, lesson or amendment.
// The shape here is the file format (README "Project log"); changing it needs a new `v`.
import type { Lang } from '../ports.js';

export const RECORD_VERSION = 1;

/** A problem in the language asked for: both texts sit side by side, so neither is forgotten. */
const say = (lang: Lang, en: string, fr: string): string => (lang === 'fr' ? fr : en);

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
function calendarProblems(o: Record<string, unknown>, where = '', lang: Lang = 'en'): string[] {
  const out: string[] = [];
  const day = (v: unknown, key: string) => {
    if (typeof v === 'string' && !isCalendarDate(v)) out.push(say(lang, `${where}${key}: ${v.slice(0, 10)} is not a day of the calendar`, `${where}${key} : ${v.slice(0, 10)} n’est pas un jour du calendrier`));
  };
  day(o.at, 'at');
  if (typeof o.at === 'string' && /T(2[4-9]|[3-9]\d):|T\d{2}:[6-9]\d/.test(o.at)) out.push(say(lang, `${where}at: ${o.at} is not a time of day`, `${where}at : ${o.at} n’est pas une heure de la journée`));
  // Offsets run from -12:00 to +14:00: "+25:00" parses as a pattern but names no time (Date.parse gives NaN).
  const off = typeof o.at === 'string' ? /([+-])(\d{2}):(\d{2})$/.exec(o.at) : null;
  if (off && (Number(off[2]) > 14 || Number(off[3]) > 59)) {
    out.push(say(lang, `${where}at: ${off[0]} is not a UTC offset (they run from -12:00 to +14:00)`, `${where}at\u00a0: ${off[0]} n’est pas un décalage UTC (ils vont de -12:00 à +14:00)`));
  }
  day(o.nextContact, 'nextContact');
  if (Array.isArray(o.commitments)) o.commitments.forEach((c, i) => day((c as { due?: unknown } | null)?.due, `commitments[${i}].due`));
  if (o.set && typeof o.set === 'object') out.push(...calendarProblems(o.set as Record<string, unknown>, 'set.', lang));
  return out;
}

/**
 * A record says what happened: an `at` more than a day after now (2062 for 2026) is a typo or a
 * forged date; the CLI checks what is typed (the editor's steps refuse the future as they read it). Not for an imported email: its `at` is the sender's Date header, kept as they wrote it.
 */
export function futureProblems(input: RecordInput, now: Date, lang: Lang = 'en'): string[] {
  if (input.email) return [];
  const limit = now.getTime() + 24 * 3_600_000;
  return [['at', input.at], ['set.at', input.set?.at]].filter(([, v]) => v !== undefined && Date.parse(v) > limit)
    .map(([k, v]) => say(lang, `${k}: ${v} is in the future: a record says what already happened (a planned call goes in nextContact)`,
      `${k}\u00a0: ${v} est dans le futur\u00a0: une entrée dit ce qui s’est déjà passé (un appel prévu va dans nextContact)`));
}

/** inputProblems, plus the calendar: what a new record must pass before it is appended. */
export function newInputProblems(r: Partial<RecordInput> | Record<string, unknown>, lang: Lang = 'en'): string[] {
  const out = inputProblems(r, lang);
  return out.length ? out : calendarProblems(r as Record<string, unknown>, '', lang);
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
export function notePathProblem(p: unknown, lang: Lang = 'en'): string | undefined {
  if (!isStr(p) || p.trim() === '') return say(lang, 'note path is empty', 'le chemin de la note est vide');
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(p)) return say(lang, `note path "${p}" is a URI or drive path; use a workspace-relative path`, `le chemin de note « ${p} » est une URI ou un chemin avec lecteur ; donnez un chemin relatif à l’espace de travail`);
  if (p.startsWith('/') || p.startsWith('\\')) return say(lang, `note path "${p}" is absolute; use a workspace-relative path`, `le chemin de note « ${p} » est absolu ; donnez un chemin relatif à l’espace de travail`);
  if (p.split(/[\\/]/).some(seg => seg === '..')) return say(lang, `note path "${p}" leaves the workspace ("..")`, `le chemin de note « ${p} » sort de l’espace de travail (« .. »)`);
  if (p.includes('\\')) return say(lang, `note path "${p}" uses backslashes; use "/"`, `le chemin de note « ${p} » contient des barres obliques inverses ; utilisez « / »`);
  if (/[\u0000-\u001f]/.test(p)) return say(lang, `note path "${p}" contains control characters`, `le chemin de note « ${p} » contient des caractères de contrôle`);
  return undefined;
}

function commitmentProblems(c: unknown, where: string, lang: Lang): string[] {
  if (!c || typeof c !== 'object') return [say(lang, `${where}: not an object`, `${where} : pas un objet`)];
  const o = c as Record<string, unknown>;
  const out: string[] = [];
  if (!oneOf(SIDES, o.by)) out.push(say(lang, `${where}.by: must be one of ${SIDES.join(', ')}`, `${where}.by : doit valoir l’une de ces valeurs : ${SIDES.join(', ')}`));
  if (!isStr(o.what) || !o.what.trim()) out.push(say(lang, `${where}.what: required`, `${where}.what : obligatoire`));
  if (o.due !== undefined && !isIsoDate(o.due)) out.push(say(lang, `${where}.due: must be YYYY-MM-DD`, `${where}.due : doit être une date AAAA-MM-JJ`));
  if (!oneOf(COMMITMENT_STATES, o.state)) out.push(say(lang, `${where}.state: must be one of ${COMMITMENT_STATES.join(', ')}`, `${where}.state : doit valoir l’une de ces valeurs : ${COMMITMENT_STATES.join(', ')}`));
  return out;
}

function emailProblems(e: unknown, lang: Lang): string[] {
  if (!e || typeof e !== 'object') return [say(lang, 'email: must be an object', 'email : doit être un objet')];
  const o = e as Record<string, unknown>;
  const out: string[] = [];
  if (!isStr(o.file) || !/^mail\/[0-9a-f]{64}\.eml$/.test(o.file)) out.push(say(lang, 'email.file: must be mail/<sha256>.eml', 'email.file : doit être mail/<sha256>.eml'));
  if (!isStr(o.sha256) || !HEX64.test(o.sha256)) out.push(say(lang, 'email.sha256: must be 64 lowercase hex characters', 'email.sha256 : doit faire 64 caractères hexadécimaux en minuscules'));
  for (const k of ['messageId', 'from', 'subject'] as const) if (!isStr(o[k])) out.push(say(lang, `email.${k}: required`, `email.${k} : obligatoire`));
  if (!isIsoDateTime(o.date)) out.push(say(lang, 'email.date: must be an ISO date-time with offset', 'email.date : doit être une date et heure ISO avec décalage horaire'));
  if (!strList(o.to)) out.push(say(lang, 'email.to: must be a list of addresses', 'email.to : doit être une liste d’adresses'));
  if (o.cc !== undefined && !strList(o.cc)) out.push(say(lang, 'email.cc: must be a list of addresses', 'email.cc : doit être une liste d’adresses'));
  if (o.inReplyTo !== undefined && !isStr(o.inReplyTo)) out.push(say(lang, 'email.inReplyTo: must be a string', 'email.inReplyTo : doit être une chaîne'));
  return out;
}

/** Problems with user-supplied fields, each prefixed by its key path. Empty when valid. */
export function inputProblems(r: Partial<RecordInput> | Record<string, unknown>, lang: Lang = 'en'): string[] {
  const o = r as Record<string, unknown>;
  const out: string[] = [];
  const oneOfList = (key: string, list: readonly string[]) => say(lang, `${key}: must be one of ${list.join(', ')}`, `${key} : doit valoir l’une de ces valeurs : ${list.join(', ')}`);
  if (!oneOf(KINDS, o.kind)) out.push(oneOfList('kind', KINDS));
  if (!isIsoDateTime(o.at)) out.push(say(lang, 'at: must be an ISO date-time with offset, e.g. 2026-03-02T14:30:00+01:00', 'at : doit être une date et heure ISO avec décalage horaire, par ex. 2026-03-02T14:30:00+01:00'));
  if (!isStr(o.summary) || !o.summary.trim()) out.push(say(lang, 'summary: required', 'summary : obligatoire'));
  if (o.channel !== undefined && !oneOf(CHANNELS, o.channel)) out.push(oneOfList('channel', CHANNELS));
  if (o.direction !== undefined && !oneOf(DIRECTIONS, o.direction)) out.push(oneOfList('direction', DIRECTIONS));
  for (const k of ['participants', 'quotes', 'decisions', 'tags'] as const) {
    if (o[k] !== undefined && !strList(o[k])) out.push(say(lang, `${k}: must be a list of strings`, `${k} : doit être une liste de chaînes`));
  }
  if (o.nextContact !== undefined && !isIsoDate(o.nextContact)) out.push(say(lang, 'nextContact: must be YYYY-MM-DD', 'nextContact : doit être une date AAAA-MM-JJ'));
  if (o.commitments !== undefined) {
    if (!Array.isArray(o.commitments)) out.push(say(lang, 'commitments: must be a list', 'commitments : doit être une liste'));
    else o.commitments.forEach((c, i) => out.push(...commitmentProblems(c, `commitments[${i}]`, lang)));
  }
  if (o.notes !== undefined) {
    if (!Array.isArray(o.notes)) out.push(say(lang, 'notes: must be a list', 'notes : doit être une liste'));
    else o.notes.forEach((n, i) => {
      const l = (n ?? {}) as Record<string, unknown>;
      const p = notePathProblem(l.path, lang);
      if (p) out.push(say(lang, `notes[${i}].path: ${p}`, `notes[${i}].path : ${p}`));
      if (!isStr(l.sha256) || !HEX64.test(l.sha256)) out.push(say(lang, `notes[${i}].sha256: must be 64 lowercase hex characters`, `notes[${i}].sha256 : doit faire 64 caractères hexadécimaux en minuscules`));
    });
  }
  if (o.email !== undefined) out.push(...emailProblems(o.email, lang));
  if (o.kind === 'amendment') {
    if (!isStr(o.amends) || !o.amends) out.push(say(lang, 'amends: an amendment names the id of the record it corrects', 'amends : une correction nomme l’identifiant de l’entrée qu’elle corrige'));
    if (o.set !== undefined) {
      if (!o.set || typeof o.set !== 'object') out.push(say(lang, 'set: must be an object', 'set : doit être un objet'));
      else {
        const set = o.set as Record<string, unknown>;
        for (const k of Object.keys(set)) if (!(AMENDABLE as readonly string[]).includes(k)) out.push(say(lang, `set.${k}: cannot be amended`, `set.${k} : ne peut pas être corrigé`));
        if (Object.keys(set).length) out.push(...inputProblems({ kind: 'exchange', at: o.at, summary: 'x', ...set }, lang).map(p => `set.${p}`));
      }
    }
  } else if (o.amends !== undefined || o.set !== undefined) out.push(say(lang, 'amends/set: only for kind "amendment"', 'amends/set : seulement pour le type « amendment »'));
  if (o.kind === 'commitment-update') {
    const c = (o.commitment ?? {}) as Record<string, unknown>;
    if (!isStr(c.record) || !c.record) out.push(say(lang, 'commitment.record: the id of the record holding the commitment', 'commitment.record : l’identifiant de l’entrée qui contient l’engagement'));
    if (!Number.isInteger(c.index) || (c.index as number) < 0) {
      out.push(say(lang, 'commitment.index: a position (0-based) in that record\'s commitments', 'commitment.index : une position (à partir de 0) parmi les engagements de cette entrée'));
    }
    if (!oneOf(COMMITMENT_STATES, c.state)) out.push(oneOfList('commitment.state', COMMITMENT_STATES));
  } else if (o.commitment !== undefined) out.push(say(lang, 'commitment: only for kind "commitment-update"', 'commitment : seulement pour le type « commitment-update »'));
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

export function recordProblems(o: Record<string, unknown>, lang: Lang = 'en'): readonly string[] {
  if (plainRecordIsValid(o)) return NONE;
  const out = inputProblems(o, lang);
  if (!isStr(o.id) || !o.id) out.push(say(lang, 'id: required', 'id : obligatoire'));
  if (!isStr(o.writer) || !WRITER_ID.test(o.writer)) out.push(say(lang, 'writer: required', 'writer : obligatoire'));
  if (!Number.isInteger(o.seq) || (o.seq as number) < 1) out.push(say(lang, 'seq: must be a positive integer', 'seq : doit être un entier positif'));
  if (!isStr(o.prev) || (o.prev !== '' && !HEX64.test(o.prev))) out.push(say(lang, 'prev: must be a hash or ""', 'prev : doit être une empreinte ou ""'));
  if (!isIsoDateTime(o.recorded)) out.push(say(lang, 'recorded: must be an ISO date-time', 'recorded : doit être une date et heure ISO'));
  if (!isStr(o.hash) || !HEX64.test(o.hash)) out.push(say(lang, 'hash: must be 64 lowercase hex characters', 'hash : doit faire 64 caractères hexadécimaux en minuscules'));
  return out;
}
