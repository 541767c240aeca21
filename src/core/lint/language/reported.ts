// Reported speech: what the client wrote, quoted without quotation marks ("You wrote: fix it ASAP",
// « Vous m'avez écrit : c'est inadmissible »). Those are the client's words, never judged: they are
// blanked (same length) like text between quotation marks.
import { normalizeText } from '../text/normalize.js';

// Someone other than the writer, a verb of saying, then a colon.
const REPORTED = new RegExp(
  "(?:^|[^a-z'])(?:you|the client|your (?:team|boss|manager|colleague)|they|he|she"
  + "|vous|tu|le client|la cliente|votre (?:equipe|patron|responsable|collegue)|ils|elles|il|elle)"
  + "(?: (?:m'|nous |me |m|t'|lui |leur ))?"
  + " ?(?:wrote|said|asked|told (?:me|us)|replied|answered|put it|complained"
  + "|avez ecrit|as ecrit|avez dit|as dit|avez demande|as demande|avez repondu|as repondu|ecrivez|ecris|dites|dis|a ecrit|a dit|ont ecrit|ont dit)"
  + "(?: (?:this|that|ceci|cela|ca|the following|en substance|textuellement))?\\s*:",
  'g');

/** `text` with the client's reported words (after "you wrote:", « vous m'avez écrit : ») blanked. */
export function blankReported(text: string): string {
  if (!text.includes(':')) return text;
  const norm = normalizeText(text);
  REPORTED.lastIndex = 0;
  const m = REPORTED.exec(norm);
  if (!m) return text;
  const from = m.index + m[0].length;
  return text.slice(0, from) + text.slice(from).replace(/[^\s]/g, ' ');
}
