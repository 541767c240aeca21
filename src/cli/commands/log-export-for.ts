// `liaison log export-for counsel|client`: the two exports, each as a .md and a self-contained
// .html in the exports folder (default `exports/`). Exit 0 written, 1 the log is broken (the
// counsel export says so too), 2 usage error.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { isLang, type Clock, type Lang } from '../../core/ports.js';
import { clockOf, todayOption } from '../today.js';
import { isIsoDate } from '../../core/log/record.js';
import { loadLog, verdictOf, witnessSummary, type LoadedLog } from '../../node/log-store.js';
import { logProgress } from '../progress.js';
import { localDay } from '../../core/log/dates.js';
import { counselExport } from '../../core/log/export-counsel.js';
import { witnessIssues } from '../../core/log/report.js';
import type { ChainNode } from '../../core/log/chain.js';
import { withGitIssues } from './log-verify.js';
import { clientRecap } from '../../core/log/export-client.js';
import { docToHtml, docToMarkdown } from '../../core/log/export-doc.js';
import { exportSources } from '../exports.js';
import { action, cliWorkspace, CliUsageError } from '../context.js';
import * as l10n from '../l10n.js';

interface Flags { dir?: string; outDir: string; since?: string; until?: string; lang?: string; today?: Clock }

async function exportFor(audience: string, o: Flags): Promise<void> {
  if (audience !== 'counsel' && audience !== 'client') throw new CliUsageError(l10n.t('export-for expects counsel or client (got "{0}")', audience));
  for (const [k, v] of [['since', o.since], ['until', o.until]] as const) if (v !== undefined && !isIsoDate(v)) throw new CliUsageError(l10n.t('--{0} expects YYYY-MM-DD (got "{1}")', k, v));
  if (o.lang !== undefined && !isLang(o.lang)) throw new CliUsageError(l10n.t('--lang must be en or fr'));
  const ws = await cliWorkspace(o.dir);
  const now = clockOf(o).now();
  const lang: Lang = (o.lang as Lang | undefined) ?? ws.profile?.lang ?? l10n.lang();
  // What verify finds, git history included: an export must not say "Intact" of a log rewritten since its last commit.
  const chains: Record<string, ChainNode[]> = {};
  // On a terminal, how far the read is (stderr, cleared before the file names are printed).
  const progress = logProgress();
  let loaded: LoadedLog;
  try {
    loaded = loadLog(ws.logDir, { chains, onProgress: progress.onProgress });
  } finally {
    progress.done();
  }
  const log = { ...loaded, issues: withGitIssues(ws.logDir, loaded.issues, loaded.files, chains) };
  const filter = { since: o.since, until: o.until };
  // Checked against the chains just read: one read of the log, however many witnesses.
  const witnesses = witnessSummary(ws.logDir, chains);
  const doc = audience === 'counsel'
    ? await counselExport({ log, profile: ws.profile, lang, now, filter, ...exportSources(ws.root, ws.logDir, log), witnesses })
    : clientRecap({ log, profile: ws.profile, lang, now, filter });
  const folder = resolve(ws.root, o.outDir);
  mkdirSync(folder, { recursive: true });
  const base = join(folder, `${audience === 'counsel' ? 'for-counsel' : 'client-recap'}-${localDay(now)}`);
  writeFileSync(base + '.md', docToMarkdown(doc));
  writeFileSync(base + '.html', docToHtml(doc));
  process.stdout.write(`${relative(process.cwd(), base + '.md')}\n${relative(process.cwd(), base + '.html')}\n`);
  if (audience === 'counsel' && verdictOf([...log.issues, ...witnessIssues(witnesses)]) === 'broken') process.exitCode = 1;
  if (audience === 'client' && verdictOf(log.issues) === 'broken') {
    process.stderr.write(l10n.t('warning: the log is broken: this recap may hold records changed by hand; run liaison log verify before sending it') + '\n');
  }
}

export function registerLogExportFor(program: Command): void {
  const log = program.commands.find(c => c.name() === 'log');
  if (!log) throw new Error('the log command must be registered first');
  log.command('export-for').description(l10n.t('Export for counsel (chronology, commitments, full texts of notes and emails, hashes, how to verify) or a recap for the client (decisions and commitments, nothing internal)'))
    .argument('<audience>', l10n.t('counsel or client'))
    .option('--dir <folder>', l10n.t('workspace root (default: the nearest folder up holding .liaison/, else the current one)'))
    .option('--out-dir <folder>', l10n.t('where the .md and .html go, relative to the workspace'), 'exports')
    .option('--since <date>', l10n.t('from this day, YYYY-MM-DD'))
    .option('--until <date>', l10n.t('up to this day, YYYY-MM-DD'))
    .option('--lang <lang>', l10n.t('en or fr (default: the profile\'s language, else from LANG)'))
    .addOption(todayOption(l10n.t('the generation date')))
    .action(action('log export-for', exportFor));
}
