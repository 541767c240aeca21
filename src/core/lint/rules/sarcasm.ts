// sarcasm (P9): sarcasm markers ("Thanks for nothing", "as I'm sure you know", a "small" change in
// scare quotes, « comme par hasard »). The client reads contempt; say the thing plainly and calmly.
// Only unmistakable markers: irony that needs context to detect is left to the writer.
// The phrases live in packs/<lang>/sarcasm.yaml.
import type { Finding, LintRule, Span } from '../types.js';
import { modelMatches, modelMessage, MODEL_OPTION } from '../model/index.js';
import { findGroup, findInSentence, hasGroup, packLines, rewriteFixes } from '../packs/index.js';
import { escapeRegExp, normalizeText } from '../text/normalize.js';
import { overlaps, perSentence } from '../text/rule-kit.js';

// A harmless word in scare quotes mocks the client's request: the "small" change, la « petite » modification.
// Not a word named as a word: the word "urgent" in your subject, le mot « urgent », marked "minor", the new
// "urgent" appointment type, le bouton « rapide » (a label named by the noun after it).
const SCARE = /(?<!(?<!\p{L})(?:word|term|label|tag|status|flag|button|option|type|field|tab|filter|bouton|champ|onglet|filtre|marked|labell?ed|tagged|mot|terme|mention|[ée]tiquette|statut|marqu[ée]e?s?|intitul[ée]e?s?)\s+)(?:["\u201c\u00ab]\s*)(small|quick|simple|urgent|minor|little|easy|tiny|slight|petite?s?|rapides?|simples?|urgente?s?|mineure?s?|l[ée]g[èe]re?s?|minimes?)(?:\s*["\u201d\u00bb])(?!\s*(?:\p{L}+\s+)?(?:types?|options?|status|label|tag|button|field|category|setting|checkbox|flag|tab|menu|filter|badge|mode|priority|bouton|champ|cat[ée]gorie|r[ée]glage|case|onglet|filtre|statut|[ée]tiquette|priorit[ée])(?!\p{L}))/iu;
// The client's word handed back in quotes: your "feedback", votre « retour », this "fix".
const QUOTED_BACK = /(?<!\p{L})(?:[Yy]our|[Tt]his|[Tt]hat|[Tt]hese|[Ss]o-called|[Vv]otre|[Vv]os|[Tt]on|[Tt]a|[Tt]es|[Cc]e|[Cc]et|[Cc]ette|[Cc]es|[Ss]oi-disant|[Pp]r[ée]tendue?s?)\s+["\u201c\u00ab]\s*\p{Ll}[\p{L}'\u2019-]*\s*["\u201d\u00bb]/u;
// The two irony structures below hold quotation marks, which the phrases never see into, so they are read here on
// the folded raw text; their words are pack classes of sarcasm.yaml (both languages), one phrase a line:
// - an impossible job added to a list: {quote-add-verb} "…" {quote-add-target} {quote-add-list}
//   ("I'll add "mind reader" to my list of services", « j'ajoute « voyante » à ma liste de services »);
// - a verdict tacked on after the quote: "…", {quote-verdict} (« ça m'avance beaucoup »), a word of
//   {quote-verdict-adverb} allowed between its words (« ça m'avance vraiment beaucoup »);
// - a quoted value mocked by what stands for it: {quote-mock-open} "…" {quote-mock-close} (nothing says "final"
//   like final_final_v7.pdf, rien ne dit mieux « définitif » que…);
// - praise of the client's words that the quote then belies: {praise-thanks} … {praise-adjective} {praise-feedback}
//   "…" (thanks for the "detailed" feedback "it's wrong", merci pour ce retour détaillé, « c'est pas bon »), or
//   {famous-determiner} {famous-adjective} "…" (the famous "I thought it was included", la fameuse « vraie » version).
// A class missing from the bundle matches nothing.
const lines = (cls: string, between = '\\s+') => packLines('sarcasm', cls)
  .map((l) => l.split(/\s+/).map((w) => escapeRegExp(w).replace(/\\\*$/, '\\p{L}*')).join(between))
  .sort((a, b) => b.length - a.length).join('|') || '(?!)';
const OPEN = '["\\u201c\\u00ab]', CLOSE = '["\\u201d\\u00bb]';
const ADVERB = `\\s+(?:(?:${lines('quote-verdict-adverb')})\\s+)?`;
const QUOTED_IRONY = new RegExp(`(?<!\\p{L})(?:${lines('quote-add-verb')})\\s+${OPEN}[^"\\u201d\\u00bb]{1,40}${CLOSE}\\s+(?:${lines('quote-add-target')})\\s+(?:${lines('quote-add-list')})`
  + `|${CLOSE}\\s*,?\\s*(?:${lines('quote-verdict', ADVERB)})(?!\\p{L})`
  + `|(?<!\\p{L})(?:${lines('quote-mock-open')})\\s+${OPEN}[^"\\u201d\\u00bb]{1,40}${CLOSE}\\s+(?:${lines('quote-mock-close')})(?:(?<=')|(?!\\p{L}))`, 'u');
const PRAISE = lines('praise-adjective'), FEEDBACK = lines('praise-feedback');
const PRAISED_QUOTE = new RegExp(`(?<!\\p{L})(?:(?:${lines('praise-thanks')})(?!\\p{L})[^.!?;:"\\u201c\\u00ab]{0,30}(?<!\\p{L})`
  + `(?:(?:${PRAISE})\\s+(?:${FEEDBACK})|(?:${FEEDBACK})\\s+(?:${PRAISE}))(?!\\p{L})\\s*(?:[,:]\\s*|\\s+(?:${lines('praise-of')})\\s+)?${OPEN}`
  + `|(?:${lines('famous-determiner')})\\s+(?:${lines('famous-adjective')})\\s+(?:\\p{L}+\\s+)?${OPEN})`, 'u');
// 🙄, 😒 and the upside-down face 🙃, which the sentence sets only ever show on sarcasm.
const EYE_ROLL = /\u{1F644}|\u{1F612}|\u{1F643}/u;

type Sentence = Parameters<typeof findInSentence>[1];
/** A recall of what was already said (pack group `recall`, "per my last email") that blame-client's phrases find too. */
function recallSpans(rule: string, s: Sentence): Span[] {
  const recall = findGroup(rule, 'recall', s).map((m) => m.span);
  if (!recall.length) return [];
  const blame = findInSentence('blame-client', s).map((m) => m.span);
  return recall.filter((r) => overlaps(r, blame));
}
/** The sentence holds a recall that blame-client reports: the tone model leaves it alone. */
export const leftToBlame = (s: Sentence): boolean => recallSpans('sarcasm', s).length > 0;
/** The pack hits this rule reports: a recall that blame-client reports is its finding, not a second one here. */
function ownHits(s: Sentence) {
  const hits = findInSentence('sarcasm', s);
  const recall = hits.length ? recallSpans('sarcasm', s) : [];
  return recall.length ? hits.filter((m) => !overlaps(m.span, recall)) : hits;
}
export { recallSpans };

export default {
  id: 'sarcasm',
  summary: {
    en: 'Sarcasm ("thanks for nothing", "as I\'m sure you know", a "small" change in scare quotes) reads as contempt: say it plainly.',
    fr: 'Le sarcasme (« merci pour rien », « comme par hasard », une « petite » modification) se lit comme du mépris : dites-le simplement.',
  },
  principles: ['P9'],
  why: { en: "Keep the tone calm and firm, never sarcastic: in writing, irony reads as contempt, the client answers the tone rather than the content, and a small disagreement becomes a conflict.", fr: "Gardez un ton calme et ferme, jamais sarcastique : à l’écrit, l’ironie se lit comme du mépris, le client répond au ton plutôt qu’au fond, et un petit désaccord devient un conflit." },
  defaultSeverity: 'warning',
  options: { model: MODEL_OPTION },
  examples: {
    valid: [
      { lang: 'en', text: 'Thanks for your patience. The small change you asked for is online.\n' },
      { lang: 'en', text: 'What a great launch: congratulations on the first orders!\n' },
      { lang: 'fr', text: 'Merci pour votre patience. La petite modification demandée est en ligne.\n' },
      { lang: 'fr', text: 'Bonne chance pour le lancement !\n' },
      { lang: 'en', text: 'Click "Save" on your "Settings" page.\n', note: 'A button or page name in quotes, not a word handed back.' },
    ],
    invalid: [
      { lang: 'en', text: 'Thanks for nothing.\n' },
      { lang: 'en', text: 'As I\'m sure you know, your "small" change took three days.\n', count: 2 },
      { lang: 'fr', text: 'Comme par hasard, le site plante le jour du lancement.\n' },
      { lang: 'fr', text: 'Merci d\'avoir enfin répondu.\n' },
      { lang: 'en', text: 'Your "feedback" has been noted.\n' },
      { lang: 'fr', text: 'Votre « retour » a bien été noté.\n' },
    ],
  },
  check(ctx, options) {
    const message = {
      en: 'This reads as sarcasm, which the client takes as contempt: say it plainly and calmly.',
      fr: 'Cela se lit comme du sarcasme, que le client prend pour du mépris : dites-le simplement et calmement.',
    };
    const findings = perSentence(ctx, 'sarcasm', (s) => {
      const findings: Finding[] = [];
      for (const m of ownHits(s)) findings.push({ span: m.span, message, fixes: rewriteFixes('sarcasm', m.lang, s.span, ctx.refDate) });
      // Scare quotes are read on the raw text: the quotes are the marker.
      const folded = normalizeText(s.text);
      const q = SCARE.exec(s.text) ?? QUOTED_BACK.exec(s.text) ?? QUOTED_IRONY.exec(folded) ?? PRAISED_QUOTE.exec(folded) ?? EYE_ROLL.exec(s.text);
      if (q) findings.push({ span: { start: s.span.start + q.index, end: s.span.start + q.index + q[0].length }, message, fixes: rewriteFixes('sarcasm', s.langs[0] ?? 'en', s.span, ctx.refDate) });
      return findings;
    });
    // Sincere praise or thanks that names what went well (pack group `sincere`) is not judged by the tone model.
    for (const m of modelMatches('sarcasm', ctx, findings, options, (s) => hasGroup('sarcasm', 'sincere', s) || leftToBlame(s))) {
      findings.push({ span: m.span, message: modelMessage(message, m.words), fixes: rewriteFixes('sarcasm', m.lang, m.span, ctx.refDate) });
    }
    return findings;
  },
} satisfies LintRule;
