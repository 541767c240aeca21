// A reply to an upset client restates their problem in their terms before proposing or justifying
// anything (P7, P8): "I understand that the delivery you counted on was missed." comes first.
import type { LintRule, Sentence } from '../types.js';
import { ACKNOWLEDGEMENT, hasPhrase } from '../text/phrases.js';
import { PROPOSE_OR_JUSTIFY } from '../cues.js';
import { bodySpan, hasContent, labelledSections, sectionsWith, titleSpan, within } from '../structure.js';
import { sectionIdOf } from '../../notes/sections.js';

const LABEL = /^\s*(?:\*\*|__)?([^:\n*_]{2,60}?)(?:\*\*|__)?\s*(?::|\u00a0:)/u;
/** A sentence opened by an acknowledgement label: "What I understood:", « Ce que j'ai compris : ». */
const ackLabel = (text: string): boolean => {
  const m = LABEL.exec(text);
  return !!m && sectionIdOf(m[1]!, 'reply') === 'acknowledgement';
};

const rule: LintRule = {
  id: 'acknowledge-first',
  summary: { en: 'A reply acknowledges the client\'s problem in their terms before proposing or justifying.', fr: 'Une réponse reformule le problème du client avant de proposer ou de se justifier.' },
  principles: ['P7', 'P8'],
  why: { en: "An upset client first needs to know they were heard. Restating their problem in your own words, with \"I\" (\"I understand that the delivery you were counting on was missed\"), lets them correct you and moves the talk from emotion to the problem; proposing or justifying before that reads as not listening.", fr: "Un client mécontent a d’abord besoin de savoir qu’il a été entendu. Reformuler son problème avec vos mots, à la première personne (« Je comprends que la livraison sur laquelle vous comptiez n’a pas eu lieu »), lui permet de vous corriger et fait passer l’échange de l’émotion au problème ; proposer ou se justifier avant donne l’impression de ne pas écouter." },
  defaultSeverity: 'warning',
  options: {},
  types: ['reply'],
  examples: {
    valid: [
      { lang: 'en', text: '---\ntype: reply\ndate: 2026-11-20\n---\nHi Lena,\n\nThanks for writing back so frankly. What I understood: you expected the pages last Friday and had to apologise to your partners.\n\nWhat I\'ll do: the pages go live on Monday 23 November.\n', note: 'An acknowledgement label opening a sentence.' },
      { lang: 'fr', text: '---\ntype: reply\ndate: 2026-11-20\n---\nBonjour Léa,\n\nMerci pour ton message. Ce que j’ai compris : tu attendais les pages vendredi dernier.\n\nCe que je propose : les pages sont en ligne le lundi 23 novembre.\n' },
      { lang: 'en', text: '---\ntype: reply\ndate: 2026-11-20\n---\n# Reply\n\nHello Marie,\n\nI understand that the delivery you were counting on for Friday was missed, and that your launch is now at risk. I propose to deliver the pages on Tuesday 24 November.\n' },
      { lang: 'fr', text: '---\ntype: reply\ndate: 2026-11-20\n---\n# Réponse\n\nBonjour Marie,\n\nSi je vous comprends bien, la facture ne correspond pas au devis que vous aviez validé. Je vous propose de la corriger d\'ici le mardi 24 novembre.\n' },
    ],
    invalid: [
      { lang: 'en', text: '---\ntype: reply\ndate: 2026-11-20\n---\n# Reply\n\nHello Marie,\n\nThe delay is because the hosting provider changed its API. I propose to deliver on Tuesday 24 November.\n', note: 'Justifies first, never acknowledges.' },
      { lang: 'fr', text: '---\ntype: reply\ndate: 2026-11-20\n---\n# Réponse\n\nBonjour Marie,\n\nJe vous propose une remise de 10 %. Je comprends que la livraison de vendredi vous a manqué.\n', note: 'Proposes before acknowledging.' },
    ],
  },
  check(ctx) {
    // "**What I understood:** …" on its own line, or opening a sentence mid-paragraph ("Thanks for writing. What I understood: you…").
    if (labelledSections(ctx, 'reply').has('acknowledgement')) return [];
    const ackSections = sectionsWith(ctx, ['acknowledgement']).filter(s => hasContent(ctx, s)).map(bodySpan);
    const proposeSections = sectionsWith(ctx, ['what-we-will-do', 'options', 'make-it-right']).map(bodySpan);
    const author: Sentence[] = ctx.sentences().filter(s => !s.quoted);
    for (const s of author) {
      if (ackSections.some(sp => within(s.span, sp)) || hasPhrase(ACKNOWLEDGEMENT, s.text, [s.lang]) || ackLabel(s.text)) return [];
      if (proposeSections.some(sp => within(s.span, sp)) || hasPhrase(PROPOSE_OR_JUSTIFY, s.text, [s.lang])) {
        const lang = s.lang;
        const text = lang === 'fr' ? 'Je comprends que ${1:ce qui vous a posé problème}. ' : 'I understand that ${1:what went wrong for you}. ';
        return [{ span: s.span, message: {
          en: 'You propose or explain before acknowledging the client\'s problem: first say it back in their terms ("I understand that…").',
          fr: 'Vous proposez ou vous justifiez avant de reformuler le problème du client : commencez par le redire avec ses mots (« Je comprends que… »).' },
          fixes: [{ title: { en: 'Insert an acknowledgement first', fr: 'Insérer d\'abord une reformulation' }, span: { start: s.span.start, end: s.span.start }, text, snippet: true, safe: false }] }];
      }
    }
    if (!ackSections.length && author.length) {
      return [{ span: titleSpan(ctx), message: {
        en: 'This reply never restates the client\'s problem: open with "I understand that…" in their terms.',
        fr: 'Cette réponse ne reformule jamais le problème du client : commencez par « Je comprends que… » avec ses mots.' } }];
    }
    return [];
  },
};

export default rule;
