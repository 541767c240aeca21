// `liaison log verify`: the hash chains, then what git history adds (in a repository), then an
// anchor reference when one is given. Exit 1 when the log is broken or the anchor no longer holds.
import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { checkAnchor, loadLog, logWitnesses, verdictOf, type LoadProgress } from '../../node/log-store.js';
import { logProgress } from '../progress.js';
import { timestampChecks } from './log-timestamp.js';
import { nodeGitHistory } from '../../node/git-history.js';
import { escapeTerminal as tty, jsonText } from '../../core/log/escape.js';
import { issueLine, jsonIssues, noLogYet } from './log-workspace.js';
import { parseAnchor, uncoveredText } from '../../core/log/anchor.js';
import type { ChainNode } from '../../core/log/chain.js';
import { historyFindings, withHistory } from '../../core/log/history.js';
import { run, UsageError, where } from './log.js';
import * as l10n from '../l10n.js';

// The exports import it from here; it lives in src/node so the editor's exports check git the same way.
export { withGitIssues } from '../../node/git-issues.js';

/**
 * Verify's findings with what git history adds (a repository, git installed, not --no-git). The
 * chains (every record's chain fields) are kept only when git history or a reference needs them.
 */
function verifyFindings(folder: string, useGit: boolean, needChains: boolean, onProgress?: (p: LoadProgress) => void) {
  const git = useGit ? nodeGitHistory(folder) : undefined;
  const chains: Record<string, ChainNode[]> | undefined = git || needChains ? {} : undefined;
  const log = loadLog(folder, { keep: false, chains, onProgress });
  let issues = log.issues;
  if (git && chains) for (const f of log.files) issues = withHistory(issues, f, historyFindings(f, chains[f] ?? [], git, f));
  issues.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { log, issues, chains };
}

/** A check as JSON gives it: its English message only. */
const english = <T extends object>(check: T): Omit<T, 'fr'> => { const { fr: _fr, ...rest } = check as T & { fr?: string }; return rest; };

async function verify(o: { dir?: string; format: string; anchor?: string; git: boolean }): Promise<void> {
  if (!['text', 'json'].includes(o.format)) throw new UsageError(l10n.t('--format must be text or json (got "{0}")', o.format));
  const ref = o.anchor === undefined ? undefined : parseAnchor(o.anchor);
  if (o.anchor !== undefined && !ref) throw new UsageError(l10n.t('--anchor expects a reference like {0} (got "{1}")', 'LX-7F3A-91C2-88D0-B1E4', o.anchor));
  const w = await where(o.dir);
  // Stored timestamps, checked offline; one that no longer holds is a broken witness.
  const witnesses = logWitnesses(w.folder);
  const stamped = timestampChecks(w.folder, witnesses);
  // References given out earlier, from their entries in the log folder: a careless rewrite that left them is caught here.
  // An entry whose "ref" is not a reference at all is not one that was given out: skipped.
  const given = witnesses.filter(x => x.channel !== 'timestamp' && x.ref !== ref && parseAnchor(x.ref) === x.ref);
  // On a terminal, how far the read is (stderr, cleared before the verdict; never in JSON).
  const progress = logProgress({ json: o.format === 'json' });
  let found: ReturnType<typeof verifyFindings>;
  try {
    found = verifyFindings(w.folder, o.git, ref !== undefined || stamped.length > 0 || given.length > 0, progress.onProgress);
  } finally {
    progress.done();
  }
  const { log, issues, chains } = found;
  // One read of the log for the chains, the anchor and every timestamp.
  const anchor = ref ? checkAnchor(w.folder, ref, chains) : undefined;
  const stamps = stamped.map(s => ({ ...s, holds: s.ok && checkAnchor(w.folder, s.ref, chains).ok }));
  const kept = [...new Map(given.map(x => [x.ref, x])).values()].map(x => ({ ref: x.ref, issued: x.issued, channel: x.channel, check: checkAnchor(w.folder, x.ref, chains) }));
  const verdict = verdictOf(issues);
  if (o.format === 'json') {
    process.stdout.write(jsonText({ verdict, records: log.count, files: log.files, heads: log.heads, issues: jsonIssues(issues), anchor: anchor && english(anchor), timestamps: stamps.map(english),
      references: kept.map(k => ({ ref: k.ref, issued: k.issued, channel: k.channel, holds: k.check.ok, message: k.check.ok ? undefined : k.check.message })) }, 2) + '\n');
  } else {
    for (const i of issues) process.stdout.write(issueLine(i, relative(w.root, join(w.folder, i.file))));
    const n = l10n.t('{0} record(s) in {1} file(s)', log.count, log.files.length);
    // No log at all and nothing ever given out about one: say so, not "intact" (witnesses left behind mean one was removed).
    if (!log.files.length && !witnesses.length && !ref) { process.stdout.write(noLogYet(w.folder)); return; }
    process.stdout.write((verdict === 'broken' ? l10n.t('log BROKEN: {0}; see the errors above', n)
      : verdict === 'intact' ? l10n.t('log intact: {0}; every record matches its hash and follows the one before it', n)
      : l10n.t('log readable with warnings: {0}; no record found changed, read the warnings above', n)) + '\n');
    for (const s of stamps) {
      process.stdout.write((s.holds ? l10n.t('timestamp {0}: {1}; the records it covers are unchanged', s.ref, tty(l10n.said(s)))
        : l10n.t('timestamp {0}: DOES NOT HOLD: {1}', s.ref, s.ok ? l10n.t('the records it covers were changed since') : tty(l10n.said(s)))) + '\n');
    }
    for (const k of kept) {
      const given = l10n.t('reference {0} given {1}{2}', tty(k.ref), tty(k.issued), k.channel ? l10n.t(' by {0}', tty(k.channel)) : '');
      process.stdout.write((k.check.ok ? l10n.t('{0}: the records it covers are unchanged (as its entry in witnesses/ says; the proof is the copy its holder kept: liaison log verify --anchor REF with it)', given)
        : l10n.t('{0}: DOES NOT HOLD: {1}', given, tty(l10n.said(k.check)))) + '\n');
      if (k.check.ok && k.check.uncovered) process.stdout.write(l10n.t('warning: {0}: {1}', given, tty(uncoveredText(k.check.uncovered, l10n.lang()))) + '\n');
    }
    if (anchor) {
      process.stdout.write((anchor.ok ? l10n.t('anchor {0}: the history it covers ({1} record(s)) is unchanged', anchor.ref, anchor.covered)
        : l10n.t('anchor {0}: CHANGED: {1}', anchor.ref, tty(l10n.said(anchor)))) + '\n');
      if (anchor.ok && anchor.uncovered) process.stdout.write(`${l10n.t('warning: {0}: {1}', l10n.t('anchor {0}', anchor.ref), tty(uncoveredText(anchor.uncovered, l10n.lang())))}\n`);
    } else if (verdict !== 'broken') {
      process.stdout.write(l10n.t('the chain cannot show records removed from the end of a file: check against a reference given out (liaison log verify --anchor REF)') + '\n');
    }
  }
  if (verdict === 'broken' || (anchor && !anchor.ok) || stamps.some(s => !s.holds) || kept.some(k => !k.check.ok)) process.exitCode = 1;
}

export function registerVerifyCommand(log: Command, dirOpt: readonly [string, string]): void {
  log.command('verify').description(l10n.t('Check the hash chains: exit 1 when a record was edited, deleted or reordered (named); forks and a torn last record from an interrupted write are warnings (exit 0)'))
    .option(...dirOpt)
    .option('--format <format>', l10n.t('text or json'), 'text')
    .option('--anchor <ref>', l10n.t('also check that the history up to this reference (from liaison log anchor) is unchanged: exit 1 naming the first changed record'))
    .option('--no-git', l10n.t('do not read git history (by default, in a repository, records inserted or backdated in later commits are reported)'))
    .action(run(verify));
}
