// `liaison new` and `liaison templates` (owned by the templates feature). Parsing and messages
// here; the work is in src/core/templates.
import { lstatSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { confine } from '../../node/workspace-path.js';
import { nodeFileSystem, toPortPath } from '../../node/file-system.js';
import { fixedClock, isLang, LANGS, type Clock, type Lang } from '../../core/ports.js';
import { clockOf, parseDay, todayOption } from '../today.js';
import { loadProfile, type Profile } from '../../core/config/profile.js';
import { NOTE_TYPE_IDS, noteType, type NoteTypeId } from '../../core/notes/note-types.js';
import { dayOf, isoDay } from '../../core/templates/dates.js';
import { prefillFromLog } from '../status-prefill.js';
import { listTemplates, loadTemplate, type TemplateSource } from '../../core/templates/store.js';
import { renderNote, settableKeys, uniqueNotePath } from '../../core/templates/note.js';
import { findBuiltinTemplatesDir } from '../../node/builtin-templates.js';
import { frenchTypography } from '../../core/templates/typography.js';
import { escapeTerminal } from '../../core/log/escape.js';
import { describeError, fsErrorMessage } from '../../node/path-problem.js';
import { profileProblems } from '../context.js';
import * as l10n from '../l10n.js';

/** A usage problem: main() prints it and exits with 2. */
class UsageError extends Error {}

interface NewOptions { lang?: string; set?: string[]; out?: string; date?: string; today?: Clock; strict?: boolean; force?: boolean }

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

function source(cwd: string): TemplateSource {
  return { fs: nodeFileSystem, builtinDir: toPortPath(findBuiltinTemplatesDir(__dirname)), workspaceRoot: cwd };
}

async function readProfile(cwd: string): Promise<{ profile?: Profile; raw?: Record<string, unknown> }> {
  const r = await loadProfile(nodeFileSystem, cwd);
  if (r.ok) return { profile: r.profile, raw: r.raw };
  if ('missing' in r) return {};
  throw new UsageError(profileProblems(relative(cwd, r.file), r.problems));
}

function parseSet(pairs: string[]): Record<string, string> {
  const set: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(l10n.t('--set expects key=value, got "{0}"', pair));
    // Values land in front matter and headings: a line break there would write invalid YAML.
    if (/[\r\n\u2028\u2029\u0085]/.test(pair)) throw new UsageError(l10n.t('--set {0}: the value must be on one line', pair.slice(0, eq).trim()));
    // Other control characters (ESC, NUL, bidi overrides) would hide in the note and reach the client.
    if (/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(pair)) {
      throw new UsageError(l10n.t('--set {0}: the value holds a control or bidi character ({1}); type it without', pair.slice(0, eq).trim(), escapeTerminal(pair.slice(eq + 1))));
    }
    set[pair.slice(0, eq).trim()] = pair.slice(eq + 1);
  }
  return set;
}

async function runNew(typeArg: string, opts: NewOptions): Promise<void> {
  const cwd = toPortPath(process.cwd());
  const type = noteType(typeArg)?.id as NoteTypeId | undefined;
  if (!type) throw new UsageError(l10n.t('unknown note type "{0}"; valid types: {1}', clip(typeArg), NOTE_TYPE_IDS.join(', ')));
  if (opts.lang !== undefined && !isLang(opts.lang)) throw new UsageError(unknownLang(opts.lang));
  if (opts.out !== undefined && !opts.out.trim()) throw new UsageError(l10n.t('--out needs a file name (e.g. --out notes/update.md), or "-" for standard output; nothing was written'));
  let clock = clockOf(opts);
  if (opts.date !== undefined) {
    const d = parseDay(opts.date);
    if (!d) throw new UsageError(l10n.t('--date expects a date as YYYY-MM-DD, got "{0}"', opts.date));
    clock = fixedClock(d);
  }
  const today = dayOf(clock.now());
  const set = parseSet(opts.set ?? []);
  const { profile, raw } = await readProfile(cwd);
  const lang: Lang = (opts.lang as Lang | undefined) ?? (isLang(raw?.lang) ? raw.lang : l10n.uiLangFromEnv());
  const { template } = await loadTemplate(source(cwd), type, lang);
  const note = renderNote(template, { lang, profile, clock, set }, 'text');
  // A weekly status starts from the log: done, planned, needed (the lines are ordinary text).
  if (type === 'status') {
    note.text = prefillFromLog(cwd, profile, note.text, lang, isoDay(today));
    note.unresolved = note.unresolved.filter(u => note.text.includes(`[${u.hint}]`));
  }
  if (note.unknownKeys.length) {
    const [keys, valid] = [note.unknownKeys.join(', '), settableKeys(template).join(', ')];
    throw new UsageError(note.unknownKeys.length > 1 ? l10n.t('unknown --set keys {0} for {1}; valid keys: {2}', keys, type, valid)
      : l10n.t('unknown --set key {0} for {1}; valid keys: {2}', keys, type, valid));
  }
  if (opts.strict && note.unresolved.length) {
    const missing = note.unresolved.map(u => `  --set ${u.name}=…   (${u.hint})`).join('\n');
    throw new UsageError(l10n.t('--strict: {0} value(s) not given:', note.unresolved.length) + '\n' + missing);
  }
  if (opts.out === '-') { process.stdout.write(note.text); return; }
  let file: string;
  if (opts.out !== undefined) {
    file = resolve(cwd, opts.out);
    const existing = entryAt(file);
    if (existing === 'folder') throw new UsageError(fsErrorMessage({ code: 'EISDIR' }, opts.out, 'write'));
    // lstat, not exists: a dangling symbolic link is an entry too, and writing would follow it.
    if (existing && !opts.force) throw new UsageError(l10n.t('{0} already exists; nothing was written. Use --force to overwrite it, or choose another --out', escapeTerminal(opts.out)));
  } else {
    const notes = confine(cwd, profile?.notesFolder ?? 'notes', l10n.lang());
    if (notes.problem !== undefined) throw new UsageError(l10n.t('profile notesFolder: {0}; nothing was written', notes.problem));
    if (isFile(notes.path)) throw new UsageError(l10n.t('profile notesFolder "{0}" is a file, not a folder: rename it, or set notesFolder to a folder in .liaison/profile.json; nothing was written', clip(profile?.notesFolder ?? 'notes')));
    file = await uniqueNotePath(nodeFileSystem, toPortPath(notes.path), today, type);
  }
  const shown = shownPath(cwd, file);
  try { mkdirSync(dirname(file), { recursive: true }); } catch (e) { throw new UsageError(l10n.t('{0}; nothing was written', fsErrorMessage(e, shownPath(cwd, dirname(file)), 'write'))); }
  try { writeFileSync(file, note.text); } catch (e) { throw new UsageError(l10n.t('{0}; nothing was written', fsErrorMessage(e, shown, 'write'))); }
  process.stdout.write(`${escapeTerminal(shown)}\n`);
  if (note.unresolved.length) process.stderr.write(l10n.t('{0} blank(s) left in [brackets] for you to fill in.', note.unresolved.length) + '\n');
}

export function registerNew(program: Command): void {
  program.command('new')
    .description(l10n.t('Write a new client note from a template (front matter, sections, dates in the note\'s language)'))
    .argument('<type>', l10n.t('note type: {0}', NOTE_TYPE_IDS.join(', ')))
    .option('--lang <lang>', l10n.t('note language: en or fr (default: the profile\'s, else from LANG, else en)'))
    .option('--set <key=value>', l10n.t('fill a value, e.g. --set client="Cabinet Dufresne" (repeatable)'), collect)
    .option('--out <file>', l10n.t('write to FILE, or "-" for standard output (default: <notesFolder>/<date>-<type>.md, never overwriting)'))
    .option('--date <YYYY-MM-DD>', l10n.t('date the note as this day (default: --today)'))
    .addOption(todayOption(l10n.t('today\'s date, for the note\'s dates')))
    .option('--strict', l10n.t('fail (exit 2) when a value is neither in the profile nor given with --set'))
    .option('--force', l10n.t('overwrite the --out file when it exists'))
    .addHelpText('after', '\n' + l10n.t('Profile: read from ./.liaison/profile.json when present. Templates: ./.liaison/templates/<lang>/<type>.md overrides the built-in one.') +
      '\n' + l10n.t('Exit codes: 0 written, 2 usage error.') + '\n')
    .action(async (type: string, opts: NewOptions) => {
      try { await runNew(type, opts); } catch (e) { fail(e); }
    });
}

export function registerTemplatesList(program: Command): void {
  program.command('templates')
    .description(l10n.t('List the note templates: every type and language, with what it is for'))
    .option('--lang <lang>', l10n.t('only this language: en or fr'))
    .action(async (opts: { lang?: string }) => {
      try {
        if (opts.lang !== undefined && !isLang(opts.lang)) throw new UsageError(unknownLang(opts.lang));
        const rows = (await listTemplates(source(toPortPath(process.cwd())))).filter(r => !opts.lang || r.lang === opts.lang);
        const width = Math.max(...NOTE_TYPE_IDS.map(t => t.length));
        let previous = '';
        for (const r of rows) {
          const name = r.type === previous ? '' : r.type;
          previous = r.type;
          process.stdout.write(`${name.padEnd(width)}  ${r.lang}  ${r.lang === 'fr' ? frenchTypography(r.description) : r.description}${r.overridden ? `  ${l10n.t('(workspace template)')}` : ''}\n`);
        }
      } catch (e) { fail(e); }
    });
}

const unknownLang = (given: string): string => l10n.t('unknown language "{0}"; valid languages: {1}', given, LANGS.join(', '));

/** An argument echoed in a message: a pasted paragraph should not fill the terminal. */
const clip = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** What is at `file` without following a last symbolic link: nothing, a folder, or something else. */
function entryAt(file: string): 'folder' | 'entry' | undefined {
  try { return lstatSync(file).isDirectory() ? 'folder' : 'entry'; } catch { return undefined; }
}

/** A file (links followed); a looping link is not one, mkdir below names it. */
function isFile(p: string): boolean {
  try { return statSync(p, { throwIfNoEntry: false })?.isFile() ?? false; } catch { return false; }
}

/** Relative to the current folder when inside it, else absolute (no ../../.. chains). */
function shownPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') ? rel : file;
}

function fail(e: unknown): void {
  process.stderr.write(l10n.t('liaison: {0}', describeError(e)) + '\n');
  process.exitCode = 2;
}
