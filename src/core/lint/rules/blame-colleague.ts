// blame-colleague (P11): the fault is put on a colleague, subcontractor, supplier or provider.
// The client does not care whose fault it is inside your business: apologise for the business.
// A third party named with a fault frame fires; a neutral mention ("our host restored the backup") does not.
// The phrases live in packs/<lang>/blame-colleague.yaml.
import type { Finding, LintRule } from '../types.js';
import { modelMatches, modelMessage, MODEL_OPTION } from '../model/index.js';
import { findInSentence, hasGroup, packWords, rewriteFixes, type PackMatch } from '../packs/index.js';
import { normalizeText } from '../text/phrases.js';
import { perSentence } from '../text/rule-kit.js';
import type { ProseSentence } from '../text/rule-kit.js';

// "If the supplier is late, we tell you": an open condition, not a fault (frames read their own hypothesis:
// "if the courier had delivered on time" is a reproach).
const CONDITIONAL = /(?:\bif|\bwhether|\bin case(?: of)?|\bunless|\bsi|\bau cas ou|\ben cas d[e']|\bsauf si)\s*$/;
// A question asks, it does not state a fault: "did the courier lose it?". Phrase lines still judge questions.
const QUESTION = /\?\s*$/;

// A colleague named by first name only: "it was Kwame who wiped…", « c'est Loïc qui a déployé… ». A capitalised
// word inside the sentence (not after strong punctuation, not a place after in/at/to/à/en) is marked in the
// folded text as `zn`, a word the packs hold as class `name` (role `named`), read only by the lines and frames
// written for a person. The sentence's first word is a name only before a person's verb ("Marco forgot…",
// « Yanis a oublié… »). Days, months, languages, pronouns and greetings are not names.
const NAME = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}-])/gu;
const NOT_NAMES = packWords('blame-colleague', 'not-names');
// A place, a date or a thing after these, not a person: "shipped to Rotterdam", "in Leeds", « en Suisse », « à Lyon ».
const PLACE_BEFORE = /(?:^|[\s(])(?:in|at|to|into|onto|near|from|via|until|till|since|across|around|en|à|a|au|aux|dans|vers|sur|depuis|jusqu'à)\s+$/i;
// Strong punctuation, quotes or a bullet before it: the word opens a clause or a heading.
const OPENS = /[.!?:;«“"(\u2014\u2013]\s*$|\s-\s*$/u;
// What follows a name that opens the sentence: a person's verb.
const FIRST_VERB = /^(?:\s+(?:on|in|from|at|côté|du|de la|chez)\s+(?:the\s+|our\s+|l'|le\s+|la\s+)?[\p{L}-]+|\s*,[^,]{1,40},)?\s+(?:forgot|was (?:supposed|meant|due|paid)|were (?:supposed|meant)|didn't|didn’t|did not|never|messed|screwed|dropped|deleted|wiped|mixed|broke|ignored|skipped|overwrote|misread|had (?:already )?(?:promised|told|sent|deleted|wiped|changed|forgotten)|a (?:oublié|effacé|supprimé|écrasé|mélangé|confondu|bâclé|raté|loupé|zappé|ignoré|promis|laissé)|n'a (?:pas|jamais)|n’a (?:pas|jamais)|s'est trompée?|s’est trompée?|devait|était censée?)(?![\p{L}])/u;

function withNames(s: ProseSentence): { marked: ProseSentence; names: Array<[number, number]> } {
  let norm = s.norm;
  const names: Array<[number, number]> = [];
  NAME.lastIndex = 0;
  for (let m = NAME.exec(s.plain); m; m = NAME.exec(s.plain)) {
    const before = s.plain.slice(0, m.index);
    const first = !/\p{L}/u.test(before) || /^\s*(?:[-*•]|\d+[.)])\s*$/u.test(before);
    if ((!first && OPENS.test(before)) || PLACE_BEFORE.test(before)) continue;
    const word = normalizeText(m[0]);
    if (NOT_NAMES.has(word) || word.endsWith('ly')) continue;
    if (first && !FIRST_VERB.test(s.plain.slice(m.index + m[0].length))) continue;
    // Padding first, so a genitive stays glued: "Sandra's template" -> "    zn's template".
    norm = norm.slice(0, m.index) + ' '.repeat(m[0].length - 2) + 'zn' + norm.slice(m.index + m[0].length);
    names.push([m.index, m.index + m[0].length]);
  }
  return { marked: names.length ? { ...s, norm } : s, names };
}

/** A match that starts inside a marked name starts at the name ("eg was meant…" -> "Greg was meant…"). */
function fromName(m: PackMatch, s: ProseSentence, names: ReadonlyArray<[number, number]>): PackMatch {
  const at = m.span.start - s.span.start;
  const name = names.find(([a, b]) => a < at && at < b);
  if (!name) return m;
  const start = s.span.start + name[0];
  return { ...m, span: { start, end: m.span.end }, text: s.plain.slice(name[0], m.span.end - s.span.start) };
}

const message = (text: string) => ({
  en: `"${text}" puts the blame on someone else (a colleague, a subcontractor, a supplier, a tool): to the client the work is yours, so take responsibility ("we") and say what you will do.`,
  fr: `«\u00a0${text}\u00a0» rejette la faute sur un tiers (collègue, sous-traitant, fournisseur, outil)\u00a0: pour le client, le travail est le vôtre, alors assumez-le («\u00a0nous\u00a0») et dites ce que vous allez faire.`,
});

export default {
  id: 'blame-colleague',
  summary: {
    en: 'The fault is put on a colleague, subcontractor or supplier: apologise in the name of the business.',
    fr: 'La faute est rejetée sur un collègue, un sous-traitant ou un fournisseur : excusez-vous au nom de l\'entreprise.',
  },
  principles: ['P11'],
  why: { en: "The client does not care whose fault it is inside your business: blaming a colleague, a subcontractor or a supplier sounds like dodging and suggests you do not control your own work. Apologise in the name of the business and say what you will do.", fr: "Le client ne cherche pas à savoir qui, chez vous, s’est trompé : accuser un collègue, un sous-traitant ou un fournisseur ressemble à une esquive et laisse croire que vous ne maîtrisez pas votre propre travail. Excusez-vous au nom de l’entreprise et dites ce que vous allez faire." },
  defaultSeverity: 'warning',
  options: { model: MODEL_OPTION },
  examples: {
    valid: [
      { lang: 'en', text: 'We made a mistake in the invoice; we are sorry and a corrected one will follow on Friday 27 November.\n' },
      { lang: 'en', text: 'Our hosting provider restored last night\'s backup, and the site is back.\n', note: 'A neutral mention of a provider.' },
      { lang: 'fr', text: 'Nous nous sommes trompés dans la facture ; une facture corrigée suit vendredi 27 novembre.\n' },
      { lang: 'fr', text: 'Notre hébergeur a restauré la sauvegarde et le site est de nouveau en ligne.\n' },
    ],
    invalid: [
      { lang: 'en', text: 'The developer made a mistake in the payment form.\n' },
      { lang: 'en', text: 'That\'s on our hosting provider, not on us. My accountant sent that letter.\n', count: 2 },
      { lang: 'fr', text: 'C\'est le technicien qui s\'est trompé.\n' },
      { lang: 'fr', text: 'C\'est la faute du prestataire. Voyez avec mon comptable.\n', count: 2 },
    ],
  },
  check(ctx, options) {
    const findings = perSentence(ctx, 'blame-colleague', (s) => {
      const findings: Finding[] = [];
      const { marked, names } = withNames(s);
      const hit = findInSentence('blame-colleague', marked).map((m) => fromName(m, s, names)).find((m) => !(m.via === 'phrase' && CONDITIONAL.test(s.norm.slice(0, m.span.start - s.span.start)))
        && !(m.via === 'frame' && QUESTION.test(s.plain)));
      // The writer owns it in the same sentence (pack group `owned`): no finding.
      if (!hit || hasGroup('blame-colleague', 'owned', s)) return findings;
      findings.push({
        span: hit.span,
        message: message(hit.text),
        fixes: rewriteFixes('blame-colleague', hit.lang, s.span, ctx.refDate),
      });
      return findings;
    });
    for (const m of modelMatches('blame-colleague', ctx, findings, options, (s) => hasGroup('blame-colleague', 'owned', s))) {
      findings.push({ span: m.span, message: modelMessage(message(m.text)), fixes: rewriteFixes('blame-colleague', m.lang, m.span, ctx.refDate) });
    }
    return findings;
  },
} satisfies LintRule;
