// `liaison` command line: argument parsing and dispatch only; the work is in src/core.
// Exit codes: 0 ok, 1 error-level findings or a broken log, 2 usage or fatal error.
import { Command, CommanderError } from 'commander';
import { packageVersion } from './package-info.js';
import { describeError } from '../node/path-problem.js';
import * as l10n from './l10n.js';
import { localiseCommander } from './commander-l10n.js';

type Register = (program: Command) => void;
type Load = () => Promise<Register>;
/** Each top-level command with the registrars that build it, in help order. A module is imported
 *  (and evaluated) only when its command runs, or for the full help: `liaison lint` loads no log,
 *  mail or template code. Within a command, registrars load in order until one registers the
 *  subcommand named: `liaison log verify` evaluates no mail, export or send code. */
const COMMANDS: Array<[name: string, ...load: Load[]]> = [
  ['new', async () => (await import('./commands/templates.js')).registerNew],
  ['templates', async () => (await import('./commands/templates.js')).registerTemplatesList],
  ['lint', async () => { (await import('./v8-flags.js')).lintRegexpTier(); return (await import('./commands/lint.js')).registerLint; }],
  ['log',
    async () => (await import('./commands/log.js')).registerLogCommands,
    async () => (await import('./commands/log-sent.js')).registerLogSent,
    async () => (await import('./commands/log-import-email.js')).registerLogImportEmail,
    async () => (await import('./commands/log-export-for.js')).registerLogExportFor,
  ],
  ['render', async () => (await import('./commands/render.js')).registerRender],
];

export const EXIT_OK = 0;
export const EXIT_USAGE = 2;

/** The program and its global options (--version, --help), without its commands (see addCommands);
 *  its texts are in the locale's language (l10n.ts), as are those of the commands added after. */
export function buildProgram(): Command {
  return localiseCommander(new Command('liaison'))
    .description(l10n.t('Client communication for freelancers: templates, a linter for status notes, a project log.'))
    .version(packageVersion(), '-V, --version', l10n.t('output the version number'))
    .showHelpAfterError(l10n.t('(liaison --help lists the commands; liaison <command> --help, its options)'))
    .exitOverride();
}

/** Registers the command `argv` names, or every command when it names none it knows (help, a typo). */
export async function addCommands(program: Command, argv: string[]): Promise<Command> {
  const [first, second] = argv.slice(2).filter(a => !a.startsWith('-'));
  const named = COMMANDS.filter(([name]) => name === first);
  // `liaison --version` needs no command (loading them all for it was 190 ms of CPU, against 70).
  if (!named.length && argv.slice(2).some(a => a === '--version' || a === '-V') && !argv.slice(2).some(a => a === '--help' || a === '-h')) return program;
  const has = (sub: string) => !!program.commands.find(c => c.name() === first)?.commands.some(c => c.name() === sub || c.aliases().includes(sub));
  for (const [, ...loads] of named.length ? named : COMMANDS) {
    for (const load of loads) {
      (await load())(program);
      if (named.length && second !== undefined && has(second)) break;
    }
  }
  return program;
}

async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await addCommands(program, argv);
    await program.parseAsync(argv);
    return process.exitCode === undefined ? EXIT_OK : Number(process.exitCode);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end with code 0; every other parse problem is a usage error.
      return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    process.stderr.write(l10n.t('liaison: {0}', describeError(e)) + '\n');
    return EXIT_USAGE;
  }
}

if (require.main === module) {
  // A reader that stops early (`liaison templates | head`) closes the pipe: that is not an error.
  process.stdout.on('error', e => { if ((e as NodeJS.ErrnoException).code === 'EPIPE') process.exit(EXIT_OK); throw e; });
  // Exit once stdout has drained, so piped output (JSON, SARIF) is never cut short.
  main(process.argv).then(code => process.stdout.write('', () => process.exit(code)));
}
