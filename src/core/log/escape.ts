// Everything shown from the log is text, never markup nor terminal commands: these are the only
// ways log content reaches HTML, Markdown or a terminal. A record is data its writer (or whoever
// edited the file) chose, so each of them assumes the worst: control codes, bidi overrides that
// make "0001$" read "$1000", autolinks, raw HTML, code-span breakouts.

/** Bidi controls: embeddings, overrides, isolates, marks. Shown, never obeyed. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** C0 and C1 controls and DEL, plus the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const codePoint = (c: string) => 'U+' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/**
 * One field as a terminal may show it: control, bidi and separator characters become visible
 * escapes (`\x1b`, `\u202e`), tabs and newlines included, so a field can neither move the cursor,
 * clear the screen, hide text, make a link (OSC 8) nor start a line of its own.
 */
export function escapeTerminal(s: unknown): string {
  return String(s ?? '').replace(CONTROL, c => {
    const n = c.charCodeAt(0);
    return n === 0x2028 || n === 0x2029 ? `\\u${n.toString(16)}` : `\\x${n.toString(16).padStart(2, '0')}`;
  }).replace(BIDI, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A field kept on one line of terminal output (a search hit, a line of Markdown): tabs and line breaks as spaces, the rest as escapeTerminal. */
export function terminalLine(s: unknown): string {
  return escapeTerminal(String(s ?? '').replace(/\r\n|[\t\n\r]/g, ' '));
}

/**
 * Plain text for an editor label or tooltip (never Markdown there): bidi and control characters
 * shown as [U+202E], as the HTML export shows them, so "0001$" in the sidebar cannot read "$1000".
 */
export function visibleText(s: unknown): string {
  return String(s ?? '').replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, c => `[${codePoint(c)}]`);
}

/**
 * Text for an editor notification: what escapeTerminal does, and no link. VS Code renders
 * `[label](command:…)` in a notification as a link that runs the command with its arguments, so an
 * email subject or a record id holding one must not reach a message as it is ("](" becomes "] (").
 */
export function escapeNotification(s: unknown): string {
  return escapeTerminal(s).replace(/\]\(/g, '] (');
}

/**
 * JSON for a terminal or a pipe: the same value (JSON.stringify already escapes C0 controls), with
 * bidi controls and line separators written as \uXXXX so a terminal that shows the JSON cannot reorder it.
 */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\u0080-\u009f]/g,
    c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const HTML_SPECIAL = /[&<>"'`]|[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(HTML_SPECIAL, c => ('&<>"\'`'.includes(c) ? `&#${c.charCodeAt(0)};` : `[${codePoint(c)}]`));
}

/**
 * Markdown-safe inline text: HTML special characters become entities (no raw HTML), inline
 * Markdown punctuation is backslash-escaped (no links, images, emphasis, code, table cells),
 * GFM autolink literals are defanged, as security reports do (`https[:]//`, `www[.]`, `name[@]host`):
 * GFM finds them in the decoded text, so an entity or a backslash would not stop them,
 * and what would open a block at the start is escaped. Line breaks of every kind become spaces so
 * a field can never start a block of its own; bidi and control characters are shown as U+XXXX.
 */
// One pass (a 10 MB field is one regex scan, not eight copies).
const MD_SPECIAL = /\r\n|[\r\n\u2028\u2029\u0085]|[&<>]|[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\u0000-\u001f\u007f-\u009f]|[\\`*_{}[\]()#!|~^]|:(?=\/\/)|\b(?:mailto|xmpp):|@|\bwww\./gi;
const MD_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function mdChar(m: string): string {
  if (m.length > 2) return m.slice(0, -1) + (m.endsWith(':') ? '\\[:\\]' : '\\[.\\]'); // mailto:, xmpp:, www.
  if (m === '\r\n' || m === '\r' || m === '\n' || m === '\u2028' || m === '\u2029' || m === '\u0085' || m === '\t') return ' ';
  if (m === ':') return '\\[:\\]';
  if (m === '@') return '\\[@\\]';
  const e = MD_ENTITY[m];
  if (e) return e;
  const c = m.charCodeAt(0);
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c > 0xff) return `\\[${codePoint(m)}\\]`;
  return '\\' + m;
}

export function escapeMarkdown(s: unknown): string {
  return String(s ?? '').replace(MD_SPECIAL, mdChar).replace(/^(\s*)([-+=]|\d+[.)])/, '$1\\$2');
}

/** A hash as code when it is one (64 hex), else as escaped text: a forged "hash" is just text. */
export function markdownHash(h: unknown, length = 64): string {
  const s = String(h ?? '');
  return /^[0-9a-f]{64}$/.test(s) ? '`' + s.slice(0, length) + (length < 64 ? '…' : '') + '`' : escapeMarkdown(s);
}
