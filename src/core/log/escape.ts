// Everything shown from the log is text, never markup: these are the only ways log content
// reaches HTML or Markdown output.

export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(/[&<>"'`]/g, c => `&#${c.charCodeAt(0)};`);
}

/**
 * Markdown-safe inline text: HTML special characters become entities (no raw HTML, no autolinks),
 * inline Markdown punctuation is backslash-escaped (no links, images, emphasis, code, table
 * cells), and what would open a block at the start is escaped. Newlines become spaces so a field
 * can never start a block of its own.
 */
export function escapeMarkdown(s: unknown): string {
  return String(s ?? '')
    .replace(/\r?\n/g, ' ')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#!|~])/g, '\\$1')
    .replace(/^(\s*)([-+=]|\d+[.)])/, '$1\\$2');
}
