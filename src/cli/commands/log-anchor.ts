// `liaison log anchor`: a reference to the whole log's current state, for a witness the
// freelancer does not control (the client's inbox, a printed review). The reference is alone on
// the first line so a script can capture it: REF=$(liaison log anchor | head -1).
import type { Command } from 'commander';
import { anchorLog, LogInputError, LogWriteError } from '../../node/log-store.js';
import { escapeTerminal as tty } from '../../core/log/escape.js';
import { run, UsageError, where } from './log.js';
import * as l10n from '../l10n.js';

interface AnchorOptions { dir?: string; channel?: string; note?: string; format: string }

async function anchor(o: AnchorOptions): Promise<void> {
  if (!['text', 'json'].includes(o.format)) throw new UsageError(l10n.t('--format must be text or json (got "{0}")', o.format));
  const w = await where(o.dir);
  try {
    const witness = await anchorLog(w.folder, { channel: o.channel, note: o.note });
    if (o.format === 'json') {
      process.stdout.write(JSON.stringify({ ref: witness.ref, issued: witness.issued, tips: witness.tips }) + '\n');
      return;
    }
    const records = Object.values(witness.tips).reduce((s, t) => s + t.seq, 0);
    process.stdout.write(`${witness.ref}\n` +
      l10n.t('reference to the log as it is now ({0} record(s) in {1} file(s)), kept in {2}/witnesses/anchors.jsonl.', records, Object.keys(witness.tips).length, tty(w.folder)) + '\n' +
      l10n.t('Give it to someone who keeps it (an email to the client, a printed review): later, liaison log verify --anchor {0} shows whether any record up to now was changed or removed.', witness.ref) + '\n');
  } catch (e) {
    if (e instanceof LogInputError) throw new UsageError((l10n.lang() === 'fr' && e.fr ? e.fr : e.problems).join(l10n.t('; ')));
    if (e instanceof LogWriteError) throw new UsageError(l10n.said(e));
    throw e;
  }
}

export function registerAnchorCommand(log: Command, dirOpt: readonly [string, string]): void {
  log.command('anchor').description(l10n.t('Print a reference to the whole log\'s current state (alone on the first line) and keep a note that it was given'))
    .option(...dirOpt)
    .option('--channel <how>', l10n.t('how the reference leaves this machine, e.g. email, printed (shown in the review export)'))
    .option('--note <text>', l10n.t('a note shown with the witness in the review export, e.g. "sent with the March update"'))
    .option('--format <format>', l10n.t('text or json'), 'text')
    .action(run(anchor));
}
