// Reads what the counsel export quotes in full: the sent notes' current text (workspace files) and
// the emails' originals (log folder). Paths come from the log and are checked to stay inside.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedLog } from '../core/log/store.js';
import { notePathProblem, quotableNote } from '../core/log/record.js';
import { sha256Hex } from '../core/log/canonical.js';
import { confine } from '../node/workspace-path.js';

export function exportSources(root: string, logDir: string, log: LoadedLog): { noteTexts: Record<string, string | undefined>; originals: Record<string, Uint8Array | undefined> } {
  const noteTexts: Record<string, string | undefined> = {};
  const originals: Record<string, Uint8Array | undefined> = {};
  for (const { record: r } of log.records) {
    for (const n of r.notes ?? []) {
      if (n.path in noteTexts || notePathProblem(n.path)) continue;
      // Symlinks followed: a note linked out of the workspace is not read (it would be copied into the export).
      const c = confine(root, n.path);
      const f = c.path ?? join(root, n.path);
      const text = c.problem === undefined && existsSync(f) && statSync(f).isFile() ? readFileSync(f, 'utf8') : undefined;
      noteTexts[n.path] = text !== undefined && quotableNote(n.path, text, n.sha256, t => sha256Hex(t)) ? text : undefined;
    }
    const m = r.email?.file;
    if (m && /^mail\/[0-9a-f]{64}\.eml$/.test(m) && !(m in originals)) {
      const f = join(logDir, m);
      originals[m] = existsSync(f) ? new Uint8Array(readFileSync(f)) : undefined;
    }
  }
  return { noteTexts, originals };
}
