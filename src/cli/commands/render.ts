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

interface RenderFlags { format: string; out?: string; dir?: string; today?: Clock; anchor?: boolean; force?: boolean }

const FORMATS = ['text', 'html', 'eml'] as const;

async function render(note: string, o: RenderFlags): Promise<void> {
  if (!(FORMATS as readonly string[]).includes(o.format)) throw new CliUsageError(`--format must be one of ${FORMATS.join(', ')} (got "${o.format}")`);
  const file = resolve(note);
  const missing = missingPathProblem(file, note);
  if (missing) throw new CliUsageError(missing);
  if (statSync(file).isDirectory()) throw new CliUsageError(fsErrorMessage({ code: 'EISDIR' }, note, 'read'));
  if (o.out !== undefined && o.out !== '-') checkOut(o.out, file, o.force);
  const ws = await cliWorkspace(o.dir ?? findRoot(dirname(file)));
  const text = readNoteText(file, note);
  const trial = guardDepth(() => renderClientNote(text));
  if (trial.problem) throw new CliUsageError(`${note}: ${trial.problem.en}`);
  const footer = o.anchor ? await anchorFooter(ws.logDir, trial.value, ws.profile?.lang) : undefined;
  const d = draftFromNote(text, ws.profile, clockOf(o).now(), { footer });
  const out = o.format === 'text' ? d.note.text : o.format === 'html' ? d.note.html : d.eml;
  if (!o.out || o.out === '-') process.stdout.write(out);
  else {
    try { writeFileSync(o.out, out); } catch (e) { throw new CliUsageError(`${fsErrorMessage(e, o.out, 'write')}; nothing was written`); }
  }
  if (o.format === 'eml' && !d.to.length) process.stderr.write('liaison render: the profile has no client.email: the draft has no recipient (add "email" under "client" in .liaison/profile.json)\n');
  const blanks = unfilledBlanks(text);
  if (blanks.length) {
    process.stderr.write(`liaison render: template text left for the client to read: ${blanks.map(b => `${b.text} (line ${b.line})`).join(', ')}\n`);
  }
  if (d.note.omitted.length) process.stderr.write(`liaison render: left out (internal): ${d.note.omitted.join(', ')}\n`);
}

/** A new anchor of the log, as the note's last line; an empty log has nothing to anchor (usage error). */
async function anchorFooter(logDir: string, note: ClientNote, profileLang: Lang | undefined): Promise<string> {
  try {
    const w = await anchorLog(logDir, { channel: 'email', note: `liaison render: ${note.title}` });
    return anchorLine(w.ref, note.lang ?? profileLang ?? 'en');
  } catch (e) {
    if (e instanceof LogInputError) throw new CliUsageError(`--anchor: ${e.problems.join('; ')}`);
    throw e;
  }
}

/** The note as text; a binary or non-UTF-8 file, and what sendProblem() refuses, are usage errors. */
function readNoteText(file: string, shown: string): string {
  let bytes: Buffer;
  try { bytes = readFileSync(file); } catch (e) { throw new CliUsageError(fsErrorMessage(e, shown, 'read')); }
  if (bytes.includes(0)) throw new CliUsageError(`${shown} is not a text note (it holds NUL bytes): render reads Markdown saved as UTF-8`);
  if (!isUtf8(bytes)) throw new CliUsageError(`${shown} is not UTF-8 text: save it as UTF-8 and run again`);
  const text = bytes.toString('utf8');
  const problem = sendProblem(text);
  if (problem) throw new CliUsageError(`${shown}: ${problem.en} Nothing was rendered.`);
  return text;
}

/** `--out`: never the note itself, and an existing file only with --force. */
function checkOut(out: string, note: string, force: boolean | undefined): void {
  if (!out.trim()) throw new CliUsageError('--out needs a file name, or "-" for standard output');
  const target = resolve(out);
  let exists = false;
  try { exists = !!lstatSync(target); } catch { /* a new file */ }
  if (!exists) return;
  if (realpathOr(target) === realpathOr(note)) throw new CliUsageError(`--out ${out} is the note itself: rendering would replace it; choose another file`);
  if (statSync(target, { throwIfNoEntry: false })?.isDirectory()) throw new CliUsageError(fsErrorMessage({ code: 'EISDIR' }, out, 'write'));
  if (!force) throw new CliUsageError(`${out} already exists; nothing was written. Use --force to overwrite it, or choose another --out`);
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
    .description('the note as the client receives it: no front matter, no comments, no internal sections')
    .argument('<note>', 'the Markdown note')
    .option('--format <format>', 'text (for an email body), html, or eml (a draft your mail client opens)', 'text')
    .option('--out <file>', 'write to FILE, or "-" for standard output (default)')
    .option('--force', 'overwrite the --out file when it exists')
    .option('--dir <folder>', 'workspace root whose profile gives the recipient (default: the nearest folder with .liaison/profile.json)')
    .addOption(todayOption('date of the draft'))
    .option('--anchor', 'end with a reference to the project log as it is now (kept as a witness, see liaison log anchor)')
    .addHelpText('after', '\nThe eml draft: To from the profile\'s client.email, Subject from the note\'s title, text and HTML parts, X-Unsent: 1.\nExit codes: 0 written, 2 usage error.\n')
    .action(action('render', render));
}
