// A record read from a JSON file (`liaison log add --from-json`): a file that is not valid JSON is
// named with the line and column of its first error, as a compiler does. Node's JSON.parse often
// gives no position ("Unexpected token '}'"), so jsonc-parser (VS Code's own JSON scanner, in
// strict mode: no comments, no trailing commas) finds where the text stops being JSON.
import { readFileSync } from 'node:fs';
// Its ES module build: the UMD one (package main) loads its parts with require() calls a bundle cannot follow.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { CliUsageError as UsageError } from '../context.js';
import * as l10n from '../l10n.js';

/** 1-based line and column of a character offset (columns count UTF-16 units, as editors do). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1, start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) { line++; start = i + 1; }
  return { line, column: offset - start + 1 };
}

// Worded when asked (l10n.t reads the language then).
const READABLE: Record<string, () => string> = {
  ValueExpected: () => l10n.t('a value is expected here'), PropertyNameExpected: () => l10n.t('a property name in double quotes is expected here'),
  ColonExpected: () => l10n.t('":" is expected after the property name'), CommaExpected: () => l10n.t('a "," is missing before this'),
  CloseBraceExpected: () => l10n.t('a closing "}" is missing'), CloseBracketExpected: () => l10n.t('a closing "]" is missing'),
  EndOfFileExpected: () => l10n.t('the JSON value ends before this: remove what follows it'), InvalidSymbol: () => l10n.t('this is not JSON (strings need double quotes)'),
  InvalidCommentToken: () => l10n.t('JSON has no comments'), UnexpectedEndOfString: () => l10n.t('a string is not closed'),
  InvalidCharacter: () => l10n.t('a control character (such as a tab) must be escaped in a string'),
  InvalidEscapeCharacter: () => l10n.t('an invalid escape in a string'), InvalidUnicode: () => l10n.t('an invalid \\u escape'), UnexpectedEndOfComment: () => l10n.t('a comment is not closed'),
  UnexpectedEndOfNumber: () => l10n.t('a number is cut short'), InvalidNumberFormat: () => l10n.t('an invalid number'),
};

/** Where `text` stops being JSON, and why; undefined when the scanner finds nothing wrong. */
export function firstJsonError(text: string): { line: number; column: number; why: string } | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const e = errors[0];
  if (!e) return undefined;
  const code = printParseErrorCode(e.error);
  return { ...lineColumn(text, e.offset), why: READABLE[code]?.() ?? code };
}

/** The record in a JSON file, or a usage error naming the file, line and column of the problem. */
export function readJsonRecord<T>(file: string): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(l10n.t('--from-json {0}: {1}', file, code === 'ENOENT' ? l10n.t('no such file') : code === 'EISDIR' ? l10n.t('it is a folder') : (e as Error).message));
  }
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    const at = firstJsonError(text);
    const v8 = /at position (\d+)/.exec((e as Error).message);
    const where = at ?? (v8 ? { ...lineColumn(text, Number(v8[1])), why: (e as Error).message } : undefined);
    throw new UsageError(where
      ? l10n.t('--from-json {0}:{1}:{2}: not valid JSON: {3}; fix the file (one JSON object, the record) and run the command again', file, where.line, where.column, where.why)
      : l10n.t('--from-json {0}: not valid JSON ({1}); fix the file and run the command again', file, (e as Error).message));
  }
}
