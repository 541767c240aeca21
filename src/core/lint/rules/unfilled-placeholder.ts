// Text left from a template must never reach the client: a "[client name]" or a hint nobody typed
// over tells them the message was not written for them, and a TODO that it was not finished (P1).
import { frenchTypography } from '../../templates/typography.js';
import { unfilledPlaceholders, type Placeholder } from '../placeholders/find.js';
import type { Finding, LintRule } from '../types.js';

const fr = frenchTypography;
const quote = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

function message(p: Placeholder): Finding['message'] {
  const t = quote(p.text);
  switch (p.kind) {
    case 'marker': return {
      en: `"${t}" is still in the note: finish that part or remove the marker before the client reads it.`,
      fr: fr(`« ${t} » est resté dans la note : terminez ce passage ou retirez la marque avant que le client ne le lise.`) };
    case 'hint': return {
      en: `"${t}" is the template's hint, not your text: write the real value here before sending.`,
      fr: fr(`« ${t} » est l’indication du modèle, pas votre texte : écrivez ici la vraie valeur avant l’envoi.`) };
    default: return {
      en: `Unfilled placeholder "${t}": write the real value here before sending.`,
      fr: fr(`Champ de modèle non rempli « ${t} » : écrivez ici la vraie valeur avant l’envoi.`) };
  }
}

/** The hint without its brackets, as a tab stop the writer types over (snippet syntax escaped). */
function fillSnippet(p: Placeholder): string {
  const inner = p.kind === 'bracket' || p.kind === 'angle' ? p.text.slice(1, -1) : p.text;
  return `\${1:${inner.replace(/[\\$}]/g, ch => `\\${ch}`)}}`;
}

const rule: LintRule = {
  id: 'unfilled-placeholder',
  summary: {
    en: 'No text left from a template: "[hints]", "<hints>", a hint nobody typed over, TODO or TBD.',
    fr: 'Aucun reste de modèle : « [indications] », « <indications> », une indication non remplacée, TODO ou TBD.',
  },
  principles: ['P1'],
  why: { en: "Template text left in a note tells the client the message was not written for them, and a blank where a date or an amount belongs is the very misunderstanding the note was meant to prevent. It must never reach a client.", fr: "Un reste de modèle dans une note dit au client que le message n’a pas été écrit pour lui, et un blanc à la place d’une date ou d’un montant est précisément le malentendu que la note devait éviter. Il ne doit jamais parvenir au client." },
  defaultSeverity: 'error',
  options: {},
  examples: {
    valid: [
      { lang: 'en', text: '# Weekly update\n\nHello Ms Dufresne,\n\n- [x] Login page, see [the demo](https://example.com/demo)[^1].\n- [ ] Payment page, as in `[Client name]`.\n\n[^1]: Password sent by text.\n', note: 'Links, task boxes, footnotes and code are not placeholders.' },
      { lang: 'fr', text: '# Point hebdomadaire\n\nBonjour Madame Dufresne,\n\nLa maquette est prête ([voir ici][maquette]). La date reste à définir ensemble.\n\n[maquette]: https://example.com/maquette\n', note: 'A reference link and « à définir » in lower case.' },
    ],
    invalid: [
      { lang: 'en', text: '# Weekly update\n\nHello [contact name],\n\nThe login page is done. TODO: add the payment status.\n', count: 2, note: 'A bracketed hint from `liaison new` and a TODO.' },
      { lang: 'en', text: '# Weekly update\n\nHello Ms Dufresne,\n\n## Done this week\n\n- something finished this week, in the client\'s terms\n- The login page.\n', note: 'An editor tab stop nobody typed over.' },
      { lang: 'fr', text: '# Point hebdomadaire\n\nBonjour <nom du client>,\n\n## Fait cette semaine\n\n- une autre chose terminée\n', count: 2, note: 'An angle hint, and a template hint left as plain text.' },
      { lang: 'fr', text: '# Imprévu\n\nBonjour Madame Dufresne,\n\nLa nouvelle date est À COMPLÉTER.\n', note: 'A French marker in capitals.' },
    ],
  },
  check(ctx) {
    return unfilledPlaceholders(ctx.text, { tree: ctx.tree, hints: ctx.placeholderHints }).map(p => ({
      span: p.span, message: message(p),
      fixes: [{ title: { en: 'Fill in this placeholder', fr: 'Remplir ce champ' }, span: p.span, text: fillSnippet(p), snippet: true, safe: false }],
    }));
  },
};

export default rule;
