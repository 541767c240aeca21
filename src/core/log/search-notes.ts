// The text of notes recorded as sent, read through the FileSystem port. A note edited since it
// was sent is not searched as if it were what the client received: it is "changed since sent".
import type { FileSystem } from '../ports.js';
import type { NoteLink } from './record.js';
import { noteKey, type NoteText } from './search.js';

export interface HasNotes { record: { notes?: NoteLink[] } }

/** Reads each linked note once. `sha256` hashes the bytes (the shell passes Node's or Web Crypto's). */
export async function loadSentNotes(fs: FileSystem, root: string, records: Iterable<HasNotes>,
  sha256: (data: Uint8Array) => string | Promise<string>): Promise<Map<string, NoteText>> {
  const out = new Map<string, NoteText>();
  const base = root.replace(/[\\/]+$/, '');
  for (const { record } of records) {
    for (const n of record.notes ?? []) {
      const key = noteKey(n);
      if (out.has(key)) continue;
      try {
        const bytes = await fs.readFile(`${base}/${n.path}`);
        out.set(key, (await sha256(bytes)) === n.sha256 ? { text: new TextDecoder().decode(bytes) } : { changed: true });
      } catch {
        out.set(key, { missing: true });
      }
    }
  }
  return out;
}

export const NOTE_STATE = {
  changed: { en: 'changed since sent', fr: 'modifiée depuis l’envoi' },
  missing: { en: 'file not found', fr: 'fichier introuvable' },
} as const;
