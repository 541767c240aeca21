// An unsent email draft (.eml) the system mail client opens: RFC 5322 headers, non-ASCII words
// encoded per RFC 2047 (UTF-8, "B" encoding, at most 75 characters per encoded word, folded
// lines), `X-Unsent: 1` (Outlook and Apple Mail open it as a draft to send), and a
// multipart/alternative body with the text part first and the HTML part second (RFC 2046: the
// richest last). Parts are base64 so no line of the note can break the MIME structure.
// Pure: no Buffer, no clock (the date is passed in).
import { base64 } from './base64.js';

export interface Mailbox { name?: string; address: string }

export interface DraftInput {
  to: Mailbox[];
  from?: Mailbox;
  subject: string;
  text: string;
  html: string;
  date: Date;
}

const CRLF = '\r\n';
const utf8 = new TextEncoder();
const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/**
 * RFC 2047 encoded words for `text`, never splitting a character. 36 bytes make 48 base64
 * characters, a 60-character word: with "Subject: " before it the line stays under 76.
 */
export function encodedWords(text: string): string[] {
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (utf8.encode(chunk + ch).length > 36) { words.push(chunk); chunk = ''; }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map(w => `=?UTF-8?B?${base64(utf8.encode(w))}?=`);
}

/** An unstructured header value (Subject): plain when ASCII, else encoded words folded on lines. */
export function headerText(text: string): string {
  const clean = text.replace(/[\r\n]+/g, ' ').trim();
  return isAscii(clean) ? clean : encodedWords(clean).join(CRLF + ' ');
}

/** `Name <address>`: the name quoted when it has specials, encoded when not ASCII. */
export function mailbox(m: Mailbox): string {
  const address = m.address.trim();
  if (!/^[^\s<>()",;:@]+@[^\s<>()",;:@]+$/.test(address)) throw new Error(`"${address}" is not an email address`);
  const name = m.name?.replace(/[\r\n"\\]+/g, ' ').trim();
  if (!name) return address;
  // An encoded name is folded onto its own lines, the address after it (folding is allowed there).
  if (!isAscii(name)) return `${encodedWords(name).join(CRLF + ' ')}${CRLF} <${address}>`;
  return `${/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/.test(name) ? name : `"${name}"`} <${address}>`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** RFC 5322 date with the writer's local offset: "Tue, 01 Dec 2026 09:30:00 +0100". */
export function rfc5322Date(d: Date): string {
  const off = -d.getTimezoneOffset();
  const zone = `${off >= 0 ? '+' : '-'}${pad(Math.floor(Math.abs(off) / 60))}${pad(Math.abs(off) % 60)}`;
  return `${DAYS[d.getDay()]}, ${pad(d.getDate())} ${MONTHS[d.getMonth()]} ${d.getFullYear()} ` +
    `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())} ${zone}`;
}

const lines76 = (b64: string) => (b64.match(/.{1,76}/g) ?? []).join(CRLF);
const crlf = (s: string) => s.replace(/\r?\n/g, CRLF);

/** A short tag from the content, so the boundary is stable for one draft and absent from the parts. */
function boundaryFor(input: DraftInput): string {
  let h = 0x811c9dc5;
  for (const ch of input.subject + input.text) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return `=_liaison_${h.toString(16).padStart(8, '0')}`;
}

export function buildDraft(input: DraftInput): string {
  const boundary = boundaryFor(input);
  const headers = [
    ...(input.from ? [`From: ${mailbox(input.from)}`] : []),
    // No recipient known: no `To:` at all (a draft needs none), the mail client asks for one.
    ...(input.to.length ? [`To: ${input.to.map(mailbox).join(`,${CRLF} `)}`] : []),
    `Subject: ${headerText(input.subject)}`,
    `Date: ${rfc5322Date(input.date)}`,
    'X-Unsent: 1',
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  const part = (type: string, body: string) => [
    `--${boundary}`, `Content-Type: ${type}; charset=utf-8`, 'Content-Transfer-Encoding: base64', '',
    lines76(base64(utf8.encode(crlf(body)))),
  ].join(CRLF);
  return [...headers, '', 'This is a multipart message in MIME format.', '',
    part('text/plain', input.text), part('text/html', input.html), `--${boundary}--`, ''].join(CRLF);
}

/** `mailto:` for mail clients that cannot open a draft file: text only, and short (URL limits). */
export function mailtoUrl(to: string[], subject: string, text: string, maxBody = 1800): string {
  const body = text.length > maxBody ? text.slice(0, maxBody).replace(/\s+\S*$/, '') + '\n…' : text;
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${to.map(encodeURIComponent).join(',')}?subject=${enc(subject)}&body=${enc(body)}`;
}
