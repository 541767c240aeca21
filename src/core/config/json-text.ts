// JSON files users edit by hand (the profile, `.liaisonrc.json`): a syntax error is reported at
// its line and column, in words, instead of V8's "Unexpected token } in JSON at position 212"
// (whose wording and position format change between Node versions). JSON.parse decides what is
// valid; jsonc-parser (VS Code's own JSON scanner) only locates the first error.
import { parse as scan, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main.js';

export interface JsonSyntaxProblem { line: number; column: number; message: string; /** The same in French. */ fr?: string }

// Keyed by name: ParseErrorCode is a const enum, which isolated modules cannot read.
const WHAT: Record<string, string> = {
  CommaExpected: 'a comma is missing between two entries',
  PropertyNameExpected: 'a key in "double quotes" is expected here (no comma after the last entry, no single quotes)',
  ColonExpected: 'a colon is missing after the key',
  ValueExpected: 'a value is expected here (a comma after the last entry? a value in single quotes?)',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  EndOfFileExpected: 'text after the end of the JSON value',
  InvalidSymbol: 'this character cannot start a JSON value (a comment? a word without quotes?)',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed with "',
  InvalidEscapeCharacter: 'a backslash escape is not valid JSON (write \\\\ for a backslash)',
  InvalidCharacter: 'a control character (a tab or line break) inside a string: write \\t or \\n',
  InvalidUnicode: 'a \\u escape needs four hexadecimal digits',
};

const WHAT_FR: Record<string, string> = {
  CommaExpected: 'il manque une virgule entre deux entrées',
  PropertyNameExpected: 'une clé entre "guillemets droits doubles" est attendue ici (pas de virgule après la dernière entrée, pas d’apostrophes)',
  ColonExpected: 'il manque deux-points après la clé',
  ValueExpected: 'une valeur est attendue ici (une virgule après la dernière entrée ? une valeur entre apostrophes ?)',
  CloseBraceExpected: 'il manque une } fermante',
  CloseBracketExpected: 'il manque un ] fermant',
  EndOfFileExpected: 'du texte après la fin de la valeur JSON',
  InvalidSymbol: 'ce caractère ne peut pas commencer une valeur JSON (un commentaire ? un mot sans guillemets ?)',
  InvalidCommentToken: 'les commentaires ne sont pas permis en JSON',
  UnexpectedEndOfComment: 'les commentaires ne sont pas permis en JSON',
  UnexpectedEndOfString: 'une chaîne n’est pas fermée par "',
  InvalidEscapeCharacter: 'un échappement par barre oblique inverse invalide en JSON (écrivez \\\\ pour une barre oblique inverse)',
  InvalidCharacter: 'un caractère de contrôle (tabulation ou saut de ligne) dans une chaîne : écrivez \\t ou \\n',
  InvalidUnicode: 'un échappement \\u demande quatre chiffres hexadécimaux',
};

/** 1-based line and column of a UTF-16 offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) { line++; start = i + 1; }
  return { line, column: offset - start + 1 };
}

/** Parses JSON; a byte-order mark (Windows editors write one) is not an error. */
export function parseJsonText(text: string): { value: unknown; problem?: undefined } | { value?: undefined; problem: JsonSyntaxProblem } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = body === text ? 0 : 1;
  try {
    return { value: JSON.parse(body) };
  } catch (e) {
    if (!body.trim()) return { problem: { line: 1, column: 1, message: 'the file is empty: write a JSON object, e.g. {}', fr: 'le fichier est vide : écrivez un objet JSON, par ex. {}' } };
    const errors: ParseError[] = [];
    scan(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const at = lineColumn(text, (first?.offset ?? body.length) + shift);
    const c = first ? body[first.offset] : undefined;
    const code = first ? printParseErrorCode(first.error) : '';
    const what = c === "'" ? 'single quotes are not JSON: write "double quotes"' : WHAT[code] ?? (e as Error).message;
    const fr = c === "'" ? 'les apostrophes ne sont pas du JSON : écrivez des "guillemets droits doubles"' : WHAT_FR[code] ?? (e as Error).message;
    return { problem: { ...at, message: what, fr } };
  }
}

/** "not valid JSON at line 3, column 5: a comma is missing …; fix it and save" */
export function jsonProblemText(p: JsonSyntaxProblem): string {
  return `not valid JSON at line ${p.line}, column ${p.column}: ${p.message}; fix it and save`;
}

/** « JSON invalide ligne 3, colonne 5 : … ; corrigez puis enregistrez » */
export function jsonProblemTextFr(p: JsonSyntaxProblem): string {
  return `JSON invalide ligne ${p.line}, colonne ${p.column} : ${p.fr ?? p.message} ; corrigez puis enregistrez`;
}
