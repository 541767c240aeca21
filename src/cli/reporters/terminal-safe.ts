// The stylish report goes to a terminal: a file name or a quoted line of a note may hold ESC
// sequences or bidi overrides (a note is text anyone could have written), which would repaint the
// screen or reorder what the user reads. JSON and SARIF escape them by themselves.
import type { VFile } from 'vfile';
import { escapeTerminal } from '../../core/log/escape.js';

const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

/** Makes the files' paths and messages safe to print (in place: call it last, just before the report). */
export function terminalSafe(files: VFile[]): VFile[] {
  for (const f of files) {
    // The reporter names a file by its first path (history[0]), not by `path`.
    if (f.history.some(p => UNSAFE.test(p))) f.history = f.history.map(escapeTerminal);
    for (const m of f.messages) {
      // Line breaks are the reporter's own layout (a reason's extra lines); the rest is escaped.
      if (UNSAFE.test(m.message)) m.message = m.reason = m.message.split('\n').map(escapeTerminal).join('\n');
      if (m.stack && UNSAFE.test(m.stack)) m.stack = m.stack.split('\n').map(escapeTerminal).join('\n');
      if (typeof m.file === 'string' && UNSAFE.test(m.file)) m.file = escapeTerminal(m.file);
    }
  }
  return files;
}
