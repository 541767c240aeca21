// Shared by `liaison log search` and `liaison log topic`: where the log is (the profile's
// logFolder under --dir), its writer files as lines, option checks, and usage errors (exit 2).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cliWorkspace, CliUsageError as UsageError } from '../context.js';
import type { Command } from 'commander';
import type { Profile } from '../../core/config/profile.js';
import { isIsoDate, KINDS, type Kind } from '../../core/log/record.js';
import { LOG_EXT } from '../../core/log/store.js';
import type { LineSource } from '../../core/log/search-scan.js';
import { forEachLine } from '../../core/log/lines.js';
import { nodeLogStorage } from '../../node/log-storage.js';

export { CliUsageError as UsageError } from '../context.js';

export interface LogPlace { root: string; folder: string; profile?: Profile }

export async function logPlace(dir: string | undefined): Promise<LogPlace> {
  const ws = await cliWorkspace(dir);
  return { root: ws.root, folder: ws.logDir, profile: ws.profile };
}

/** The writer files as line sources, read in pieces as they are scanned (never whole). */
export function rawSources(folder: string): LineSource[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter(n => n.endsWith(LOG_EXT)).sort().map(name => ({
    name,
    each(cb) {
      let no = 0;
      forEachLine(nodeLogStorage.readChunks!(join(folder, name)), t => cb(t, ++no));
    },
  }));
}

export const collect = (value: string, previous: string[]): string[] => [...previous, value];

export interface FilterFlags { dir?: string; since?: string; until?: string; tag: string[]; kind: string[] }

export function checkFilters(o: FilterFlags): { since?: string; until?: string; tags: string[]; kinds: Kind[] } {
  for (const [name, v] of [['since', o.since], ['until', o.until]] as const) {
    if (v !== undefined && !isIsoDate(v)) throw new UsageError(`--${name} expects YYYY-MM-DD (got "${v}")`);
  }
  for (const k of o.kind) if (!(KINDS as readonly string[]).includes(k)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')} (got "${k}")`);
  return { since: o.since, until: o.until, tags: o.tag, kinds: o.kind as Kind[] };
}

export const withFilters = (c: Command) => c
  .option('--dir <folder>', 'workspace root (default: the nearest folder up holding .liaison/, else the current one); the log is in its profile\'s logFolder')
  .option('--since <date>', 'from this day, YYYY-MM-DD')
  .option('--until <date>', 'up to this day, YYYY-MM-DD')
  .option('--tag <tag>', 'records with this tag (repeatable: any of them)', collect, [])
  .option('--kind <kind>', `records of this kind (repeatable): ${KINDS.join(', ')}`, collect, []);

export const run = <T>(fn: (o: T) => Promise<void>) => async (o: T) => {
  try {
    await fn(o);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`liaison log: ${e.message}\n`);
    process.exitCode = 2;
  }
};
