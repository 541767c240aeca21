// `liaison lint [files, folders or globs ...]`: lint-files.ts finds the files (md/markdown) and
// honours `.liaisonignore`; which files are notes and their configuration (profile, nearest
// `.liaisonrc*`) are core's, as in the editor; the work is in core (on the thread pool, lint-pool.ts).
// Exit: 0 no error-level finding, 1 errors (or warnings above --max-warnings), 2 usage or fatal.
import { writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { VFile } from 'vfile';
import reporter from 'vfile-reporter';
import { isLang, type Clock, type Lang } from '../../core/ports.js';
import { clockOf, todayOption } from '../today.js';
import { nodeFileSystem, toPortPath } from '../../node/file-system.js';
import { lintNote, type LintOptions } from '../../core/lint/engine.js';
import { isNote } from '../../core/notes/which-notes.js';
import { fixNote } from '../../core/lint/fix.js';
import { fixableEncoding } from '../encoding.js';
import { workspaceTemplateHints, type PlaceholderHint } from '../../core/lint/placeholders/hints.js';
import { findProfileRoot, profileSettings, resolveLintSettings, type LintSettings, type ProfileSettings } from '../../core/lint/settings.js';
import { jsonReport } from '../reporters/json.js';
import { sarifReport } from '../reporters/sarif.js';
import { packageVersion } from '../package-info.js';
import { DEFAULT_CACHE_LOCATION } from '../lint-cache.js';
import { openLintRunner, type LintRunner } from '../lint-runner.js';
import { findFiles } from '../lint-files.js';
import { terminalSafe } from '../reporters/terminal-safe.js';
import { localStylish } from '../reporters/stylish-l10n.js';
import { escapeTerminal } from '../../core/log/escape.js';
import { missingPathProblem } from '../../node/path-problem.js';
import * as l10n from '../l10n.js';

interface LintFlags {
  format: 'stylish' | 'json' | 'sarif'; quiet?: boolean; fix?: boolean; maxWarnings?: string; lang?: string; color?: boolean; today?: Clock;
  cache?: boolean; cacheLocation?: string; jobs?: string;
}

interface Base {
  /** The profile and its lint.rules (core/lint/settings.ts, as the editor resolves them). */
  project: ProfileSettings; uiLang: Lang; clock: Clock;
  /** The profile's folder (else the current one): where the notes folder is, and where the search for `.liaisonrc*` stops. */
  root: string; hasProfile: boolean;
  fix?: boolean; placeholderHints?: PlaceholderHint[];
  /** Without --fix: the --cache, then worker threads (lint-runner.ts). */
  runner?: LintRunner;
}

/** Lints one file in place (its messages, and its text with --fix); a file that is not a note is marked skipped. */
function noteLinter(base: Base): (file: VFile) => Promise<void> {
  // One resolution per folder: the notes of a folder share their nearest `.liaisonrc*`.
  const byDir = new Map<string, Promise<LintSettings>>();
  const settingsFor = (path: string): Promise<LintSettings> => {
    const dir = path.replace(/\/[^/]*$/, '');
    let hit = byDir.get(dir);
    if (!hit) { hit = resolveLintSettings(nodeFileSystem, path, base.hasProfile ? base.root : undefined, base.project); byDir.set(dir, hit); }
    return hit;
  };
  return async (file: VFile) => {
    // Only client notes: a README or other Markdown the folder holds is not linted (core's rule, as in the editor).
    const abs = toPortPath(resolve(file.cwd, file.path));
    if (!isNote(toPortPath(relative(base.root, abs)), String(file.value), base.project.profile?.notesFolder)) { file.data.liaisonSkipped = true; return; }
    // A binary file named .md (an image, an archive) would be linted as garbage text.
    if (String(file.value).includes('\u0000')) { file.message(l10n.t('not a text file (it holds NUL bytes): Liaison reads Markdown saved as UTF-8. Rename it or move it out of the notes folder.')); return; }
    const { profile, config, problems } = await settingsFor(abs);
    // Which configuration files this note's lint-config findings come from (reportedOnce below).
    file.data.liaisonConfigFrom = [...new Set(problems.map(p => p.source ?? ''))].join('\u0000');
    const options: LintOptions = {
      path: file.path, lang: profile?.lang, cadenceDays: profile?.cadenceDays, glossary: profile?.glossary,
      config, configProblems: problems, uiLang: base.uiLang, clock: base.clock, placeholderHints: base.placeholderHints,
    };
    const lint = (text: string): VFile => lintNote(text, options);
    // A byte-order mark is invisible in editors (VS Code drops it from the document): lint the
    // text after it, so line 1 column 1 is where the user sees it; --fix puts it back.
    const raw = String(file.value);
    const bom = raw.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
    const text = bom ? raw.slice(1) : raw;
    let messages: VFile['messages'];
    if (base.runner) messages = await base.runner.lint(text, options);
    else if (base.fix && fixableEncoding(file)) {
      const fixed = fixNote(text, lint);
      messages = fixed.file.messages;
      if (fixed.changed) { file.value = bom + fixed.text; file.data.liaisonFixed = fixed.applied; }
    } else messages = lint(text).messages;
    // Findings keep their severity as they come: no unified-engine queue any more, whose flush
    // skipped a file turning fatal mid-run and then waited forever (the CLI exited 0, silent).
    for (const m of messages) { m.file = file.path; file.messages.push(m); }
  };
}

/** A named path that cannot be linted (a looping link, missing, a folder unreadable), in words. */
function unusablePath(cwd: string, path: string): string | undefined {
  return missingPathProblem(resolve(cwd, path), path);
}

function parseMaxWarnings(v: string | undefined): number {
  if (v === undefined) return Infinity;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(l10n.t('--max-warnings expects a whole number >= 0, got "{0}"', v));
  return n;
}

/** One line on stderr, after the command's name. */
const say = (message: string): void => { process.stderr.write(l10n.t('liaison lint: {0}', message) + '\n'); };

async function runLint(patterns: string[], flags: LintFlags): Promise<void> {
  const cwd = toPortPath(process.cwd());
  // --lang sets the report's language, and so the rest of what lint says.
  if (flags.lang !== undefined && isLang(flags.lang)) l10n.setLang(flags.lang);
  let maxWarnings: number;
  try { maxWarnings = parseMaxWarnings(flags.maxWarnings); }
  catch (e) { say((e as Error).message); process.exitCode = 2; return; }
  const jobs = flags.jobs === undefined ? undefined : Number(flags.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) { say(l10n.t('--jobs expects a whole number >= 1, got "{0}"', flags.jobs!)); process.exitCode = 2; return; }
  if (flags.lang !== undefined && !isLang(flags.lang)) { say(l10n.t('--lang expects en or fr, got "{0}"', flags.lang)); process.exitCode = 2; return; }
  const uiLang = l10n.lang();
  const profileRoot = await findProfileRoot(nodeFileSystem, cwd);
  const project = profileRoot ? await profileSettings(nodeFileSystem, profileRoot) : { problems: [] };
  const base: Base = { project, uiLang, clock: clockOf(flags), fix: flags.fix, root: profileRoot ?? cwd, hasProfile: !!profileRoot };
  // The workspace's own templates (.liaison/templates): their hints left unfilled are findings too.
  base.placeholderHints = await workspaceTemplateHints(nodeFileSystem, base.root);
  if (!flags.fix) base.runner = await openLintRunner({ cache: flags.cache ? resolve(cwd, flags.cacheLocation ?? DEFAULT_CACHE_LOCATION) : undefined, workers: jobs && jobs - 1 });
  const lintFile = noteLinter(base);

  let found;
  try { found = findFiles(cwd, patterns, { extensions: ['md', 'markdown'], ignoreName: '.liaisonignore', onFound: n => base.runner?.found(n) }); }
  catch (e) {
    await base.runner?.close();
    say((e as Error).message.split('\n')[0]!);
    process.exitCode = 2;
    return;
  }
  for (const s of found.skipped) say(escapeTerminal(l10n.t('skipped {0}: {1}', s.path, s.why)));
  const all = found.files.map(f => new VFile({ path: f.path, cwd, value: f.value }));
  await Promise.all(all.map(lintFile));
  await base.runner?.close();
  // A glob that matches nothing is a typo more often than an empty project: say so (exit 2).
  if (found.globsMatchedNothing) {
    say(l10n.t('no Markdown file matches {0}; check the pattern (and its quotes) or name a folder.', patterns.join(' ')));
    process.exitCode = 2;
    return;
  }
  const files = all.filter(f => !f.data.liaisonSkipped).sort((a, b) => a.path.localeCompare(b.path));
  reportedOnce(files);
  // Run in the wrong folder, an empty report reads as "all clear": say that nothing was checked
  // (a path that cannot be read says so below instead).
  if (!files.length && !found.problems.length) {
    const where = patterns.length ? patterns.join(' ') : '.';
    const folder = base.project.profile?.notesFolder ?? 'notes';
    say(escapeTerminal(l10n.t('no client note in {0} (a note is a Markdown file in {1}/, or one with a type: in its front matter); nothing was checked.', where, folder)));
  }
  // --fix: write back only the files whose text changed (the findings below are those left).
  const fixed = files.filter(f => typeof f.data.liaisonFixed === 'number');
  for (const f of fixed) await writeFile(resolve(f.cwd, f.path), String(f.value));

  // A path that could not be found or read, or a file --fix must not rewrite, is a usage or fatal
  // problem (exit 2), reported on stderr.
  const broken = [...found.problems, ...files.flatMap(f => f.messages.filter(m => !m.ruleId).map(m => ({ path: f.path, reason: m.reason })))]
    .map(p => unusablePath(cwd, p.path) ?? escapeTerminal(l10n.t('{0}: {1}', p.path, p.reason)));
  if (broken.length) {
    for (const b of broken) say(b);
    for (const f of files) f.messages = f.messages.filter(m => m.ruleId);
  }
  for (const f of files) if (flags.quiet) f.messages = f.messages.filter(m => m.fatal);
  const errors = files.reduce((n, f) => n + f.messages.filter(m => m.fatal).length, 0);
  const warnings = files.reduce((n, f) => n + f.messages.filter(m => !m.fatal).length, 0);

  if (flags.format === 'json') process.stdout.write(jsonReport(files));
  else if (flags.format === 'sarif') process.stdout.write(sarifReport(files, { cwd, lang: uiLang, version: packageVersion() }));
  else {
    const text = localStylish(reporter(terminalSafe(files), { quiet: true, color: flags.color ?? Boolean(process.stdout.isTTY) }));
    if (text) process.stdout.write(text + '\n');
    if (fixed.length) {
      const n = fixed.reduce((sum, f) => sum + Number(f.data.liaisonFixed), 0);
      process.stdout.write(fixedLine(n, fixed.length) + '\n');
    }
    if (warnings > maxWarnings && maxWarnings !== Infinity) {
      process.stdout.write(l10n.t('Too many warnings ({0}, max {1}).', warnings, maxWarnings) + '\n');
    }
  }
  process.exitCode = broken.length ? 2 : errors > 0 || warnings > maxWarnings ? 1 : 0;
}

/**
 * A broken `.liaisonrc*` is a problem of the run, not of each note: keep its lint-config findings
 * on the first note (in path order) that uses it, so the report names it once per configuration
 * file. The finding stays an error, so the exit code does not change.
 */
function reportedOnce(files: readonly VFile[]): void {
  const seen = new Set<string>();
  for (const f of files) {
    f.messages = f.messages.filter(m => {
      if (m.ruleId !== 'lint-config') return true;
      const key = `${String(f.data.liaisonConfigFrom ?? '')}\u0001${m.reason}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
}

/** "Fixed 3 problems in 2 files.": the four forms, as numbers agree in both languages. */
function fixedLine(problems: number, files: number): string {
  if (problems === 1) return l10n.t('Fixed 1 problem in 1 file.');
  return files === 1 ? l10n.t('Fixed {0} problems in 1 file.', problems) : l10n.t('Fixed {0} problems in {1} files.', problems, files);
}

export function registerLint(program: Command): void {
  program.command('lint')
    .description(l10n.t('Check client notes for missing communication (EN/FR). Exit 0 clean, 1 error-level findings, 2 usage or fatal error.'))
    .argument('[paths...]', l10n.t('files, folders or globs (default: the current folder); md and markdown files'))
    .addOption(new Option('-f, --format <format>', l10n.t('output format')).choices(['stylish', 'json', 'sarif']).default('stylish'))
    .option('-q, --quiet', l10n.t('report errors only, not warnings'))
    .option('--fix', l10n.t('apply the safe fixes (weekdays, missing sections) and write the files that change; report what is left'))
    .option('--max-warnings <n>', l10n.t('exit 1 when there are more than n warnings'))
    .option('--lang <lang>', l10n.t('language of messages: en or fr (default: from LANG)'))
    .option('--no-color', l10n.t('no colours in the stylish output'))
    .option('--cache', l10n.t('reuse the findings of notes unchanged since the last --cache run (same options, linter and day)'))
    .option('-j, --jobs <n>', l10n.t('threads to lint on (default: one per core the machine leaves free, for 48 notes or more; 1: single-threaded)'))
    .option('--cache-location <path>', l10n.t('cache file for --cache (default: {0} in the current folder)', DEFAULT_CACHE_LOCATION))
    .addOption(todayOption(l10n.t('reference day for notes without a date')))
    .action(async (paths: string[], flags: LintFlags) => { await runLint(paths, flags); });
}
