// A client's email into the log (P4, P7): the original kept byte for byte (what weighs in a
// dispute is the message as received, headers included), the headers that identify it, the
// date with the sender's time zone, the direction from the profile's addresses, and the new text
// of the body as the client's own words. Parsed with postal-mime (pure JS, no Node built-ins).
import PostalMime, { type Address, type Email } from 'postal-mime';
import type { Profile } from '../config/profile.js';
import type { Direction, EmailLink, LogRecord, RecordInput } from '../log/record.js';
import { sha256Hex } from '../log/canonical.js';
import { newText } from './quoted.js';
import { htmlToText } from './html-text.js';

export interface ParsedEmail {
  email: EmailLink;
  /** The sender's display name, else address. */
  fromName: string;
  /** Display names of the other people in To and Cc. */
  people: string[];
  /** What the sender wrote this time (quoted history and signature removed). */
  text: string;
  /** The whole body as text, history included (the counsel export's appendix). */
  fullText: string;
  /** File names of the attachments (not inline images): they stay in the kept original, the import says so. */
  attachments: string[];
}

/**
 * Written once as mail/.gitattributes: git must not convert the originals' line endings (a
 * checkout with autocrlf would change their bytes, and their sha256 with them).
 */
export const MAIL_GITATTRIBUTES = '# Originals of imported emails: bytes, never converted (their sha256 is recorded).\n*.eml -text\n';

/** The original's place under the log folder: its own hash names it, so it cannot be swapped. */
export const mailFile = (sha256: string): string => `mail/${sha256}.eml`;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Record<string, string> = { UT: '+00:00', GMT: '+00:00', Z: '+00:00', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00',
  MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00' };
const pad = (n: number | string) => String(n).padStart(2, '0');

/** RFC 5322 date ("Tue, 1 Dec 2026 11:02:04 -0500") -> "2026-12-01T11:02:04-05:00", keeping its offset. */
export function rfc5322ToIso(value: string): string | undefined {
  const m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Z]{1,5})?/.exec(value.replace(/\([^)]*\)/g, ' '));
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2]!.toLowerCase());
  if (month < 0) return undefined;
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const zone = m[7] ? (/^[+-]\d{4}$/.test(m[7]) ? `${m[7].slice(0, 3)}:${m[7].slice(3)}` : ZONES[m[7]] ?? '+00:00') : '+00:00';
  const iso = `${year}-${pad(month + 1)}-${pad(m[1]!)}T${pad(m[4]!)}:${m[5]}:${m[6] ?? '00'}${zone}`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}

const flat = (list: Address[] | undefined) => (list ?? []).flatMap(a => (a.group ? a.group : [a]));
const addressOf = (a: Address | undefined) => (a && !a.group ? a.address.toLowerCase() : '');

/** An email that cannot be imported: `message` in English, `fr` the same in French (the CLI says the one its user reads). */
export class EmailImportError extends Error {
  constructor(message: string, readonly fr: string) { super(message); }
}

export async function parseEmail(bytes: Uint8Array): Promise<ParsedEmail> {
  if (!bytes.length) {
    throw new EmailImportError('the file is empty: save the whole message from your mail program (File, Save As, .eml) and import that file',
      'le fichier est vide\u00a0: enregistrez le message entier depuis votre messagerie (Fichier, Enregistrer sous, .eml) et importez ce fichier');
  }
  let mail: Email;
  try {
    mail = await PostalMime.parse(bytes);
  } catch (e) {
    throw new EmailImportError(`not a readable email (${(e as Error).message})`, `ce n’est pas un courriel lisible (${(e as Error).message})`);
  }
  const from = mail.from && !mail.from.group ? mail.from : undefined;
  if (!from?.address) throw new EmailImportError('the email has no From address: is it an .eml file (a whole message with its headers)?',
    'le courriel n’a pas d’adresse From : est-ce bien un fichier .eml (un message entier avec ses en-têtes) ?');
  if (!mail.messageId) throw new EmailImportError('the email has no Message-ID header: it cannot be told apart from another copy, so it is not imported',
    'le courriel n’a pas d’en-tête Message-ID : impossible de le distinguer d’une autre copie, il n’est donc pas importé');
  const rawDate = mail.headers.find(h => h.key === 'date')?.value;
  const date = (rawDate && rfc5322ToIso(rawDate)) || (mail.date && !Number.isNaN(Date.parse(mail.date)) ? new Date(mail.date).toISOString().replace(/\.\d{3}Z$/, '+00:00') : undefined);
  if (!date) throw new EmailImportError('the email has no readable Date header', 'le courriel n’a pas d’en-tête Date lisible');
  const to = flat(mail.to);
  const cc = flat(mail.cc);
  const fullText = (mail.text ?? (mail.html ? htmlToText(mail.html, true) : '')).replace(/\r\n?/g, '\n').trim();
  const body = mail.text ? newText(mail.text) : mail.html ? newText(htmlToText(mail.html)) : '';
  const sha256 = sha256Hex(bytes);
  return {
    email: {
      file: mailFile(sha256), sha256, messageId: mail.messageId.trim(), inReplyTo: mail.inReplyTo?.trim() || undefined,
      from: from.address.toLowerCase(), to: to.map(addressOf).filter(Boolean), cc: cc.length ? cc.map(addressOf).filter(Boolean) : undefined,
      date, subject: (mail.subject ?? '').trim(),
    },
    fromName: from.name || from.address,
    people: [...to, ...cc].map(a => a.name || a.address),
    text: body,
    fullText,
    attachments: mail.attachments.filter(x => !x.related && x.disposition !== 'inline').map(x => x.filename || x.mimeType),
  };
}

/** From the freelancer: to the client. Anything else (the client, their colleagues): from the client. */
export function directionOf(email: EmailLink, profile: Partial<Profile> | undefined): Direction {
  const mine = [profile?.freelancer?.email].filter((x): x is string => !!x).map(x => x.trim().toLowerCase());
  return mine.includes(email.from) ? 'to-client' : 'from-client';
}

/** The log record for a parsed email: an exchange by email, the sender's words as quotes. */
export function emailRecord(p: ParsedEmail, profile: Partial<Profile> | undefined): RecordInput {
  const direction = directionOf(p.email, profile);
  return {
    kind: 'exchange', at: p.email.date, channel: 'email', direction,
    participants: [...new Set([p.fromName, ...p.people])],
    summary: p.email.subject || p.text.split('\n')[0]!.slice(0, 120) || p.email.messageId,
    // The client's own words; an email I sent is already my words, kept in the original.
    quotes: direction === 'from-client' && p.text ? [p.text] : undefined,
    email: p.email,
  };
}

/**
 * The record that already holds this Message-ID, if any; with `sha256`, only one that kept these
 * very bytes (the same file imported twice). Another email reusing a Message-ID (a broken mailer, or
 * a forged email imported first to keep the real one out) is not the same email: it is imported too.
 */
export function alreadyImported(records: readonly LogRecord[], messageId: string, sha256?: string): LogRecord | undefined {
  return records.find(r => r.email?.messageId === messageId && (sha256 === undefined || r.email.sha256 === sha256));
}
