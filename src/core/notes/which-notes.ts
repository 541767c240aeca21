// Which Markdown files are client notes, for the editor and the CLI alike: Markdown with Liaison
// front matter `type:` (a known note type), or Markdown inside the profile's notes folder. Never
// the user's other Markdown (README, docs, changelog), which the linter would only nag.
import { readFrontMatter } from '../markdown/front-matter.js';
import { typeFromFrontMatter } from './note-info.js';

export const DEFAULT_NOTES_FOLDER = 'notes';

/** Project files that are never notes, even in the notes folder. */
const NOT_NOTES = /^(readme|changelog|license|contributing)\b/i;

export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown)$/i.test(path);
}

/** Front matter with a known Liaison note type (only the first 8 KiB are read). */
export function hasNoteType(text: string): boolean {
  return !!typeFromFrontMatter(readFrontMatter(text.slice(0, 8192)).data);
}

/** `relPath`: the file's path from the workspace (profile) root, "/" separators. */
export function isInNotesFolder(relPath: string, notesFolder: string = DEFAULT_NOTES_FOLDER): boolean {
  const rel = relPath.replace(/\\/g, '/').replace(/^\.\//, '');
  const notes = (notesFolder.trim() || DEFAULT_NOTES_FOLDER).replace(/\\/g, '/').replace(/^\.?\/+|\/+$/g, '');
  const base = rel.split('/').pop() ?? '';
  return rel.startsWith(notes + '/') && !NOT_NOTES.test(base);
}

/** A client note: Markdown, and typed in its front matter or kept in the notes folder. */
export function isNote(relPath: string, text: string, notesFolder?: string): boolean {
  return isMarkdownPath(relPath) && (hasNoteType(text) || isInNotesFolder(relPath, notesFolder));
}
