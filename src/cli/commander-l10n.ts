// What commander itself writes, in the CLI's language: the help's headings and the "(default: …)"
// notes after an option, and its parse errors (unknown option, missing argument…). The commands'
// own descriptions are l10n.t calls where each command is registered.
import { Help, type Command, type Option } from 'commander';
import * as l10n from './l10n.js';

/** The headings Help.formatHelp writes (the ones this CLI's help shows). */
const HEADINGS: Record<string, () => string> = {
  'Usage:': () => l10n.t('Usage:'), 'Arguments:': () => l10n.t('Arguments:'),
  'Options:': () => l10n.t('Options:'), 'Commands:': () => l10n.t('Commands:'),
};

const quoted = (items: readonly string[]) => items.map(c => JSON.stringify(c)).join(', ');

/** commander's Help.optionDescription, its notes worded through l10n. */
function optionDescription(option: Option): string {
  const extra: string[] = [];
  if (option.argChoices) extra.push(l10n.t('choices: {0}', quoted(option.argChoices)));
  const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
  if (option.defaultValue !== undefined && showDefault) {
    extra.push(l10n.t('default: {0}', option.defaultValueDescription || JSON.stringify(option.defaultValue)));
  }
  if (option.envVar !== undefined) extra.push(l10n.t('env: {0}', option.envVar));
  if (!extra.length) return option.description;
  return option.description ? `${option.description} (${extra.join(', ')})` : `(${extra.join(', ')})`;
}

/** commander's Help.boxWrap, except at a no-break space: French puts one before « : ; ? ! », and a
 *  line must not start with the colon. (The wrap splits on \s, which holds U+00A0.) */
function boxWrap(this: Help, text: string, width: number): string {
  return Help.prototype.boxWrap.call(this, text.replace(/\u00a0/g, '\uE000'), width).replace(/\uE000/g, '\u00a0');
}

/** commander's parse errors, in French: each English pattern and its message key. */
const ERRORS: Array<[RegExp, (...m: string[]) => string]> = [
  [/^error: unknown option '(.*)'$/, f => l10n.t("error: unknown option '{0}'", f)],
  [/^error: unknown command '(.*)'$/, c => l10n.t("error: unknown command '{0}'", c)],
  [/^error: missing required argument '(.*)'$/, a => l10n.t("error: missing required argument '{0}'", a)],
  [/^error: option '(.*)' argument missing$/, o => l10n.t("error: option '{0}' argument missing", o)],
  [/^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.$/,
    (c, n, got) => l10n.t("error: too many arguments for '{0}': it takes {1}, {2} were given.", c, n, got)],
  [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/,
    (n, got) => l10n.t('error: too many arguments: liaison takes {0}, {1} were given.', n, got)],
  [/^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/s,
    (o, v, list) => l10n.t("error: option '{0}' does not take '{1}': choose one of {2}.", o, v, list)],
  [/^\(Did you mean one of (.*)\?\)$/, list => l10n.t('(Did you mean one of {0}?)', list)],
  [/^\(Did you mean (.*)\?\)$/, s => l10n.t('(Did you mean {0}?)', s)],
];

/** One commander error text (it may hold a suggestion on its own line), line by line in the CLI's language. */
export function localCommanderError(text: string): string {
  if (l10n.lang() === 'en') return text;
  return text.split('\n').map(line => {
    for (const [re, say] of ERRORS) {
      const m = re.exec(line);
      if (m) return say(...m.slice(1));
    }
    return line;
  }).join('\n');
}

/** Headings, notes and errors of `program` and of every command added to it afterwards (commander copies these settings). */
export function localiseCommander(program: Command): Command {
  return program
    .helpOption('-h, --help', l10n.t('display help for command'))
    .helpCommand('help [command]', l10n.t('display help for command'))
    .configureHelp({ styleTitle: title => HEADINGS[title]?.() ?? title, optionDescription, boxWrap })
    .configureOutput({ outputError: (text, write) => write(localCommanderError(text)) });
}

