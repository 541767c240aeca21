// Shared by `liaison log search` and `liaison log topic`: where the log is (the profile's
// logFolder under --dir), its writer files as lines, option checks, and usage errors (exit 2).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cliWorkspace, CliUsageError as UsageError } from '../context.js';
import * as l10n from '../l10n.js';
import type { Command } from 'commander';
import type { Profile } from '../../core/config/profile.js';
import { isIsoDate, KINDS, type Kind } from '../../core/log/record.js';
import { LOG_EXT } from '../../core/log/store.js';
import type { LineSource } from '../../core/log/search-scan.js';
import { forEachLine, forEachLineWith, type FindBytes } from '../../core/log/lines.js';
import { nodeLogStorage } from '../../node/log-storage.js';
import type { LogIssue } from '../../core/log/chain.js';
import type { Verdict } from '../../core/log/store.js';
import { escapeTerminal } from '../../core/log/escape.js';

export { CliUsageError as UsageError } from '../context.js';

export interface LogPlace { root: string; folder: string; profile?: Profile }

/** Where the log is; `appending`: the store says itself what stands in the way, and keeps the record aside. */
export async function logPlace(dir: string | undefined, appending = false): Promise<LogPlace> {
  const ws = await cliWorkspace(dir);
  // A file where the log folder should be: named here, before a read fails on "a part of this path".
  if (!appending && existsSync(ws.logDir) && !statSync(ws.logDir).isDirectory()) {
    throw new UsageError(l10n.t('the log folder {0} is a file, not a folder: move that file aside (the log is a folder of .jsonl files)', escapeTerminal(relative(process.cwd(), ws.logDir) || ws.logDir)));
  }
  return { root: ws.root, folder: ws.logDir, profile: ws.profile };
}

// Buffer's native search (a view, no copy) instead of core's byte loop.
const findBytes: FindBytes = (bytes, needle, from) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(needle, from);

/** The writer files as line sources, read in pieces as they are scanned (never whole). */
export function rawSources(folder: string): LineSource[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter(n => n.endsWith(LOG_EXT)).sort().map(name => ({
    name,
    each(cb) {
      let no = 0;
      forEachLine(nodeLogStorage.readChunks!(join(folder, name)), t => cb(t, ++no));
    },
    linesWith(needle, cb) {
      forEachLineWith(nodeLogStorage.readChunks!(join(folder, name)), needle, cb, findBytes);
    },
  }));
}

/** What `log list` and `log verify` say where there is no log at all, instead of an empty list or "intact: 0 records". */
export function noLogYet(folder: string): string {
  return l10n.t('no log in {0} yet: record an exchange with liaison log add, or run this in the project folder (or give --dir)', escapeTerminal(relative(process.cwd(), folder) || '.')) + '\n';
}

/** One finding of the log as a terminal line, in the user's language; the message quotes record fields, so it is escaped as a whole. */
export function issueLine(i: LogIssue, where: string): string {
  const severity = i.severity === 'error' ? l10n.t('error') : l10n.t('warning');
  const message = l10n.said(i);
  return l10n.t('{0}: {1}:{2}: {3}', severity, escapeTerminal(where), i.line, escapeTerminal(message)) + '\n';
}

/** The integrity verdict as a word of the sentence it ends ("integrity: intact"). */
export function verdictWord(v: Verdict): string {
  return v === 'intact' ? l10n.t('intact') : v === 'broken' ? l10n.t('broken') : l10n.t('intact-with-warnings');
}

/** The issues as `log verify --format json` gives them: the English message only, as before French was added. */
export const jsonIssues = (issues: readonly LogIssue[]): Omit<LogIssue, 'fr'>[] => issues.map(({ fr: _fr, ...i }) => i);

export const collect = (value: string, previous: string[]): string[] => [...previous, value];

export interface FilterFlags { dir?: string; since?: string; until?: string; tag: string[]; kind: string[] }

export function checkFilters(o: FilterFlags): { since?: string; until?: string; tags: string[]; kinds: Kind[] } {
  for (const [name, v] of [['since', o.since], ['until', o.until]] as const) {
    if (v !== undefined && !isIsoDate(v)) throw new UsageError(l10n.t('--{0} expects YYYY-MM-DD (got "{1}")', name, v));
  }
  for (const k of o.kind) if (!(KINDS as readonly string[]).includes(k)) throw new UsageError(l10n.t('--{0} must be one of {1} (got "{2}")', 'kind', KINDS.join(', '), k));
  return { since: o.since, until: o.until, tags: o.tag, kinds: o.kind as Kind[] };
}

export const withFilters = (c: Command) => c
  .option('--dir <folder>', l10n.t('workspace root (default: the nearest folder up holding .liaison/, else the current one); the log is in its profile\'s logFolder'))
  .option('--since <date>', l10n.t('from this day, YYYY-MM-DD'))
  .option('--until <date>', l10n.t('up to this day, YYYY-MM-DD'))
  .option('--tag <tag>', l10n.t('records with this tag (repeatable: any of them)'), collect, [])
  .option('--kind <kind>', l10n.t('records of this kind (repeatable): {0}', KINDS.join(', ')), collect, []);

export const run = <T>(fn: (o: T) => Promise<void>) => async (o: T) => {
  try {
    await fn(o);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(l10n.t('liaison log: {0}', e.message) + '\n');
    process.exitCode = 2;
  }
};
