// `liaison log import-email FILE…`: client emails into the log, each original kept unchanged as
// <logFolder>/mail/<sha256>.eml. Exit 0 when every file was imported, 1 when one was refused
// (already imported, unreadable), 2 on a usage error. Files are independent: one refusal does not
// stop the others.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { LogRecord } from '../../core/log/record.js';
import { appendRecord, loadLog } from '../../node/log-store.js';
import { effectiveRecords } from '../../core/log/query.js';
import { writerId } from '../../node/host.js';
import { alreadyImported, emailRecord, EmailImportError, parseEmail } from '../../core/mail/import.js';
import { keepOriginal } from '../mail-store.js';
import { action, cliWorkspace, CliUsageError } from '../context.js';
import * as l10n from '../l10n.js';
import { escapeTerminal, jsonText } from '../../core/log/escape.js';

const say = (message: string): void => { process.stderr.write(l10n.t('liaison log import-email: {0}', message) + '\n'); };

async function importEmails(files: string[], o: { dir?: string; format: string }): Promise<void> {
  if (!['text', 'json'].includes(o.format)) throw new CliUsageError(l10n.t('--format must be text or json (got "{0}")', o.format));
  const ws = await cliWorkspace(o.dir);
  const records: LogRecord[] = effectiveRecords(loadLog(ws.logDir).records).map(e => e.record);
  const written: LogRecord[] = [];
  for (const file of files) {
    if (!existsSync(file)) {
      // A missing file is a mistake in the command line (exit 2, as everywhere); the others still go in.
      say(l10n.t('{0} does not exist: check the path (the .eml saved from your mail program)', escapeTerminal(file)));
      process.exitCode = 2;
      continue;
    }
    // A folder is a mistake in the command line: said with its name, the other files still go in.
    if (statSync(file).isDirectory()) {
      say(l10n.t('{0} is a folder: give the .eml files inside it, e.g. {1}', escapeTerminal(file), escapeTerminal(join(file, '*.eml'))));
      process.exitCode = 2;
      continue;
    }
    const bytes = new Uint8Array(readFileSync(file));
    try {
      const parsed = await parseEmail(bytes);
      const twin = alreadyImported([...records, ...written], parsed.email.messageId, parsed.email.sha256);
      const namesake = twin ? undefined : alreadyImported([...records, ...written], parsed.email.messageId);
      if (twin) {
        say(l10n.t('{0} is already in the log (Message-ID {1}, record {2} of {3}): not imported again', escapeTerminal(file), escapeTerminal(parsed.email.messageId), twin.id, twin.at.slice(0, 10)));
        process.exitCode = Math.max(Number(process.exitCode ?? 0), 1);
        continue;
      }
      // The original first: a record never points at a file that is not there.
      keepOriginal(ws.logDir, parsed.email.file, bytes);
      const rec = await appendRecord(ws.logDir, emailRecord(parsed, ws.profile), { writer: writerId() });
      written.push(rec);
      if (namesake) {
        say(l10n.t('{0}: another email with the same Message-ID {1} is already in the log (record {2} of {3}), with other content; both are kept: compare them',
          escapeTerminal(file), escapeTerminal(parsed.email.messageId), namesake.id, namesake.at.slice(0, 10)));
      }
      process.stdout.write(o.format === 'json' ? jsonText(rec) + '\n'
        : l10n.t('imported {0}: {1}, {2}, "{3}" -> {4} (original: {5})', escapeTerminal(file), rec.direction === 'to-client' ? l10n.t('to the client') : l10n.t('from the client'),
          rec.at, escapeTerminal(rec.summary), rec.id, parsed.email.file) + '\n');
      if (o.format !== 'json' && parsed.attachments.length) {
        process.stdout.write(l10n.t('  {0} attachment(s), kept in the original: {1}', parsed.attachments.length, parsed.attachments.map(escapeTerminal).join(', ')) + '\n');
      }
    } catch (e) {
      if (!(e instanceof EmailImportError)) throw e;
      say(l10n.t('{0}: {1}', escapeTerminal(file), l10n.said(e)));
      process.exitCode = Math.max(Number(process.exitCode ?? 0), 1);
    }
  }
}

export function registerLogImportEmail(program: Command): void {
  const log = program.commands.find(c => c.name() === 'log');
  if (!log) throw new Error('the log command must be registered first');
  log.command('import-email').description(l10n.t('Import emails (.eml files): the original kept unchanged under the log folder, headers, date with its time zone, direction, and the new text as the client\'s words'))
    .argument('<files...>', l10n.t('.eml files (a whole message with its headers, as "Save as" writes it)'))
    .option('--dir <folder>', l10n.t('workspace root (default: the nearest folder up holding .liaison/, else the current one)'))
    .option('--format <format>', l10n.t('text or json (the records written)'), 'text')
    .action(action('log import-email', importEmails));
}
