// vague-timing (P1, P13): a promise or a request with a vague time ("soon", "ASAP", « bientôt »)
// and no concrete date in the same sentence. The client cannot plan on "soon"; give a day.
// The words live in packs/<lang>/vague-timing.yaml: phrases (vague on their own), groups weak (vague only in a
// promise or a request), exempt (greetings, wishes, dependencies), first-future (the author's own promise),
// future, request and past (the grammatical cues that tell a promise from a narration).
import type { Finding, LintRule } from '../types.js';
import { modelMatches, modelMessage, MODEL_OPTION } from '../model/index.js';
import { findGroup, findInSentence, hasGroup } from '../packs/index.js';
import { noteLang, overlaps, perSentence, proseSentences, sampleDate } from '../text/rule-kit.js';

// "quickly" times a promise only at the end of a clause: "we'll fix it quickly", not "I'll quickly check";
// so does « suivront » (« les chiffres définitifs suivront », not « les étapes suivront l'ordre du devis »).
const MANNER = /(?:quickly|fast|rapidly|rapidement|vite|suivra|suivront)$/;
const CLAUSE_END = /^\s*(?:[.,;:!?)\u2026]|$|(?:and|as|so|but|for you|with|after|to|et|mais|pour|afin|comme|avec|apr[eè]s)(?![\p{L}]))/u;

// The next sentence pins the vague word to a day: "I'll send it soon. Tuesday 24 November at the latest."
const PINS = /(?:^|[^\p{L}])(?:at the latest|latest|target|deadline|exact (?:day|date)|is the day|au plus tard|date limite|objectif|la date exacte|le jour exact|c'est le jour|(?:live|ready|done|delivered|online|en ligne|pret|prete|livre|livree|termine|terminee) (?:by|on|d'ici le|le|pour le))(?![\p{L}])/u;

// A time told relative to what the sentence before dates ("fix by tomorrow 5pm. I'll send a test version right
// after", « Tu me dis d'ici le vendredi 4 décembre ? Je t'envoie l'avenant le jour même »): the day is given.
const RELATIVE = /(?:^|[^\p{L}])(?:right after|straight after|(?:immediately|just|soon|shortly) after(?:wards)?|afterwards|after that|the same day|that (?:same )?day|on the day|once (?:it's|it is|that's|that is) (?:done|live|fixed|in)|when (?:it's|it is|that's) (?:done|live|fixed)|once done|le jour meme|ce jour-la|le meme jour|juste apres|tout de suite apres|dans la foulee|aussitot apres|une fois (?:que c'est |que ce sera |)(?:fait|termine|fini|en ligne|corrige))(?![\p{L}])/u;

// A line that is only a bold label ("🔜 **Prochainement au programme**") names a section, it promises nothing.
const BOLD_LABEL = /^[^\p{L}\p{N}*_]*(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__)[\s:.\u00a0]*$/u;

// Two days offered, neither promised: "tomorrow or the day after", « demain ou après-demain ».
const CHOICE = /(?:^|[^\p{L}])(?:or|ou)\s/iu;

/** "later" alone is vague only in the author's own promise: "I'll do it later", « je le ferai plus tard ». */
const BARE_LATER = /^(?:later|plus tard)$/;
// On normalized text: "15:00", "3 pm", « 15 h », « 7 h 30 »; "within the hour", "in 20 minutes", « d'ici une heure », « dans l'heure ».
const CLOCK_OR_BOUND = /(?<![\p{L}\p{N}:.,])(?:[01]?\d|2[0-3])(?::[0-5]\d|\s?h(?:\s?[0-5]\d)?(?![\p{L}])|\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}]))|(?:within|in|d'ici|dans|sous|en|prend|takes)\s(?:the|an|one|two|half an|une|deux|l'|moins d'une|\d+)\s?(?:hour|hours|minutes|mins|heure|heures|demi-heure)(?![\p{L}])/u;

export default {
  id: 'vague-timing',
  summary: {
    en: 'A promise with a vague time ("soon", "ASAP") and no concrete date: give the day.',
    fr: 'Une promesse au délai vague (« bientôt », « au plus vite ») sans date précise : donnez le jour.',
  },
  principles: ['P1', 'P13'],
  why: { en: "\"Soon\" means tomorrow to the client and three weeks to you: most misunderstandings start in that gap. A promise or a request needs a date the client can put in a calendar.", fr: "« Bientôt » veut dire demain pour le client et trois semaines pour vous : c’est dans cet écart que naissent la plupart des malentendus. Une promesse ou une demande a besoin d’une date que le client peut noter dans son agenda." },
  defaultSeverity: 'warning',
  options: { model: MODEL_OPTION },
  examples: {
    valid: [
      { lang: 'en', text: 'I will send the mockups on Friday 27 November.\n' },
      { lang: 'en', text: 'I will fix it soon, by Thursday 26 November at the latest.\n', note: 'A concrete date in the same sentence.' },
      { lang: 'en', text: 'Get well soon!\n\n> Please fix it ASAP.\n', note: 'A wish, and the client\'s own words.' },
      { lang: 'fr', text: 'Je vous envoie les maquettes le vendredi 27 novembre.\n' },
      { lang: 'fr', text: 'À bientôt, et merci pour votre retour.\n' },
      { lang: 'en', text: "I'll send the quote soon. Tuesday 24 November at the latest.\n", note: 'The next sentence pins it to a day.' },
      { lang: 'fr', text: 'Ce sera prêt dans les prochains jours. Au plus tard le lundi 23 novembre.\n' },
    ],
    invalid: [
      { lang: 'en', text: 'I will send the mockups soon.\n' },
      { lang: 'en', text: 'We will get back to you ASAP. The fix should be live in a few days.\n', count: 2 },
      { lang: 'fr', text: 'Nous corrigerons le problème dans les plus brefs délais.\n' },
      { lang: 'fr', text: 'Je vous envoie la facture rapidement.\n' },
      { lang: 'en', text: "I'll send it soon. The meeting is on Tuesday 24 November.\n", note: 'A date for something else does not pin it.' },
    ],
  },
  check(ctx, options) {
    const lang = noteLang(ctx);
    const date = sampleDate(ctx.refDate, lang);
    const dated = (span: { start: number; end: number }) => ctx.dates(span).some((d) => d.concrete);
    // A day named only inside vague words that leave the choice open ("tomorrow or the day after", « demain ou
    // après-demain ») is not a date given; any other day inside them is ("I'll confirm it Thursday once…").
    // So is a day inside a hedge that keeps it open ("tomorrow at best", "Friday-ish", « au mieux demain »: pack
    // group `open-day`), and a day inside any such vague hit of the sentence, not only the one reported.
    const isOpen = (hit: { start: number; end: number }, hedges: readonly { start: number; end: number }[]) =>
      CHOICE.test(ctx.text.slice(hit.start, hit.end)) || hedges.some((h) => hit.start <= h.start && h.end <= hit.end);
    const datedBeside = (span: { start: number; end: number }, open: readonly { start: number; end: number }[]) =>
      ctx.dates(span).some((d) => d.concrete && !open.some((o) => o.start <= d.span.start && d.span.end <= o.end));
    // What one sentence says (kept per sentence in the editor), then what the next one adds.
    const found = perSentence(ctx, 'vague-timing', (s) => {
      const findings: Finding[] = [];
      const strong = findInSentence('vague-timing', s);
      const weak = strong.length ? [] : findGroup('vague-timing', 'weak', s);
      if (!strong.length && !weak.length) return findings;
      const exempt = findGroup('vague-timing', 'exempt', s).map((m) => m.span);
      const future = hasGroup('vague-timing', 'future', s);
      const request = hasGroup('vague-timing', 'request', s);
      const hedges = findGroup('vague-timing', 'open-day', s).map((m) => m.span);
      const open = [...strong, ...weak].map((m) => m.span).filter((m) => isOpen(m, hedges));
      // An excused day ("later today", « dans la journée ») inside an open pair ("… ou demain") excuses nothing.
      const excused = (m: { span: { start: number; end: number } }) => overlaps(m.span, exempt.filter((e) => !open.some((o) => o === m.span && o.start <= e.start && e.end <= o.end)));
      const hit = strong.find((m) => !excused(m))
        ?? weak.find((m) => !excused(m) && (future || request)
          && (!MANNER.test(s.norm.slice(0, m.span.end - s.span.start)) || CLAUSE_END.test(s.plain.slice(m.span.end - s.span.start)))
          && (!BARE_LATER.test(s.norm.slice(m.span.start - s.span.start, m.span.end - s.span.start)) || hasGroup('vague-timing', 'first-future', s)));
      if (!hit) return findings;
      const lineStart = ctx.text.lastIndexOf('\n', hit.span.start - 1) + 1, lineEnd = ctx.text.indexOf('\n', hit.span.end);
      if (BOLD_LABEL.test(ctx.text.slice(lineStart, lineEnd < 0 ? ctx.text.length : lineEnd).trim())) return findings;
      // Narration of the past ("we answered shortly after") promises nothing.
      if (!future && !request && hasGroup('vague-timing', 'past', s)) return findings;
      // A concrete date anywhere in the sentence; the date parser may swallow the vague words into the date
      // ("later this week, on Thursday 26 November"), so the parts before and after them are read alone too.
      const undated = (span: { start: number; end: number }) => !datedBeside(span, open);
      if (!undated(s.span) || !undated({ start: hit.span.end, end: s.span.end }) || !undated({ start: s.span.start, end: hit.span.start })) return findings;
      // A clock time or a bound in hours or minutes gives the day's answer ("quickly, within the hour", « tantôt, vers 15 h »).
      if (CLOCK_OR_BOUND.test(s.norm)) return findings;
      const by = lang === 'fr' ? `d'ici le \${1:${date}}` : `by \${1:${date}}`;
      findings.push({
        span: hit.span,
        message: {
          en: `Vague timing "${hit.text}" with no date: say when, e.g. "by ${sampleDate(ctx.refDate, 'en')}".`,
          fr: `Délai vague « ${hit.text} » sans date : dites quand, p. ex. « d'ici le ${sampleDate(ctx.refDate, 'fr')} ».`,
        },
        fixes: [{ title: { en: 'Replace with a concrete date', fr: 'Remplacer par une date précise' }, span: hit.span, text: by, snippet: true, safe: false }],
      });
      return findings;
    });
    const sentences = proseSentences(ctx);
    // A date pinned in the next sentence of the same paragraph ("Thursday 26 November is the deadline").
    const pinned = (i: number) => {
      const s = sentences[i]!;
      const next = sentences[i + 1];
      const prev = sentences[i - 1];
      const anchored = !!prev && prev.section === s.section && !/\n\s*\n/.test(ctx.text.slice(prev.span.end, s.span.start))
        && RELATIVE.test(s.norm) && (dated(prev.span) || CLOCK_OR_BOUND.test(prev.norm));
      return anchored || (!!next && next.section === s.section && !/\n\s*\n/.test(ctx.text.slice(s.span.end, next.span.start)) && PINS.test(next.norm) && dated(next.span));
    };
    let i = 0;
    const findings = found.filter((f) => {
      while (i < sentences.length - 1 && sentences[i]!.span.end <= f.span.start) i++;
      return !pinned(i);
    });
    // The model's sentences carry no date (a dated one promises a date); its fix would need the vague words' place, so none.
    // A timing that waits on the client ("as soon as you send…", « dès que tu m'envoies… ») has no date to give: not for the model either;
    // nor the writer's own work plan over a named week or day (« La semaine prochaine, je m'attaque aux courriels »).
    for (const m of modelMatches('vague-timing', ctx, findings, options, (s) => hasGroup('vague-timing', 'waits-on-client', s) || hasGroup('vague-timing', 'work-plan', s))) {
      const k = sentences.findIndex((s) => s.span.start <= m.span.start && m.span.end <= s.span.end);
      if (dated(m.span) || (k >= 0 && pinned(k))) continue;
      findings.push({
        span: m.span,
        message: modelMessage({
          en: `Vague timing "${m.text}" with no date: say when, e.g. "by ${sampleDate(ctx.refDate, 'en')}".`,
          fr: `Délai vague « ${m.text} » sans date : dites quand, p. ex. « d'ici le ${sampleDate(ctx.refDate, 'fr')} ».`,
        }),
      });
    }
    return findings;
  },
} satisfies LintRule;
