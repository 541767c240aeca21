// shouting (P9): words or whole sentences in capitals, and piled-up "!!", "?!", "???".
// Acronyms and all-caps names are not shouting: known acronyms, words of four letters or fewer,
// identifiers (digits, underscores), code (blanked by the sentence splitter), and surnames written
// in capitals after a first name or a title (« M. DUPONT », "Jean MARTIN"), a French convention.
// Nor quoted capitals: a label on screen ("reads BOOK A TABLE"), a setting's value, a unit after an
// amount, capitals the sentence says are meant. A doubled "!!" after thanks or praise is joy.
import type { Finding, LintRule } from '../types.js';
import { proseSentences } from '../text/rule-kit.js';
import { PACK_DATA } from '../packs/generated.js';
// Plain nouns of the trade after which capitals are a name (the jargon pack's `name-heads`).
import { NAME_HEADS } from '../text/jargon-open.js';
import { escapeRegExp, normalizeText } from '../text/normalize.js';

// The word lists live in packs/<lang>/shouting.yaml and hold for notes in any language: acronyms
// (capitals that are names), emphatic (short words that in capitals are emphasis), clock ("3 PM CET":
// how times are written, never counted as capitals).
const packWords = (cls: string) => new Set(PACK_DATA.filter((p) => p.rule === 'shouting').flatMap((p) => p.classes[cls] ?? []));
const KNOWN = packWords('acronyms');
const EMPHATIC = packWords('emphatic');
const CLOCK = packWords('clock');
// Verbs after which a word in capitals is a keyword to type or text ("reply YES", « répondez OUI »).
const KEYWORD_VERBS = new Set([...packWords('keyword-verbs')].map((w) => normalizeText(w)));
// "CA$640", "US$ 90": capitals glued to a currency sign are the currency.
const KEYWORD_NEXT = /^(?:to|for|or|and|pour|au|aux|à|a|ou|et)$/iu;
const CURRENCY_AFTER = /^\s?[$€£¥]/u;
// Phrases of the packs as one case-blind alternation over the normalised sentence (word bounds).
const packPhrases = (cls: string) => new RegExp(`(?<![\\p{L}])(?:${[...packWords(cls)].map((w) => escapeRegExp(normalizeText(w))).join('|')})(?![\\p{L}])`, 'u');
// "!!" after thanks or praise is joy ("Congrats on the launch!!"); a sentence that says its capitals
// are meant ("…reads BOOK NOW, in capitals as in your brand guide") quotes them.
const CHEER = packPhrases('cheer');
const CHEER_NOT = packPhrases('cheer-not');
const CAPS_TALK = packPhrases('caps-talk');
// A setting's name in code style ("Set SHOP_OPEN to OFF", « BOUTIQUE_OUVERTE sur NON »): its value is quoted too.
const IDENTIFIER = /^[\p{Lu}\p{N}]+_[\p{Lu}\p{N}_]+$/u;
// « L'URSSAF », "d'EDF": the elided article off a known acronym.
const ELIDED_HEAD = /^\p{L}{1,2}['’]/u;
// "3 150 $ CA", "40 € HT": capitals after an amount are a unit or a currency.
const AFTER_AMOUNT = /(?:(?<![\p{L}\p{N}])\d[\d\s.,]*|[$€£¥])\s*$/u;
// "PHP-FPM", "UTF-8": short capitals joined by hyphens are an acronym.
const ACRONYM_COMPOUND = /^\p{Lu}{1,4}(?:-\p{Lu}{1,4})+$/u;

// Capitalised words that start a sentence without being a first name before a surname.
const COMMON_START = new Set('please thanks thank hello hi dear note attention important also again so and but then yes no ok merci bonjour bonsoir cher chère attention important aussi encore alors donc mais et oui non svp'.split(' '));
// Nothing to check without two capitals in a row or a ! or ?.
const GATE = /\p{Lu}\p{Lu}|[!?]/u;
const WORD = /[\p{L}\p{N}_][\p{L}\p{N}_'’.-]*/gu;
const CAPS = /^[\p{Lu}][\p{Lu}'’-]*[\p{Lu}]$/u;
const TITLE = /^(?:m|mr|mrs|ms|dr|me|mme|mlle|pr|madame|monsieur|mademoiselle|maître|maitre|docteur|société|societe|sté|ste|cabinet|famille)\.?$/iu;
const NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;
// A word in capitals that names a label on screen ("the NEW badge", « le bouton VALIDER ») is quoted, not shouted.
const LABEL = /^(?:badge|label|button|tag|status|tab|field|menu|banner|sticker|marker|placeholder|bouton|etiquette|étiquette|onglet|champ|statut|bandeau|mention|mot|word|option|code|promo|repère|repere|marqueur|balise)s?$/iu;
// A word in capitals joined to a noun or named as a means is a brand ("pay by card and TWINT",
// « via SWISSQUICK »), not a raised voice; emphatic words ("and NEVER") stay loud.
const MEANS = /^(?:via|with|using|through|and|or|par|avec|et|ou)$/iu;
const VERSIONED = /(?<![\p{L}\p{N}])(\p{Lu}{2,})\s+v?\d+(?:[.,]\d+)+(?![\p{L}])/gu;
// "says" / « dit » only of a thing ("the poster says FULLY BOOKED"), not of a person ("I said NO").
const SAYS = /^(?:says?|said|dit)$/iu;
const PERSON = /^(?:i|you|we|he|she|they|i['’]\p{L}+|you['’]\p{L}+|we['’]\p{L}+|je|j['’]\p{L}+|tu|t['’]\p{L}+|il|elle|on|nous|vous|ils|elles)$/iu;
const DISPLAY = /^(?:reads?|reading|shows?|showing|displays?|labell?ed|marked|titled|entitled|affiche|affichent|indique|indiquent|porte|intitulée?s?|marquée?s?)$/iu;
const DETERMINER = /^(?:le|la|les|un|une|du|des|au|aux|the|a|an|our|your|notre|votre|ton|ta|leur)$/iu;
const PUNCT = /!(?:\s?!)+|\?(?:\s?[!?])*!(?:\s?[!?])*|\?(?:\s?\?)+/gu;

interface Word { text: string; start: number; end: number; }

export default {
  id: 'shouting',
  summary: {
    en: 'Capitals and piled-up "!!" read as shouting: write in sentence case with one full stop.',
    fr: 'Les majuscules et les « !! » à répétition se lisent comme des cris : écrivez en minuscules, avec un seul point.',
  },
  principles: ['P9'],
  why: { en: "Capitals and piled-up punctuation (\"!!\", \"???\") read as shouting. Calm and firm works better: the client hears the message instead of the anger.", fr: "Les majuscules et la ponctuation accumulée (« !! », « ??? ») se lisent comme des cris. Un ton calme et ferme porte mieux : le client entend le message plutôt que la colère." },
  defaultSeverity: 'warning',
  options: {
    minLength: { type: 'number', default: 5, description: 'Shortest all-caps word that counts as shouting (shorter ones are taken as acronyms).' },
    allow: { type: 'string[]', default: [], description: 'All-caps words that are fine in your notes (brand or product names).' },
  },
  examples: {
    valid: [
      { lang: 'en', text: 'The API now returns a PDF invoice over HTTPS. Thanks!\n' },
      { lang: 'en', text: 'Run `npm run BUILD_ALL` and check ERR_CONNECTION_RESET in the logs.\n', note: 'Code and identifiers.' },
      { lang: 'fr', text: 'Bonjour M. DUPONT, la facture TTC avec la TVA est en pièce jointe.\n' },
      { lang: 'fr', text: 'Merci pour votre retour !\n' },
      { lang: 'en', text: 'Members can pay by card or SWISSPAY at the desk.\n', note: 'A brand named as a means of payment.' },
      { lang: 'fr', text: 'Le compte de paiement par carte et TWINT est à votre nom.\n', note: 'Une marque nommée comme moyen de paiement.' },
    ],
    invalid: [
      { lang: 'en', text: 'Please do NOT change the PRODUCTION settings again.\n' },
      { lang: 'fr', text: 'Je l’ai dit deux fois et JAMAIS on ne m’a répondu.\n', note: 'Un mot d’insistance reste un cri, même après « et ».' },
      { lang: 'en', text: 'The site is live!!! WE NEED YOUR TEXTS NOW.\n', count: 2 },
      { lang: 'fr', text: 'Merci de ne RIEN modifier sur le serveur !!\n' },
      { lang: 'fr', text: 'C\'EST URGENT ?!\n' },
    ],
  },
  check(ctx, options) {
    const findings: Finding[] = [];
    const minLength = typeof options.minLength === 'number' ? options.minLength : 5;
    const allow = new Set((Array.isArray(options.allow) ? options.allow as string[] : []).map((w) => w.toUpperCase()));
    // Capitals followed by a version anywhere in the note name a standard or product ("SCORM 1.2"): a name throughout.
    const versioned = new Set([...ctx.text.matchAll(VERSIONED)].map((m) => m[1]!));
    for (const s of proseSentences(ctx)) {
      if (!GATE.test(s.plain)) continue;
      const words: Word[] = [];
      for (const m of s.plain.matchAll(WORD)) words.push({ text: m[0].replace(/[.'’-]+$/u, ''), start: m.index, end: m.index + m[0].replace(/[.'’-]+$/u, '').length });
      const letterWords = words.filter((w) => /\p{L}{2,}/u.test(w.text) && !CLOCK.has(w.text));
      // A short table cell in capitals is a header style (| OPTION | COST |), not a raised voice.
      const headerCell = letterWords.length <= 3 && inTableRow(ctx.text, s.span.start);
      const capsWords = headerCell ? [] : letterWords.filter((w) => CAPS.test(w.text) && !/[\d_]/.test(w.text));
      const index = new Map(words.map((w, i) => [w, i]));
      const shownAt = new Set<number>();
      const capsTalk = CAPS_TALK.test(s.norm);
      const loud = capsTalk ? [] : capsWords.filter((w) => {
        if (KNOWN.has(w.text) || allow.has(w.text) || versioned.has(w.text) || KNOWN.has(w.text.replace(ELIDED_HEAD, ''))) return false;
        if (ACRONYM_COMPOUND.test(w.text) || AFTER_AMOUNT.test(s.plain.slice(0, w.start)) || CURRENCY_AFTER.test(s.plain.slice(w.end, w.end + 2))) return false;
        const idx = index.get(w)!;
        const prev = words[idx - 1]?.text ?? '';
        const next = words[idx + 1]?.text ?? '';
        // A label on screen runs on through its short words ("reads BOOK A TABLE", « affiche RÉSERVER UNE TABLE »).
        const says = SAYS.test(prev) && !PERSON.test(words[idx - 2]?.text ?? '');
        // A keyword to type: "reply YES to confirm", "text STOP to 60123", « répondre OUI pour confirmer ou RAPPEL ».
        const keyword = KEYWORD_VERBS.has(normalizeText(prev)) && KEYWORD_NEXT.test(next);
        if (DISPLAY.test(prev) || says || keyword || shownAt.has(idx - 1) || (/^\p{Lu}$/u.test(prev) && shownAt.has(idx - 2))) shownAt.add(idx);
        // The value given to a setting written in code style.
        if (IDENTIFIER.test(prev) || IDENTIFIER.test(words[idx - 2]?.text ?? '')) return false;
        if (w.text.replace(/['’-]/g, '').length < minLength && !EMPHATIC.has(w.text.replace(/’/g, "'"))) return false;
        // A surname in capitals next to a first name or a title, or a run of capitals that is a name list.
        const name = NAME.test(prev) && !COMMON_START.has(prev.toLowerCase()) || NAME.test(next);
        // « L'ISBN », « d'EDF »: an elided article before a short acronym.
        const elided = /^\p{L}{1,6}['’]\p{Lu}{2,4}$/u.test(w.text);
        // A label shown on screen ("the button reads BOOK NOW", « le bouton affiche RÉSERVER »), a name of the
        // trade after its plain noun (« la grille HACCP »), or an emphatic word used as a noun (« le CA »).
        const shown = shownAt.has(idx) || NAME_HEADS.has(normalizeText(prev));
        const noun = DETERMINER.test(prev) && w.text.length <= 3;
        if (shown) shownAt.add(idx);
        if (elided || shown || noun) return false;
        const brand = MEANS.test(prev) && !EMPHATIC.has(w.text.replace(/’/g, "'"));
        // "Me DUPONT" (Maître) is a title; "call me NOW" is the pronoun.
        const title = TITLE.test(prev) && prev !== 'me';
        return !(title || name || brand || LABEL.test(prev) || LABEL.test(next));
      });
      // Whole sentence in capitals: most of its words (three or more) are all caps, acronyms included.
      // Acronyms (« 1 200 € HT, TVA 20 %, SIRET… ») are names, not a raised voice: only the other capitals count.
      const unknownCaps = capsWords.filter((w) => !KNOWN.has(w.text) && !allow.has(w.text));
      const plainWords = letterWords.filter((w) => !KNOWN.has(w.text) && !allow.has(w.text));
      // A sentence written in capitals is loud even when it speaks of capitals ("WRITING IN CAPS IS SHOUTING").
      const wholeSentence = unknownCaps.length >= 3 && unknownCaps.length / plainWords.length >= 0.6;
      const cheer = CHEER.test(s.norm) && !CHEER_NOT.test(s.norm);
      const punct = [...s.plain.matchAll(PUNCT)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }))
        .filter((p) => !(cheer && !loud.length && /^!\s?!$/.test(p.text)));
      if (!loud.length && !wholeSentence && !punct.length) continue;
      const parts = wholeSentence ? capsWords.concat(punct.map((p) => ({ ...p }))) : [...loud, ...punct];
      const start = wholeSentence ? 0 : Math.min(...parts.map((p) => p.start));
      const end = wholeSentence ? s.plain.length : Math.max(...parts.map((p) => p.end));
      const loudSet = new Set(loud.map((w) => w.text));
      const fixed = rewrite(s.plain.slice(start, end), start === 0 || wholeSentence,
        (w) => (wholeSentence ? !KNOWN.has(w) && !allow.has(w) : loudSet.has(w)));
      const what = loud.length || wholeSentence ? 'caps' : 'punct';
      findings.push({
        span: { start: s.span.start + start, end: s.span.start + end },
        message: what === 'caps'
          ? { en: 'Capitals read as shouting: write this in sentence case; stress with a calm word, not caps.',
            fr: 'Les majuscules se lisent comme un cri : écrivez en minuscules ; insistez par un mot calme, pas par des capitales.' }
          : { en: 'Piled-up "!!" or "?!" read as shouting or sarcasm: use one full stop or one question mark.',
            fr: 'Les « !! » ou « ?! » à répétition se lisent comme un cri ou de l\'ironie : un seul point ou un seul point d\'interrogation.' },
        fixes: fixed === s.plain.slice(start, end) ? [] : [{
          title: what === 'caps' ? { en: 'Write in sentence case', fr: 'Écrire en minuscules' } : { en: 'Keep one punctuation mark', fr: 'Garder un seul signe' },
          span: { start: s.span.start + start, end: s.span.start + end }, text: fixed,
          // Lower-casing may touch a brand name, so only punctuation is fixed in "fix all".
          safe: what === 'punct' && !loud.length && !wholeSentence,
        }],
      });
    }
    return findings;
  },
} satisfies LintRule;

/** True when the line holding `offset` is a Markdown table row. */
function inTableRow(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return /^\s*\|/.test(text.slice(start, end < 0 ? text.length : end));
}

/** Lower-cases shouted words (not known acronyms), keeps a capital at a sentence start, collapses "!!!". */
function rewrite(text: string, sentenceStart: boolean, shouted: (word: string) => boolean): string {
  let out = text.replace(/[\p{L}\p{N}_][\p{L}\p{N}_'’-]*/gu, (w) => (CAPS.test(w) && !/[\d_]/.test(w) && shouted(w) ? w.toLowerCase() : w));
  if (sentenceStart) out = out.replace(/^(\P{L}*)(\p{Ll})/u, (_m, a: string, b: string) => a + b.toUpperCase());
  return out.replace(/\s?[!?](?:\s?[!?])+/gu, (m) => (m.startsWith(' ') ? ' ' : '') + (m.includes('?') ? '?' : '!'));
}
