// vague-timing (P1, P13): a promise or a request with a vague time ("soon", "ASAP", « bientôt »)
// and no concrete date in the same sentence. The client cannot plan on "soon"; give a day.
import type { Finding, LintRule } from '../types.js';
import { hasPhrase, matchFamily, type PhraseFamily } from '../text/phrases.js';
import { FUTURE, PAST, REQUEST, noteLang, overlaps, proseSentences, sampleDate } from '../text/rule-kit.js';

/** Vague on their own: fire unless the sentence only narrates the past or is a social formula. */
export const VAGUE_STRONG: PhraseFamily = {
  id: 'vague-strong',
  patterns: {
    en: [
      'soon', 'sooner', 'soonish', 'soonest', 'asap', 'a.s.a.p', 'shortly', 'momentarily', 'imminently', 'promptly',
      'as (soon|quickly|fast) as (possible|(i|we) (can|could|are able|am able)|humanly possible)',
      'at (the)? (earliest|first) (possible)? (opportunity|convenience|moment)', 'at your earliest convenience',
      '(in|within|over|during) (a|the)? (few|couple of|couple|several|next few|coming|next couple of) (days|weeks|hours|moments)',
      'in the (days|weeks) (ahead|to come)', 'in the next (few|couple of)? (days|weeks)',
      '(over|within|during) the (next|coming) (few)? (days|weeks)', 'in the (coming|next few|near) (days|weeks|future)',
      'in the near future', 'at some point', 'sometime (soon|later|next week|this week|this month|next month)?',
      'some (day|time) (soon)?', 'any (day|time) now', 'one of these days', 'before long', 'in no time', 'in due (course|time)',
      'when (i|we) (get|have|find) (a|the)? (chance|moment|minute|time|sec|second)', 'when time (allows|permits)',
      'down the (line|road)', 'sooner or later', 'in a (bit|while|jiffy)', '(is|are|\'s) on (its|their|the) way',
      '(in|within) (a|one|1) (day|week|month) or two', 'in (one|1) or two (days|weeks|months)', 'in (two|2) or three (days|weeks)',
      '(when|once|as soon as) (i|we) (know|hear|learn|have|get|find out) (more|anything|something|news|back)',
      '(give|allow) (me|us) (a little|some|a bit of|a few|a little more|more) (time|days|more time)', 'when (things|it|work|everything) (calm|calms|settle|settles|quiet|quiets|slow|slows) down',
      '(when|once) (i|we) (get|find) (around to it|a (free)? (minute|moment|second))',
      'as (soon|quickly|fast) as you (can|could|are able|possibly can)',
      '(in|within) the next little while', 'in a little while', 'at your (earliest|first) (possible)? (convenience|opportunity|moment)',
      '(when|whenever) (you|i|we) (get|have|find) (a|the)? (chance|moment|minute|sec|second|spare moment|free moment)',
      '(when|once|as soon as) (things|it|work|everything) (calm|calms|settle|settles|quiet|quiets|slow|slows) down',
      '(in|within) ~2 (day|days|week|weeks|hour|hours|month|months) or so', '(over|during|in|within) the (next|coming) (day|week|month|hour) or two',
      '(when|once|after|as soon as) the dust (settles|has settled|settled)', 'pronto', '(for|in|within|over) the next little (bit|while)',
      '(when|once|as soon as) (things|it|everything|work|the rush) (quieten|quietens|ease|eases|die|dies|wind|winds) (down|up|off)', '(whenever|when|if and when) (it)? (suits|works for|is convenient for) you', 'first thing (next|this) (week|month)', '(when|once|as soon as) (things|it|everything|work) (has|have)? (settled|calmed|quietened|quieted) down', 'at some (stage|point)', 'in the (not too|not so|not-too|not-so) (distant|far off|far-off) future',
      '(when|whenever) (i|we) (can|am able to|are able to|get around to it)', 'at your (earliest)? convenience', 'sooner rather than later', '(a|one) (bit|little|tad) later', 'at a (later|future) (date|time|stage|point)',
    ],
    fr: [
      '(tres|trop|assez|plus)? bientot', 'tantot', 'asap', 'au plus (vite|tot)', 'des que possible', 'aussitot que possible', 'le plus (vite|rapidement|tot) possible',
      'dans les (plus brefs|meilleurs|plus courts) delais', "(d'ici|dans|sous) (quelques|peu de|plusieurs) (jours|semaines|heures)",
      '(dans|durant|au cours des|pendant) les (jours|semaines) (a venir|qui viennent|prochains|prochaines)',
      '(dans|durant|au cours des) les (prochains|prochaines) (jours|semaines)', "(d'ici|sous) peu", 'prochainement', 'incessamment (sous peu)?',
      'sous (peu|huitaine)', 'un de ces (jours|quatre)', 'a un moment (donne|ou a un autre)?', 'tot ou tard',
      "(quand|lorsque|des que) (j'|nous|je) (aurai|aurons|ai|avons|trouverai|trouve) (le|un|du)? (temps|moment|minute|instant|seconde|creneau)",
      "(des que|quand) (je|nous|on) (peux|pourrai|pouvons|pourrons|peut|pourra)", "des qu' (on|il) (peut|pourra|sera possible)", "des qu'on (peut|pourra)", "des qu'il sera possible", 'dans un avenir proche', 'dans (un|le) futur proche',
      'des que (je|nous|on) (le)? (peux|pouvons|pourrai|pourrons|pourra|peut)',
      "(d'ici|dans|sous) (un|une|1) (jour|semaine|mois) ou deux", '(laissez|laisse|donnez|donne)-? (moi|nous) (un peu de|encore un peu de|quelques jours de|du) temps',
      "(quand|lorsque|des que) (ca|cela|les choses|tout) (se|s') (calme|calmera|tassera|tasse|sera calme)", "(quand|des que) j'aurai (deux minutes|cinq minutes|un creneau|un moment de libre)", "(d'ici|dans|sous) (deux|2) ou trois (jours|semaines)",
      "(des que|quand|lorsque) (j'|nous|on) (en)? (sais|saurai|savons|saurons|sait|saura|ai|aurai|avons|aurons|a) (plus|davantage|des nouvelles|du nouveau|un retour)", 'en (route|chemin)', 'au plus vite', 'au plus tot', 'dans les (jours|semaines) (a venir|qui viennent)',
      "aussitot que (je|j'|nous|on|tu|vous) (le)? (peux|pouvons|peut|pourrai|pourrons|pourra|pouvez|pourrez|pourras)", 'un (peu|petit peu|brin) plus tard', '(a|en) une (date|periode) (ulterieure|future|a determiner|a preciser)', 'ulterieurement', "(quand|lorsque|des que|une fois que|une fois qu') (ca|cela|les choses|tout) (ira|iront|sera|seront) (mieux|plus calme|plus calmes|plus tranquille)",
      "(tu peux|vous pouvez|tu pourrais|vous pourriez|tu pourras|vous pourrez) ~6 (rapidement|vite|au plus vite)", 'en temps (voulu|utile|et en heure)', "(quand|lorsque|des que) (ca|cela|ce sera|il vous|il te) ~1 (vous|t'|te)? (arrange|arrangera|convient|conviendra|chante|dit|plait|plaira)",
      "(d'ici|dans|sous) (une|un|deux|trois|quelques) (jour|jours|semaine|semaines|mois) (environ|a peu pres|plus ou moins|grosso modo)", "(en|au|des le|d'ici le|pour le)? debut de (la)? semaine prochaine", "(dans|d'ici|sous) pas (long|longtemps|grand temps)",
      "(quand|lorsque|des que|une fois que|une fois qu') (ca|cela|les choses|tout|le rush) (se|s') (sera|seront)? (calme|calmee|calmees|calmes|tasse|tassee|tassees|tasses|calmera|calmeront|tassera|tasseront)", "dans un (avenir|futur) (pas (trop|si|tres) lointain|proche)", "a (votre|ta) (meilleure)? convenance", "(quand|des que|lorsque) (je|j'|on|nous) (peux|pourrai|peut|pourra|pouvons|pourrons)",
      "(au cours des|durant les|dans les|pendant les|d'ici les|sur les) (prochains|prochaines) (jours|semaines|heures|mois)",
      "(quand|lorsque|des que|une fois que) (tu auras|vous aurez|j'aurai|on aura|nous aurons|t'auras) (deux|cinq|dix|quelques) (minutes|secondes)",
      "(quand|lorsque|des que) (tu auras|vous aurez|on aura|t'auras) (un|le) (moment|creneau|instant|temps|minute)",
      "(dans|d'ici|sous) (une|la) (quinzaine|huitaine|dizaine|vingtaine) (de jours)?",
      "des que (vous|tu) (le)? (pourrez|pouvez|pourras|peux|pourriez)", 'le plus tot possible',
    ],
  },
};

/** Vague only inside a promise or a request: "quickly", "later this week", « rapidement ». */
export const VAGUE_WEAK: PhraseFamily = {
  id: 'vague-weak',
  patterns: {
    en: [
      '(very|really|pretty)? (quickly|fast|rapidly)', 'later (on|today|this week|this month|next week)', 'later',
      '(early|later|late) (this|next) (week|month)', '(by|before|around|towards) the end of (the|this|next) (week|month)',
      'end of (the|this|next) (week|month)', 'this (week|month) (hopefully|or next)', 'in the (coming|next) (weeks|months)', 'eventually',
    ],
    fr: [
      '(tres|assez|plus)? (rapidement|vite)', 'plus tard (dans la semaine|cette semaine|dans la journee|dans le mois)', 'plus tard', '(en|vers la|d\'ici la|avant la) fin (de la|de|du) (semaine|mois)',
      '(courant|dans le courant de) (la semaine|le mois|du mois) (prochaine|prochain)?', 'dans (la|le) (semaine|mois) (prochaine|prochain)?',
      "(en|au|des le|d'ici|pour)? debut (de|de la) semaine (prochaine)?", "(en|au|d'ici|pour)? (debut|fin) (du|de) mois (prochain)?", 'dans les (semaines|mois) (a venir|qui viennent|prochains|prochaines)', 'a terme',
    ],
  },
};

// "quickly" times a promise only at the end of a clause: "we'll fix it quickly", not "I'll quickly check".
const MANNER = /(?:quickly|fast|rapidly|rapidement|vite)$/;
const CLAUSE_END = /^\s*(?:[.,;:!?)\u2026]|$|(?:and|as|so|but|for you|with|et|mais|pour vous|comme|avec)(?![\p{L}]))/u;

/** "later" alone is vague only in the author's own promise: "I'll do it later", « je le ferai plus tard ». */
const BARE_LATER = /^(?:later|plus tard)$/;
const FIRST_FUTURE: PhraseFamily = {
  id: 'first-future',
  patterns: {
    en: ["(i'll|we'll|i will|we will|i shall|we shall|i'm going to|we're going to|i can|we can)"],
    fr: ["(je|j'|nous|on) ~2 (*erai|*irai|*rai|*erons|*irons|*rons|*era|*ira|vais|allons|va|peux|pouvons|peut)"],
  },
};

/** Not promises: greetings, wishes, a dependency ("as soon as you send…"), the client's wish restated. */
const EXEMPT: PhraseFamily = {
  id: 'vague-exempt',
  patterns: {
    en: [
      '(see|talk|speak|chat|hear from|catch up with|meet) (you|u) (again|all)? (very|real)? soon', 'get (well|better) soon', '(talk|speak|see you) soon',
      '(feel|get) better soon', 'hope (to)? (see|hear from|meet|talk to) (you)? soon', 'looking forward to ~3 soon',
      // "as soon as you send…" is a dependency; "as soon as you can" is not (it stays vague).
      "as soon as (your|the|it|this|that|they|he|she|we (get|receive|have|hear)|i (get|receive|have|hear)|you (send|get|receive|have|'ve|confirm|approve|reply|pay|give|are|'re|validate|sign|decide|tell|let|return|share|provide|upload|answer|hear|know|find|see|check|test|read|review|agree|choose|pick|sort|settle|fill|finish|complete|make|do|update|transfer|forward|book|accept|come|arrive|release|say|want|need|feel|like|prefer|change|register|create|log|click|open|grant|add|invite|set|put|give|clear))",
      '(you|client) ~3 (need*|want*|ask*|request*|expect*|wish*|would like|hope*|hoping) ~6 (asap|soon|quickly|as soon as possible|fast|shortly|right away)',
      'the sooner the better', '(feel|do not hesitate|don\'t hesitate) ~3 (reply|contact|write|call)',
    ],
    fr: [
      'a (tres|plus|tout)? bientot', 'au plaisir de (vous|te) (lire|revoir|voir|retrouver|parler) ~1 bientot', 'bon retablissement', 'retablissez-vous vite',
      "(j'|nous) (espere|esperons) (vous|te) (lire|revoir|voir|parler|entendre) ~1 bientot",
      // « dès que vous aurez validé » is a dependency; « dès que vous le pourrez » stays vague.
      "des que (votre|vos|le|la|les|l'|nous aurons (recu|vos|votre)|j'aurai (recu|vos|votre)|(vous|tu) (m'|nous|me|l'|les|la|le|y|en)? (aurez|avez|auras|as|serez|etes|seras|es|enverrez|envoyez|enverras|envoies|recevrez|recevez|recevras|validez|valides|confirmez|confirmes|repondez|reponds|reglez|regles|payez|paies|donnez|donnes|signez|signes|ferez|faites|direz|dites|transmettez|transmets|fournissez|fournis|decidez|decides|revenez|reviens|saurez|savez|verrez|voyez|arrivez|*erez|*irez|*eras|*iras))",
      '(vous|tu) ~3 (souhait*|voul*|veu*|attend*|demand*|aimeri*|esper*|avez besoin|aviez besoin|as besoin) ~6 (asap|bientot|rapidement|au plus vite|vite|des que possible|au plus tot)',
      '(pour que|afin que|pour qu\'|afin qu\') ~5 plus (vite|rapidement)', 'le plus tot sera le mieux', '(peu|bientot|rapidement) (apres|avant)', 'a plus tard', 'n\'hesitez pas', 'tout de suite apres',
    ],
  },
};

export default {
  id: 'vague-timing',
  summary: {
    en: 'A promise with a vague time ("soon", "ASAP") and no concrete date: give the day.',
    fr: 'Une promesse au délai vague (« bientôt », « au plus vite ») sans date précise : donnez le jour.',
  },
  principles: ['P1', 'P13'],
  why: { en: "\"Soon\" means tomorrow to the client and three weeks to you: most misunderstandings start in that gap. A promise or a request needs a date the client can put in a calendar.", fr: "« Bientôt » veut dire demain pour le client et trois semaines pour vous : c’est dans cet écart que naissent la plupart des malentendus. Une promesse ou une demande a besoin d’une date que le client peut noter dans son agenda." },
  defaultSeverity: 'warning',
  options: {},
  examples: {
    valid: [
      { lang: 'en', text: 'I will send the mockups on Friday 27 November.\n' },
      { lang: 'en', text: 'I will fix it soon, by Thursday 26 November at the latest.\n', note: 'A concrete date in the same sentence.' },
      { lang: 'en', text: 'Get well soon!\n\n> Please fix it ASAP.\n', note: 'A wish, and the client\'s own words.' },
      { lang: 'fr', text: 'Je vous envoie les maquettes le vendredi 27 novembre.\n' },
      { lang: 'fr', text: 'À bientôt, et merci pour votre retour.\n' },
    ],
    invalid: [
      { lang: 'en', text: 'I will send the mockups soon.\n' },
      { lang: 'en', text: 'We will get back to you ASAP. The fix should be live in a few days.\n', count: 2 },
      { lang: 'fr', text: 'Nous corrigerons le problème dans les plus brefs délais.\n' },
      { lang: 'fr', text: 'Je vous envoie la facture rapidement.\n' },
    ],
  },
  check(ctx) {
    const findings: Finding[] = [];
    const lang = noteLang(ctx);
    const date = sampleDate(ctx.refDate, lang);
    for (const s of proseSentences(ctx)) {
      const strong = matchFamily(VAGUE_STRONG, s.plain, s.langs, s.span.start, s.norm);
      const weak = strong.length ? [] : matchFamily(VAGUE_WEAK, s.plain, s.langs, s.span.start, s.norm);
      if (!strong.length && !weak.length) continue;
      const exempt = matchFamily(EXEMPT, s.plain, s.langs, s.span.start, s.norm).map((m) => m.span);
      const future = hasPhrase(FUTURE, s.plain, s.langs, s.norm);
      const request = hasPhrase(REQUEST, s.plain, s.langs, s.norm);
      const hit = strong.find((m) => !overlaps(m.span, exempt))
        ?? weak.find((m) => !overlaps(m.span, exempt) && (future || request)
          && (!MANNER.test(s.norm.slice(0, m.span.end - s.span.start)) || CLAUSE_END.test(s.plain.slice(m.span.end - s.span.start)))
          && (!BARE_LATER.test(s.norm.slice(m.span.start - s.span.start, m.span.end - s.span.start)) || hasPhrase(FIRST_FUTURE, s.plain, s.langs, s.norm)));
      if (!hit) continue;
      // Narration of the past ("we answered shortly after") promises nothing.
      if (!future && !request && hasPhrase(PAST, s.plain, s.langs, s.norm)) continue;
      if (ctx.dates(s.span).some((d) => d.concrete)) continue;
      const by = lang === 'fr' ? `d'ici le \${1:${date}}` : `by \${1:${date}}`;
      findings.push({
        span: hit.span,
        message: {
          en: `Vague timing "${hit.text}" with no date: say when, e.g. "by ${sampleDate(ctx.refDate, 'en')}".`,
          fr: `Délai vague « ${hit.text} » sans date : dites quand, p. ex. « d'ici le ${sampleDate(ctx.refDate, 'fr')} ».`,
        },
        fixes: [{ title: { en: 'Replace with a concrete date', fr: 'Remplacer par une date précise' }, span: hit.span, text: by, snippet: true, safe: false }],
      });
    }
    return findings;
  },
} satisfies LintRule;
