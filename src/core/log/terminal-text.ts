// Log text printed to a terminal: control characters (ANSI escapes, carriage returns, bells) and
// bidirectional overrides could repaint the screen or reorder what the user reads, so each one is
// shown as a visible \u{…} escape instead. Newlines and tabs become spaces (one line per field).
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

export function terminalText(s: unknown): string {
  return String(s ?? '').replace(/[\t\n]/g, ' ').replace(UNSAFE, c => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
