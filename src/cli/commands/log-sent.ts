// `liaison log sent NOTE [--channel C] [--force]`: the core "mark as sent" action from a terminal.
// Refuses (exit 1) while template text is unfilled or an error finding remains, unless --force;
// prints the warnings; says when the note was already sent; records the note's dated promises.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { nodeFileSystem, toPortPath } from '../../node/file-system.js';
import { isLang, type Clock, type Lang } from '../../core/ports.js';
import { clockOf, todayOption } from '../today.js';
import { CHANNELS, type Channel } from '../../core/log/record.js';
import { appendRecord, loadLog, LogInputError } from '../../node/log-store.js';
import { effectiveRecords } from '../../core/log/query.js';
import { writerId } from '../../node/host.js';
import { applyEdit } from '../../core/log/note-sent.js';
import type { SendFinding } from '../../core/send/mark-sent.js';
import * as l10n from '../l10n.js';
import { action, cliWorkspace, CliUsageError } from '../context.js';

interface SentFlags { dir?: string; channel: string; force?: boolean; today?: Clock; lang?: string }

const line = (rel: string, f: SendFinding, lang: Lang) =>
  `${rel}:${f.line}:${f.column}  ${f.severity === 'error' ? l10n.t('error') : l10n.t('warning')}  ${f.message[lang]}  ${f.ruleId}\n`;

async function sent(note: string, o: SentFlags): Promise<void> {
  // Loaded here, not at the top: they pull in the linter (remark, chrono, the packs), which every
  // other log command (verify, search on 100,000 records) would otherwise evaluate at start-up.
  const [{ markSent }, { sendLintOptions }, { sentDateWords }] = await Promise.all([
    import('../../core/send/mark-sent.js'), import('../../core/send/lint-options.js'), import('../../core/send/dates.js')]);
  if (o.lang !== undefined && isLang(o.lang)) l10n.setLang(o.lang);
  if (!(CHANNELS as readonly string[]).includes(o.channel)) throw new CliUsageError(l10n.t('--channel must be one of {0} (got "{1}")', CHANNELS.join(', '), o.channel));
  const ws = await cliWorkspace(o.dir);
  const file = resolve(ws.root, note);
  const rel = relative(ws.root, file).split('\\').join('/');
  if (rel.startsWith('..') || isAbsolute(rel)) throw new CliUsageError(l10n.t('{0} is outside the workspace {1}', note, ws.root));
  if (!existsSync(file)) throw new CliUsageError(l10n.t('{0} does not exist', note));
  const lang = l10n.lang();
  const clock = clockOf(o);
  const text = readFileSync(file, 'utf8');
  const log = loadLog(ws.logDir);
  const r = await markSent({
    text, relPath: rel, channel: o.channel as Channel, force: o.force, clock, lang: ws.profile?.lang ?? lang,
    lint: await sendLintOptions(nodeFileSystem, toPortPath(file), toPortPath(ws.root), lang, clock),
    records: effectiveRecords(log.records).map(e => e.record),
  }, {
    append: input => appendRecord(ws.logDir, input, { writer: writerId(), clock }).catch(e => {
      if (e instanceof LogInputError) throw new CliUsageError(e.message);
      throw e;
    }),
    editNote: async edit => writeFileSync(file, applyEdit(text, edit)),
  });
  for (const f of r.check.blockers) process.stdout.write(line(rel, f, lang));
  for (const f of r.check.warnings) process.stdout.write(line(rel, f, lang));
  if (r.status === 'refused') { process.stderr.write(l10n.t('liaison log sent: {0}', l10n.t('not sent: fix these first, or use --force to record it anyway')) + '\n'); process.exitCode = 1; return; }
  if (r.status === 'already-sent') { process.stdout.write(l10n.t('already sent on {0}: nothing recorded (use --force to record a second send)', sentDateWords(r.previous.at, lang)) + '\n'); return; }
  if (r.status !== 'sent') { process.exitCode = 2; return; }
  if (r.previous) process.stdout.write(l10n.t('already sent on {0}: this edited version is recorded as a new send', sentDateWords(r.previous.at, lang)) + '\n');
  process.stdout.write(l10n.t('recorded as sent: {0}', r.record.id) + '\n');
  for (const c of r.promises.commitments) process.stdout.write('  ' + promiseLine(c.by, c.what, c.due) + '\n');
  if (r.promises.nextContact) process.stdout.write('  ' + l10n.t('next contact: {0}', r.promises.nextContact) + '\n');
}

/** A dated promise the note made, as recorded: who, what, and by when. */
function promiseLine(by: string, what: string, due: string | undefined): string {
  const who = by === 'me' ? l10n.t('me') : l10n.t('client');
  return due ? l10n.t('commitment ({0}): {1} (due {2})', who, what, due) : l10n.t('commitment ({0}): {1}', who, what);
}

export function registerLogSent(program: Command): void {
  const log = program.commands.find(c => c.name() === 'log');
  if (!log) throw new Error('the log command must be registered first');
  log.command('sent').description(l10n.t('Record a note as sent: checks it first (unfilled template text and errors refuse, exit 1), logs its hash and dated promises, sets status: sent'))
    .argument('<note>', l10n.t('the note, inside the workspace'))
    .option('--dir <folder>', l10n.t('workspace root (default: the nearest folder up holding .liaison/, else the current one)'))
    .option('--channel <channel>', CHANNELS.join(', '), 'email')
    .option('--force', l10n.t('record it even with unfilled text or errors, or a second time'))
    .addOption(todayOption(l10n.t('the send date')))
    .option('--lang <lang>', l10n.t('language of the messages: en or fr (default: from LANG)'))
    .action(action('log sent', sent));
}
