// A typed note lacks a section its type needs, or leaves it empty (P1, P2, P3, P13).
// Headings match by the synonyms of note-types.ts or by meaning (section-cues.ts), in both
// languages; a bold label or a "Label:" line opening a paragraph also counts, and so does a
// sentence doing the section's job in a note written as plain prose.
import { NOTE_TYPES, noteType, type NoteTypeId } from '../../notes/note-types.js';
import type { LintRule, OptionDef, NoteContext, Section, Span } from '../types.js';
import { concreteDates, hasContent, labelledSections, sectionBodies, titleSpan, within } from '../structure.js';
import { ACKNOWLEDGEMENT, hasPhrase, type PhraseFamily } from '../text/phrases.js';
import { DEADLINE, IMPACT, RECOMMEND, WILL_DO } from '../cues.js';
import { findOptions } from '../options-finder.js';
import { PROSE_CUES } from '../../notes/section-cues.js';
import { LANGS } from '../../ports.js';

type Options = Record<NoteTypeId, string[]>;

const options = Object.fromEntries(NOTE_TYPES.map(t => [t.id, {
  // next-contact is checked (with its date) by next-contact-date; listing it here would report it twice.
  type: 'string[]', default: t.sections.filter(s => s.required && s.id !== 'next-contact').map(s => s.id),
  description: `Section ids a \`${t.id}\` note must have (known: ${t.sections.map(s => s.id).join(', ')}).`,
} satisfies OptionDef])) as { [K in NoteTypeId]: OptionDef };

/**
 * Sections a note written as plain prose (an email) can carry without a heading: the sentence does
 * the section's job. A reply that opens with "If I understand correctly, …" has its acknowledgement.
 */
const PROSE_EVIDENCE: Record<string, PhraseFamily> = {
  ...Object.fromEntries(Object.entries(PROSE_CUES).filter(([id]) => id !== 'new-date')), acknowledgement: ACKNOWLEDGEMENT, 'what-we-will-do': WILL_DO, recommendation: RECOMMEND, apology: ACKNOWLEDGEMENT,
};

const MONEY = /[€$£¥₹]\s?\d|\b(?:chf|eur|usd|cad|gbp|aud|inr)\s?\d|\d[\d\s.,']*\s?(?:€|\$|£|eur|euros?|chf|cad|usd|gbp|aud|inr)(?![\p{L}])/iu;
const DURATION = /\b\d+(?:[.,]\d+)?\s?(?:days?|weeks?|hours?|h|jours?|semaines?|heures?|j)(?![\p{L}])|\b(?:half a day|a day|a week|une demi-journée|une journée|une semaine)\b/iu;

/** Sections a note may open with, before any heading: an incident says what happened, a risk note the risk. */
const OPENING = new Set(['what-happened', 'risk']);
const GREETING = /^(?:hi|hello|hey|dear|good (?:morning|afternoon)|morning|bonjour|bonsoir|salut|allô|allo|coucou|cher|chère|madame|monsieur)\b/iu;

function saysInOpening(ctx: NoteContext): boolean {
  const sections = ctx.sections();
  return ctx.sentences().some(s => !s.quoted && (s.section === -1 || (s.section === 0 && sections[0]!.depth === 1 && !sections[0]!.sectionId))
    && !GREETING.test(s.text.trim()) && s.text.trim().split(/\s+/).length >= 6);
}

// What an incident did, counted: "9 orders were placed at those prices", "four rooms were sold twice",
// "opens dropped from 42% to 9%", « 41 clients ont payé ». Time, money and the note's own parts are not who was hit.
// A rough count is a count too: "a dozen guests", « une vingtaine de passagers »; a few words may
// stand between it and who was hit ("seven Friday and Saturday bookings").
const COUNT = /(?<![\p{L}\p{N}:.,/-])(?:\d{1,6}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|(?:a|about a|some) dozen|dozens of|hundreds of|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|trente|quarante|cinquante|des dizaines de|des centaines de|une (?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine) d(?:e|['’])|d'une (?:dizaine|vingtaine|trentaine|centaine) de)(?:\s+|(?<=['’]))(?:(?!(?:h|am|pm|min|mn|hrs?)\s)[\p{L}'’-]+\s+){0,3}?(\p{L}{3,}[sx])(?![\p{L}])/giu;
const NOT_HIT = /^(?:days|hours|minutes|seconds|weeks|months|years|times|jours|heures|secondes|semaines|mois|ans|années|fois|options|solutions|choices|steps|ways|pistes|étapes|euros|dollars|pounds|francs|points|pages|lines|lignes)$/iu;
const SHIFT = /\b(?:from|de)\s\d+(?:[.,]\d+)?\s?%\s(?:to|à|a)\s\d+(?:[.,]\d+)?\s?%/iu;
function countsWhoWasHit(text: string): boolean {
  if (SHIFT.test(text)) return true;
  for (const m of text.matchAll(COUNT)) if (!NOT_HIT.test(m[1]!)) return true;
  return false;
}

/** An incident's impact told where it says what happened: under that heading or label, or in its opening. */
function impactInWhatHappened(ctx: NoteContext): boolean {
  const bodies = sectionBodies(ctx, 'what-happened');
  const sections = ctx.sections();
  return ctx.sentences().some(s => !s.quoted
    && (bodies.some(b => within(s.span, b) || (s.span.start >= b.start && s.span.start < b.end))
      || s.section === -1 || (s.section === 0 && sections[0]!.depth === 1 && !sections[0]!.sectionId))
    && countsWhoWasHit(s.text));
}

function saidInProse(ctx: NoteContext, id: string): boolean {
  if (id === 'impact' && ctx.type === 'incident' && impactInWhatHappened(ctx)) return true;
  if (OPENING.has(id) && saysInOpening(ctx)) return true;
  // The impact said the ways a risk note says it (cues.ts IMPACT: a delay, a cost, a loss).
  if (id === 'impact' && ctx.sentences().some(s => !s.quoted && hasPhrase(IMPACT, s.text, [s.lang]))) return true;
  // Options put to the client are what you are doing about a risk: its ways out (P3).
  if (id === 'mitigation' && ctx.type === 'risk' && (findOptions(ctx)?.items.length ?? 0) >= 2) return true;
  // A change request's price and time, in a sentence or a table row: an amount and a duration or a date.
  if (id === 'cost-and-delay') return MONEY.test(ctx.text) && (DURATION.test(ctx.text) || concreteDates(ctx).length > 0);
  const family = PROSE_EVIDENCE[id];
  // Both languages: a short sentence's detected language is a guess, and each cue is in one language.
  if (family) return ctx.sentences().some(s => !s.quoted && hasPhrase(family, s.text, LANGS));
  if (id === 'options') return (findOptions(ctx)?.items.length ?? 0) >= 2;
  if (id === 'new-date') return ctx.sentences().some(s => !s.quoted && hasPhrase(PROSE_CUES['new-date']!, s.text, LANGS) && concreteDates(ctx, s.span).length > 0);
  if (id === 'decision-date') return ctx.sentences().some(s => !s.quoted && hasPhrase(DEADLINE, s.text, [s.lang]) && concreteDates(ctx, s.span).length > 0);
  return false;
}

function insertionPoint(ctx: NoteContext, type: NoteTypeId, missing: string, sections: Section[]): { offset: number; depth: number } {
  const order = noteType(type)!.sections.map(s => s.id);
  const after = order.slice(order.indexOf(missing) + 1);
  const depth = sections.find(s => s.sectionId && order.includes(s.sectionId))?.depth ?? 2;
  const next = sections.find(s => s.sectionId && after.includes(s.sectionId) && s.depth === depth);
  return { offset: next ? next.span.start : ctx.text.length, depth };
}

const rule: LintRule<Options> = {
  id: 'required-sections',
  summary: { en: 'A typed note has every section its type needs, each with content.', fr: 'Une note typée contient chaque section requise par son type, non vide.' },
  principles: ['P1', 'P2', 'P3', 'P13'],
  why: { en: "Each kind of note exists to tell the client specific things: a weekly update says what was done, what comes next and what you need from them; contract-time expectations say what is included and what is not; an incident notice carries the options. A missing or empty section is exactly what the client will later say they were never told.", fr: "Chaque type de note sert à dire au client des choses précises : un point hebdomadaire dit ce qui a été fait, ce qui vient et ce dont vous avez besoin ; un cadre de mission dit ce qui est inclus et ce qui ne l’est pas ; un avis d’imprévu présente les options. Une section absente ou vide, c’est précisément ce que le client dira plus tard ne jamais avoir su." },
  defaultSeverity: 'warning',
  options,
  types: NOTE_TYPES.map(t => t.id),
  examples: {
    valid: [
      { lang: 'en', text: '---\ntype: delay\ndate: 2026-11-20\n---\n# New date for the booking widget\n\nThe booking widget moves from Tuesday 24 November to Thursday 26 November. The calendar service changed how it sends times, and I would rather test it properly.\n\nSorry for the two days.\n\nI\'ll send you a test link on Wednesday 25 November.\n', note: 'A delay told in prose: what moves and its new date in one sentence.' },
      { lang: 'fr', text: '---\ntype: delay\ndate: 2026-11-20\n---\n# Nouvelle date pour le module de réservation\n\nLe module de réservation passe du mardi 24 au jeudi 26 novembre. Le service d’agenda a changé sa façon d’envoyer les horaires, et je préfère tester correctement.\n\nDésolé pour ces deux jours.\n\nJe t’envoie un lien de test le mercredi 25 novembre.\n' },
      { lang: 'en', text: '---\ntype: delay\ndate: 2026-11-20\n---\n# Delay notice\n\n## What is delayed\nThe payment page.\n\n## Why\nThe bank changed its API.\n\n## New date\nFriday 4 December.\n' },
      { lang: 'fr', text: '---\ntype: delay\ndate: 2026-11-20\n---\n# Avis de retard\n\n## Ce qui est retardé\nLa page de paiement.\n\n## Nouvelle date\nVendredi 4 décembre.\n\n**Pourquoi :** la banque a changé son API.\n', note: 'A bold label counts as a section.' },
      { lang: 'fr', text: '---\ntype: incident\ndate: 2026-12-04\n---\n# Incident : horaires faux sur le site\n\n## Ce qui s\'est passé\nMercredi, le site a affiché les horaires d\'été. Une vingtaine de passagers se sont présentés pour un départ qui n\'existe pas.\n\n## Options\n1. Un contrôle du format : 3 h, offertes, le mardi 8 décembre.\n2. Le contrôle plus un bandeau : 120 €, le jeudi 10 décembre.\n\n## Recommandation\nL\'option 1.\n\n## Décision attendue\nLe lundi 7 décembre.\n', note: 'Un compte approximatif (« une vingtaine de passagers ») dit l\'impact là où l\'incident est raconté.' },
      { lang: 'en', text: '---\ntype: incident\ndate: 2026-12-04\n---\n# Incident: double bookings\n\n## What happened\nAfter my update on Tuesday, seven Friday and Saturday bookings clashed.\n\n## Options\n1. Roll back tonight: free, done by Friday 4 December.\n2. Fix the weekend rule: £120, done by Monday 7 December.\n\n## Recommendation\nOption 1.\n\n## Decision by\nFriday 4 December at 17:00.\n', note: 'A count with words before its noun is who was hit.' },
    ],
    invalid: [
      { lang: 'en', text: '---\ntype: incident\ndate: 2026-12-04\n---\n# Incident: booking page\n\n## What happened\nI changed the booking rules on Tuesday morning, between 6 h and 9 h.\n\n## Options\n1. Roll back tonight: free, done by Friday 4 December.\n2. Fix the weekend rule: £120, done by Monday 7 December.\n\n## Recommendation\nOption 1.\n\n## Decision by\nFriday 4 December at 17:00.\n', note: 'Hours are no count of who was hit: the impact is missing.' },
      { lang: 'fr', text: '---\ntype: incident\ndate: 2026-12-04\n---\n# Incident : page de réservation\n\n## Ce qui s\'est passé\nJ\'ai modifié les règles de réservation mardi matin, entre 6 h et 9 h.\n\n## Options\n1. Revenir à la version d\'avant : gratuit, ce soir.\n2. Corriger la règle : 120 €, le lundi 7 décembre.\n\n## Recommandation\nL\'option 1.\n\n## Décision attendue\nLe vendredi 4 décembre à 17 h.\n', note: 'Sans compte ni conséquence, l\'impact manque.' },
      { lang: 'en', text: '---\ntype: delay\ndate: 2026-11-20\n---\n# Delay notice\n\n## What is delayed\nThe payment page.\n\n## New date\nFriday 4 December.\n\n## Next contact\nTuesday 24 November.\n', note: 'No "Why" section.' },
      { lang: 'fr', text: '---\ntype: delay\ndate: 2026-11-20\n---\n# Avis de retard\n\n## Ce qui est retardé\nLa page de paiement.\n\n## Pourquoi\n\n## Nouvelle date\nVendredi 4 décembre.\n\n## Prochain contact\nMardi 24 novembre.\n', note: 'The « Pourquoi » section is empty.' },
    ],
  },
  check(ctx, opts) {
    const type = ctx.type!;
    const def = noteType(type)!;
    const required = opts[type] ?? [];
    const sections = ctx.sections();
    const labelled = labelledSections(ctx, type);
    const lang = ctx.langs[0]!;
    // Laid out with the type's headings (two or more, written in): a section left out there is a gap.
    // Empty ones do not count, so inserting the missing headings does not ask for more.
    const laidOut = sections.filter(s => s.sectionId && def.sections.some(d => d.id === s.sectionId) && hasContent(ctx, s)).length >= 2;
    const findings = [];
    for (const id of required) {
      const sec = def.sections.find(s => s.id === id);
      if (!sec) continue;
      const present = sections.filter(s => s.sectionId === id);
      const names = { en: sec.headings.en[0]!, fr: sec.headings.fr[0]! };
      if (present.length) {
        // Content, or a sub-heading right after it (sections are in document order).
        const filled = (s: Section): boolean => {
          const next = sections[sections.indexOf(s) + 1];
          return hasContent(ctx, s) || (!!next && next.depth > s.depth && next.span.start < s.span.end);
        };
        if (!present.slice(0, 20).some(filled)) {
          const s = present[0]!;
          findings.push({ span: s.headingSpan, message: {
            en: `Section "${s.heading}" is empty: write what the client needs to know here.`,
            fr: `La section « ${s.heading} » est vide : écrivez ce que le client doit savoir.` } });
        }
        continue;
      }
      if ((sec.ifAny && (!laidOut || sec.asks)) || labelled.has(id) || saidInProse(ctx, id)) continue;
      const at = insertionPoint(ctx, type, id, sections);
      const heading = sec.headings[lang]![0]!;
      const before = at.offset > 0 && ctx.text[at.offset - 1] !== '\n' ? '\n\n' : at.offset > 1 && ctx.text[at.offset - 2] !== '\n' ? '\n' : '';
      const insert: Span = { start: at.offset, end: at.offset };
      findings.push({ span: titleSpan(ctx), message: {
        en: `Missing section "${names.en}" (${type} note): add it, or a heading like ${sec.headings.en.slice(1, 3).map(h => `"${h}"`).join(', ')}.`,
        fr: `Section « ${names.fr} » manquante (note de type ${type}) : ajoutez-la, ou un titre comme ${sec.headings.fr.slice(1, 3).map(h => `« ${h} »`).join(', ')}.` },
        fixes: [{ title: { en: `Insert section "${heading}"`, fr: `Insérer la section « ${heading} »` }, span: insert, safe: true, snippet: true,
          text: `${before}${'#'.repeat(at.depth)} ${heading}\n\n\${1}\n${at.offset < ctx.text.length ? '\n' : ''}` }] });
    }
    return findings;
  },
};

export default rule;
