// `liaison log verify`: the hash chains, then what git history adds (in a repository), then an
// anchor reference when one is given. Exit 1 when the log is broken or the anchor no longer holds.
import { join, relative } from 'node:path';
import type { Command } from 'commander';
import { checkAnchor, loadLog, logWitnesses, verdictOf } from '../../node/log-store.js';
import { timestampChecks } from './log-timestamp.js';
import { nodeGitHistory } from '../../node/git-history.js';
import { escapeTerminal as tty, jsonText } from '../../core/log/escape.js';
import { parseAnchor, uncoveredText } from '../../core/log/anchor.js';
import type { ChainNode, LogIssue } from '../../core/log/chain.js';
import { historyFindings, withHistory } from '../../core/log/history.js';
import { run, UsageError, where } from './log.js';

/** One finding as a terminal line: the message quotes record fields, so it is escaped as a whole. */
const issueLine = (i: LogIssue, where: string) => `${i.severity}: ${tty(where)}:${i.line}: ${tty(i.message)}\n`;

/** A log's findings with what git history adds (in a repository, git installed): what the exports print too. */
export function withGitIssues(folder: string, issues: LogIssue[], files: string[], chains: Record<string, ChainNode[]>): LogIssue[] {
  const git = nodeGitHistory(folder);
  if (!git) return issues;
  for (const f of files) issues = withHistory(issues, f, historyFindings(f, chains[f] ?? [], git, f));
  return issues;
}

/**
 * Verify's findings with what git history adds (a repository, git installed, not --no-git). The
 * chains (every record's chain fields) are kept only when git history or a reference needs them.
 */
function verifyFindings(folder: string, useGit: boolean, needChains: boolean) {
  const git = useGit ? nodeGitHistory(folder) : undefined;
  const chains: Record<string, ChainNode[]> | undefined = git || needChains ? {} : undefined;
  const log = loadLog(folder, { keep: false, chains });
  let issues = log.issues;
  if (git && chains) for (const f of log.files) issues = withHistory(issues, f, historyFindings(f, chains[f] ?? [], git, f));
  issues.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { log, issues, chains };
}

async function verify(o: { dir?: string; format: string; anchor?: string; git: boolean }): Promise<void> {
  if (!['text', 'json'].includes(o.format)) throw new UsageError(`--format must be text or json (got "${o.format}")`);
  const ref = o.anchor === undefined ? undefined : parseAnchor(o.anchor);
  if (o.anchor !== undefined && !ref) throw new UsageError(`--anchor expects a reference like LX-7F3A-91C2-88D0-B1E4 (got "${o.anchor}")`);
  const w = await where(o.dir);
  // Stored timestamps, checked offline; one that no longer holds is a broken witness.
  const witnesses = logWitnesses(w.folder);
  const stamped = timestampChecks(w.folder, witnesses);
  // References given out earlier, from their entries in the log folder: a careless rewrite that left them is caught here.
  // An entry whose "ref" is not a reference at all is not one that was given out: skipped.
  const given = witnesses.filter(x => x.channel !== 'timestamp' && x.ref !== ref && parseAnchor(x.ref) === x.ref);
  const { log, issues, chains } = verifyFindings(w.folder, o.git, ref !== undefined || stamped.length > 0 || given.length > 0);
  // One read of the log for the chains, the anchor and every timestamp.
  const anchor = ref ? checkAnchor(w.folder, ref, chains) : undefined;
  const stamps = stamped.map(s => ({ ...s, holds: s.ok && checkAnchor(w.folder, s.ref, chains).ok }));
  const kept = [...new Map(given.map(x => [x.ref, x])).values()].map(x => ({ ref: x.ref, issued: x.issued, channel: x.channel, check: checkAnchor(w.folder, x.ref, chains) }));
  const verdict = verdictOf(issues);
  if (o.format === 'json') {
    process.stdout.write(jsonText({ verdict, records: log.count, files: log.files, heads: log.heads, issues, anchor, timestamps: stamps,
      references: kept.map(k => ({ ref: k.ref, issued: k.issued, channel: k.channel, holds: k.check.ok, message: k.check.ok ? undefined : k.check.message })) }, 2) + '\n');
  } else {
    for (const i of issues) process.stdout.write(issueLine(i, relative(w.root, join(w.folder, i.file))));
    const n = `${log.count} record(s) in ${log.files.length} file(s)`;
    process.stdout.write(verdict === 'broken' ? `log BROKEN: ${n}; see the errors above\n`
      : verdict === 'intact' ? `log intact: ${n}; every record matches its hash and follows the one before it\n`
      : `log readable with warnings: ${n}; no record found changed, read the warnings above\n`);
    for (const s of stamps) {
      process.stdout.write(s.holds ? `timestamp ${s.ref}: ${tty(s.message)}; the records it covers are unchanged\n`
        : `timestamp ${s.ref}: DOES NOT HOLD: ${s.ok ? 'the records it covers were changed since' : tty(s.message)}\n`);
    }
    for (const k of kept) {
      const given = `reference ${tty(k.ref)} given ${tty(k.issued)}${k.channel ? ` by ${tty(k.channel)}` : ''}`;
      process.stdout.write(k.check.ok ? `${given}: the records it covers are unchanged (as its entry in witnesses/ says; the proof is the copy its holder kept: liaison log verify --anchor REF with it)\n`
        : `${given}: DOES NOT HOLD: ${tty(k.check.message)}\n`);
      if (k.check.ok && k.check.uncovered) process.stdout.write(`warning: ${given}: ${tty(uncoveredText(k.check.uncovered))}\n`);
    }
    if (anchor) {
      process.stdout.write(anchor.ok ? `anchor ${anchor.ref}: the history it covers (${anchor.covered} record(s)) is unchanged\n`
        : `anchor ${anchor.ref}: CHANGED: ${tty(anchor.message)}\n`);
      if (anchor.ok && anchor.uncovered) process.stdout.write(`warning: anchor ${anchor.ref}: ${tty(uncoveredText(anchor.uncovered))}\n`);
    } else if (verdict !== 'broken') {
      process.stdout.write('the chain cannot show records removed from the end of a file: check against a reference given out (liaison log verify --anchor REF)\n');
    }
  }
  if (verdict === 'broken' || (anchor && !anchor.ok) || stamps.some(s => !s.holds) || kept.some(k => !k.check.ok)) process.exitCode = 1;
}

export function registerVerifyCommand(log: Command, dirOpt: readonly [string, string]): void {
  log.command('verify').description('Check the hash chains: exit 1 when a record was edited, deleted or reordered (named); forks and a torn last record from an interrupted write are warnings (exit 0)')
    .option(...dirOpt)
    .option('--format <format>', 'text or json', 'text')
    .option('--anchor <ref>', 'also check that the history up to this reference (from liaison log anchor) is unchanged: exit 1 naming the first changed record')
    .option('--no-git', 'do not read git history (by default, in a repository, records inserted or backdated in later commits are reported)')
    .action(run(verify));
}
