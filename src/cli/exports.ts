// Reads what the counsel export quotes in full: the sent notes' current text (workspace files) and
// the emails' originals (log folder). Paths come from the log and are checked to stay inside.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedLog } from '../core/log/store.js';
import { notePathProblem } from '../core/log/record.js';

export function exportSources(root: string, logDir: string, log: LoadedLog): { noteTexts: Record<string, string | undefined>; originals: Record<string, Uint8Array | undefined> } {
  const noteTexts: Record<string, string | undefined> = {};
  const originals: Record<string, Uint8Array | undefined> = {};
  for (const { record: r } of log.records) {
    for (const n of r.notes ?? []) {
      if (n.path in noteTexts || notePathProblem(n.path)) continue;
      const f = join(root, n.path);
      noteTexts[n.path] = existsSync(f) ? readFileSync(f, 'utf8') : undefined;
    }
    const m = r.email?.file;
    if (m && /^mail\/[0-9a-f]{64}\.eml$/.test(m) && !(m in originals)) {
      const f = join(logDir, m);
      originals[m] = existsSync(f) ? new Uint8Array(readFileSync(f)) : undefined;
    }
  }
  return { noteTexts, originals };
}
