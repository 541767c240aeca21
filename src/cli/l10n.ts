// The CLI's messages in the user's language, keyed as the extension's vscode.l10n.t: the English
// text is the key, `{0}`, `{1}`… its placeholders. The French strings are l10n/src/cli.fr.json,
// bundled into dist/cli.js. Arguments go in after the lookup, as they are: a caller escapes what
// comes from a file or the log (escapeTerminal) before passing it, and nothing here unescapes it.
import { isLang, type Lang } from '../core/ports.js';
import fr from '../../l10n/src/cli.fr.json';

const FR: Readonly<Record<string, string>> = fr;

/** The language of messages: a valid --lang, else LC_ALL, LC_MESSAGES or LANG (the first set) starting with fr. */
export function uiLangFromEnv(flag?: string, env: NodeJS.ProcessEnv = process.env): Lang {
  if (flag && isLang(flag)) return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

// The CLI is several bundles (esbuild.mjs: the dispatcher, the log commands, the others), each
// with its own copy of this module: the language is kept where every copy reads the same one.
const state: { lang?: Lang } = ((globalThis as { [k: symbol]: { lang?: Lang } })[Symbol.for('liaison.cli.lang')] ??= {});

/** The language messages are in: the locale's, unless a command's --lang chose another. */
export function lang(): Lang {
  return (state.lang ??= uiLangFromEnv());
}

/** A command's --lang (lint, log sent): its messages follow the flag from then on. */
export function setLang(l: Lang): void {
  state.lang = l;
}

/** `message` in the current language, with `{n}` replaced by the n-th argument (in one pass: an argument holding `{1}` stays as it is). */
export function t(message: string, ...args: Array<string | number>): string {
  const text = lang() === 'fr' ? FR[message] ?? message : message;
  return text.replace(/\{(\d+)\}/g, (whole, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : whole));
}

/** `message` in both languages at once, for an error shown in the user's language whose JSON stays English (`said` picks). */
export function both(message: string, ...args: Array<string | number>): { message: string; fr: string } {
  const fill = (text: string) => text.replace(/\{(\d+)\}/g, (whole, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : whole));
  return { message: fill(message), fr: fill(FR[message] ?? message) };
}

/** A choice of two texts already written in both languages (core's `{ en, fr }` messages). */
export const pick = (text: { en: string; fr: string }): string => text[lang()];

/** A finding or an error that core words in English (`message`) and, when it can, in French (`fr`). */
export const said = (x: { message: string; fr?: string }): string => (lang() === 'fr' && x.fr ? x.fr : x.message);
