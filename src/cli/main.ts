// `liaison` command line: argument parsing and dispatch only; the work is in src/core.
// Exit codes: 0 ok, 1 error-level findings or a broken log, 2 usage or fatal error.
import { Command, CommanderError } from 'commander';
import { registerNew, registerTemplatesList } from './commands/templates.js';
import { registerLint } from './commands/lint.js';
import { registerLogCommands } from './commands/log.js';
import { registerRender } from './commands/render.js';
import { registerLogSent } from './commands/log-sent.js';
import { registerLogImportEmail } from './commands/log-import-email.js';
import { registerLogExportFor } from './commands/log-export-for.js';
import { packageVersion } from './package-info.js';
import { describeError } from '../node/path-problem.js';

export const EXIT_OK = 0;
export const EXIT_USAGE = 2;

export function buildProgram(): Command {
  const program = new Command('liaison')
    .description('Client communication for freelancers: templates, a linter for status notes, a project log.')
    .version(packageVersion())
    .showHelpAfterError('(liaison --help lists the commands; liaison <command> --help, its options)')
    .exitOverride();
  registerNew(program);
  registerTemplatesList(program);
  registerLint(program);
  registerLogCommands(program);
  registerLogSent(program);
  registerLogImportEmail(program);
  registerLogExportFor(program);
  registerRender(program);
  return program;
}

async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return process.exitCode === undefined ? EXIT_OK : Number(process.exitCode);
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end with code 0; every other parse problem is a usage error.
      return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    process.stderr.write(`liaison: ${describeError(e)}\n`);
    return EXIT_USAGE;
  }
}

if (require.main === module) {
  // A reader that stops early (`liaison templates | head`) closes the pipe: that is not an error.
  process.stdout.on('error', e => { if ((e as NodeJS.ErrnoException).code === 'EPIPE') process.exit(EXIT_OK); throw e; });
  // Exit once stdout has drained, so piped output (JSON, SARIF) is never cut short.
  main(process.argv).then(code => process.stdout.write('', () => process.exit(code)));
}
