// What stops a note from being rendered for the client, said before anything is sent: a note too
// large for one message, a front matter never closed (its internal fields would reach the client
// as body text), and nesting so deep (thousands of `>`, list levels or `*`) that the Markdown tree
// overflows the call stack. Messages in both languages; the shells pick one.
import type { Lang } from '../ports.js';
import { readFrontMatter } from '../markdown/front-matter.js';

/** 2 MiB of text: ten times the longest real note, far below what a mail client accepts. */
export const MAX_SEND_CHARS = 2 * 1024 * 1024;

export type SendProblem = Record<Lang, string>;

/** The reason this note text cannot go to the client as it is, or undefined. */
export function sendProblem(text: string): SendProblem | undefined {
  if (text.length > MAX_SEND_CHARS) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    return {
      en: `This note is ${mb} MB of text: too large to send as one message (limit 2 MB). Split it, or attach the long part as a file.`,
      fr: `Cette note fait ${mb} Mo de texte : trop pour un seul message (limite 2 Mo). Découpez-la ou joignez la partie longue en fichier.`,
    };
  }
  const fm = readFrontMatter(text);
  if (fm.problem && !fm.span) {
    return {
      en: 'The front matter opened with `---` is never closed, so the client would read it: add a `---` line after it.',
      fr: 'Le front matter ouvert par `---` n’est jamais fermé : le client le lirait. Ajoutez une ligne `---` après lui.',
    };
  }
  return undefined;
}

const TOO_DEEP: SendProblem = {
  en: 'This note nests quotes, lists or emphasis thousands of levels deep: it cannot be rendered. Flatten that part.',
  fr: 'Cette note imbrique des citations, des listes ou de l’emphase sur des milliers de niveaux : impossible de la mettre en forme. Aplatissez ce passage.',
};

/** Runs a render; the stack overflow of a note nested too deeply becomes a message, not a crash. */
export function guardDepth<T>(render: () => T): { value: T; problem?: undefined } | { value?: undefined; problem: SendProblem } {
  try {
    return { value: render() };
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) return { problem: TOO_DEEP };
    throw e;
  }
}
