// `liaison render NOTE --format text|html|eml [--out FILE|-]`: the note as the client receives it.
// Exit codes: 0 written, 2 usage error (missing note, unknown format).
import { existsSync, lstatSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { draftFromNote } from '../../core/send/draft.js';
import { unfilledBlanks } from '../../core/send/unfilled.js';
import { renderClientNote, type ClientNote } from '../../core/send/render.js';
import { anchorLine } from '../../core/send/anchor-line.js';
import { anchorLog, LogInputError } from '../../node/log-store.js';
import type { Clock, Lang } from '../../core/ports.js';
import { clockOf, todayOption } from '../today.js';
import { action, cliWorkspace, CliUsageError } from '../context.js';
import { fsErrorMessage, missingPathProblem } from '../../node/path-problem.js';
import { guardDepth, sendProblem } from '../../core/send/renderable.js';
import { terminalText } from '../../core/log/escape.js';
import * as l10n from '../l10n.js';

interface RenderFlags { format: string; out?: string; dir?: string; today?: Clock; anchor?: boolean; force?: boolean }

const FORMATS = ['text', 'html', 'eml'] as const;

async function render(note: string, o: RenderFlags): Promise<void> {
  if (!(FORMATS as readonly string[]).includes(o.format)) throw new CliUsageError(l10n.t('--format must be one of {0} (got "{1}")', FORMATS.join(', '), o.format));
  const file = resolve(note);
  const missing = missingPathProblem(file, note);
  if (missing) throw new CliUsageError(missing);
  if (statSync(file).isDirectory()) throw new CliUsageError(fsErrorMessage({ code: 'EISDIR' }, note, 'read'));
  if (o.out !== undefined && o.out !== '-') checkOut(o.out, file, o.force);
  const ws = await cliWorkspace(o.dir ?? findRoot(dirname(file)));
  const text = readNoteText(file, note);
  const trial = guardDepth(() => renderClientNote(text));
  if (trial.problem) throw new CliUsageError(l10n.t('{0}: {1}', note, l10n.pick(trial.problem)));
  const footer = o.anchor ? await anchorFooter(ws.logDir, trial.value, ws.profile?.lang) : undefined;
  const d = draftFromNote(text, ws.profile, clockOf(o).now(), { footer });
  const out = o.format === 'text' ? d.note.text : o.format === 'html' ? d.note.html : d.eml;
  // Standard output is escaped (ESC, bidi overrides from the note shown, not obeyed), as log topic
  // and the other commands print; --out FILE gets the bytes as they are.
  if (!o.out || o.out === '-') process.stdout.write(terminalText(out));
  else {
    try { writeFileSync(o.out, out); } catch (e) { throw new CliUsageError(l10n.t('{0}; nothing was written', fsErrorMessage(e, o.out, 'write'))); }
  }
  if (o.format === 'eml' && !d.to.length) say(l10n.t('the profile has no client.email: the draft has no recipient (add "email" under "client" in .liaison/profile.json)'));
  const blanks = unfilledBlanks(text);
  if (blanks.length) {
    say(l10n.t('template text left for the client to read: {0}', blanks.map(b => l10n.t('{0} (line {1})', b.text, b.line)).join(', ')));
  }
  if (d.note.omitted.length) say(l10n.t('left out (internal): {0}', d.note.omitted.join(', ')));
}

const say = (message: string): void => { process.stderr.write(l10n.t('liaison render: {0}', message) + '\n'); };

/** A new anchor of the log, as the note's last line; an empty log has nothing to anchor (usage error). */
async function anchorFooter(logDir: string, note: ClientNote, profileLang: Lang | undefined): Promise<string> {
  try {
    const w = await anchorLog(logDir, { channel: 'email', note: `liaison render: ${note.title}` });
    return anchorLine(w.ref, note.lang ?? profileLang ?? 'en');
  } catch (e) {
    if (e instanceof LogInputError) throw new CliUsageError(l10n.t('--anchor: {0}', (l10n.lang() === 'fr' && e.fr ? e.fr : e.problems).join(l10n.t('; '))));
    throw e;
  }
}

/** The note as text; a binary or non-UTF-8 file, and what sendProblem() refuses, are usage errors. */
function readNoteText(file: string, shown: string): string {
  let bytes: Buffer;
  try { bytes = readFileSync(file); } catch (e) { throw new CliUsageError(fsErrorMessage(e, shown, 'read')); }
  if (bytes.includes(0)) throw new CliUsageError(l10n.t('{0} is not a text note (it holds NUL bytes): render reads Markdown saved as UTF-8', shown));
  if (!isUtf8(bytes)) throw new CliUsageError(l10n.t('{0} is not UTF-8 text: save it as UTF-8 and run again', shown));
  const text = bytes.toString('utf8');
  const problem = sendProblem(text);
  if (problem) throw new CliUsageError(l10n.t('{0}: {1} Nothing was rendered.', shown, l10n.pick(problem)));
  return text;
}

/** `--out`: never the note itself, and an existing file only with --force. */
function checkOut(out: string, note: string, force: boolean | undefined): void {
  if (!out.trim()) throw new CliUsageError(l10n.t('--out needs a file name, or "-" for standard output'));
  const target = resolve(out);
  let exists = false;
  try { exists = !!lstatSync(target); } catch { /* a new file */ }
  if (!exists) return;
  if (realpathOr(target) === realpathOr(note)) throw new CliUsageError(l10n.t('--out {0} is the note itself: rendering would replace it; choose another file', out));
  if (statSync(target, { throwIfNoEntry: false })?.isDirectory()) throw new CliUsageError(fsErrorMessage({ code: 'EISDIR' }, out, 'write'));
  if (!force) throw new CliUsageError(l10n.t('{0} already exists; nothing was written. Use --force to overwrite it, or choose another --out', out));
}

const realpathOr = (p: string): string => { try { return realpathSync(p); } catch { return p; } };

/** The nearest folder holding .liaison/profile.json, from the note upwards; else the current one. */
function findRoot(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, '.liaison/profile.json'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

export function registerRender(program: Command): void {
  program.command('render')
    .description(l10n.t('The note as the client receives it: no front matter, no comments, no internal sections'))
    .argument('<note>', l10n.t('the Markdown note'))
    .option('--format <format>', l10n.t('text (for an email body), html, or eml (a draft your mail client opens)'), 'text')
    .option('--out <file>', l10n.t('write to FILE, or "-" for standard output (default)'))
    .option('--force', l10n.t('overwrite the --out file when it exists'))
    .option('--dir <folder>', l10n.t('workspace root whose profile gives the recipient (default: the nearest folder with .liaison/profile.json)'))
    .addOption(todayOption(l10n.t('date of the draft')))
    .option('--anchor', l10n.t('end with a reference to the project log as it is now (kept as a witness, see liaison log anchor)'))
    .addHelpText('after', '\n' + l10n.t('The eml draft: To from the profile\'s client.email, Subject from the note\'s title, text and HTML parts, X-Unsent: 1.') +
      '\n' + l10n.t('Exit codes: 0 written, 2 usage error.') + '\n')
    .action(action('render', render));
}
