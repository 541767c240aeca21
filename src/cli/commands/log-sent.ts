// `liaison log sent NOTE [--channel C] [--force]`: the core "mark as sent" action from a terminal.
// Refuses (exit 1) while template text is unfilled or an error finding remains, unless --force;
// prints the warnings; says when the note was already sent; records the note's dated promises.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { nodeFileSystem, toPortPath } from '../../node/file-system.js';
import type { Clock, Lang } from '../../core/ports.js';
import { clockOf, todayOption } from '../today.js';
import { CHANNELS, type Channel } from '../../core/log/record.js';
import { appendRecord, loadLog, LogInputError } from '../../node/log-store.js';
import { effectiveRecords } from '../../core/log/query.js';
import { writerId } from '../../node/host.js';
import { applyEdit } from '../../core/log/note-sent.js';
import { markSent, type SendFinding } from '../../core/send/mark-sent.js';
import { sendLintOptions } from '../../core/send/lint-options.js';
import { sentDateWords } from '../../core/send/dates.js';
import { uiLangFromEnv } from './lint.js';
import { action, cliWorkspace, CliUsageError } from '../context.js';

interface SentFlags { dir?: string; channel: string; force?: boolean; today?: Clock; lang?: string }

const T = {
  en: { refused: 'not sent: fix these first, or use --force to record it anyway', already: (d: string) => `already sent on ${d}: nothing recorded (use --force to record a second send)`,
    again: (d: string) => `already sent on ${d}: this edited version is recorded as a new send`, logged: (id: string) => `recorded as sent: ${id}`,
    promise: (by: string, what: string, due?: string) => `  commitment (${by === 'me' ? 'me' : 'client'}): ${what}${due ? ` (due ${due})` : ''}`, next: (d: string) => `  next contact: ${d}` },
  fr: { refused: 'pas envoyée\u00a0: corrigez d’abord ces points, ou utilisez --force pour l’enregistrer quand même', already: (d: string) => `déjà envoyée le ${d}\u00a0: rien d’enregistré (--force pour enregistrer un second envoi)`,
    again: (d: string) => `déjà envoyée le ${d}\u00a0: cette version modifiée est enregistrée comme un nouvel envoi`, logged: (id: string) => `enregistrée comme envoyée\u00a0: ${id}`,
    promise: (by: string, what: string, due?: string) => `  engagement (${by === 'me' ? 'moi' : 'client'})\u00a0: ${what}${due ? ` (échéance ${due})` : ''}`, next: (d: string) => `  prochain contact\u00a0: ${d}` },
};

const line = (rel: string, f: SendFinding, lang: Lang) => `${rel}:${f.line}:${f.column}  ${f.severity}  ${f.message[lang]}  ${f.ruleId}\n`;

async function sent(note: string, o: SentFlags): Promise<void> {
  if (!(CHANNELS as readonly string[]).includes(o.channel)) throw new CliUsageError(`--channel must be one of ${CHANNELS.join(', ')} (got "${o.channel}")`);
  const ws = await cliWorkspace(o.dir);
  const file = resolve(ws.root, note);
  const rel = relative(ws.root, file).split('\\').join('/');
  if (rel.startsWith('..') || isAbsolute(rel)) throw new CliUsageError(`${note} is outside the workspace ${ws.root}`);
  if (!existsSync(file)) throw new CliUsageError(`${note} does not exist`);
  const lang = uiLangFromEnv(o.lang);
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
  const t = T[lang];
  for (const f of r.check.blockers) process.stdout.write(line(rel, f, lang));
  for (const f of r.check.warnings) process.stdout.write(line(rel, f, lang));
  if (r.status === 'refused') { process.stderr.write(`liaison log sent: ${t.refused}\n`); process.exitCode = 1; return; }
  if (r.status === 'already-sent') { process.stdout.write(t.already(sentDateWords(r.previous.at, lang)) + '\n'); return; }
  if (r.status !== 'sent') { process.exitCode = 2; return; }
  if (r.previous) process.stdout.write(t.again(sentDateWords(r.previous.at, lang)) + '\n');
  process.stdout.write(t.logged(r.record.id) + '\n');
  for (const c of r.promises.commitments) process.stdout.write(t.promise(c.by, c.what, c.due) + '\n');
  if (r.promises.nextContact) process.stdout.write(t.next(r.promises.nextContact) + '\n');
}

export function registerLogSent(program: Command): void {
  const log = program.commands.find(c => c.name() === 'log');
  if (!log) throw new Error('the log command must be registered first');
  log.command('sent').description('Record a note as sent: checks it first (unfilled template text and errors refuse, exit 1), logs its hash and dated promises, sets status: sent')
    .argument('<note>', 'the note, inside the workspace')
    .option('--dir <folder>', 'workspace root (default: the nearest folder up holding .liaison/, else the current one)')
    .option('--channel <channel>', CHANNELS.join(', '), 'email')
    .option('--force', 'record it even with unfilled text or errors, or a second time')
    .addOption(todayOption('the send date'))
    .option('--lang <lang>', 'language of the messages: en or fr (default: from LANG)')
    .action(action('log sent', sent));
}
