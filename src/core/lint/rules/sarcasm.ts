// sarcasm (P9): sarcasm markers ("Thanks for nothing", "as I'm sure you know", a "small" change in
// scare quotes, « comme par hasard »). The client reads contempt; say the thing plainly and calmly.
// Only unmistakable markers: irony that needs context to detect is left to the writer.
import type { Finding, LintRule } from '../types.js';
import { matchFamily, type PhraseFamily } from '../text/phrases.js';
import { proseSentences } from '../text/rule-kit.js';

const FAMILY: PhraseFamily = {
  id: 'sarcasm',
  patterns: {
    en: [
      'thanks for nothing', 'what could (possibly)? go wrong', '(what|such) a (surprise|shock)', 'surprise, surprise', 'big surprise', 'shocking, i know',
      "who (would have|would've|could have|could've|'d have) (thought|guessed)",
      '(great|wonderful|brilliant|fantastic|perfect|lovely|nice|awesome) (just)? (what|exactly what) (i|we) (needed|wanted)',
      "(i'm sure|i am sure) you (surely|no doubt|obviously|certainly|of course)? (know|are aware|understand|remember|realise|realize)",
      "i'm sure you('ll| will) (understand|agree|appreciate)", "(i'm sure|i am sure) (you'll|you will) (understand|agree|appreciate)", 'as you (surely|no doubt|obviously|certainly) (know|are aware|understand|remember)',
      'with (all)? due respect', '(no offence|no offense|not to be rude|not to be harsh|i hate to break it to you),? but', 'news ?flash',
      'good luck with that', 'nice try', "(sure|yeah right|right|of course),? because (that|this|it)", '(that|this) worked (so|really) well (last time|before)',
      "(congratulations|congrats|bravo|well done),? (you|you've|you have) (managed|broke|broken|deleted|found a way|succeeded)",
      '(so|how|very|really) (kind|nice|good|thoughtful) of you to (finally|eventually)? (reply|answer|respond|get back|let|tell|pay|show up|join)',
      'thanks for (finally|eventually) (replying|answering|responding|getting back|sending|paying|reading)',
      '(glad|nice|good) (to see)? you (finally|eventually) (found|got|replied|answered|noticed|read|paid)',
      "if (it's|it is|that's|that is) not (too much|asking too much)", 'if (it|that) (isn\'t|is not) too much (to ask|trouble)',
      "in case you (missed|forgot|didn't notice|hadn't noticed|were wondering|didn't know)",
      '(i|we) (just)? (love|adore) (how|that|it when) you',
      '(thanks|thank you) (a lot|so much|very much)? for (letting (me|us) know|telling (me|us)|warning (me|us)|the heads-up) (at the last minute|so late|this late|the day before)',
      '(thanks|thank you) (a lot|so much|very much)? for (letting (me|us) know|telling (me|us)|warning (me|us)|the heads-up|the warning) ~3 (later|after the fact|afterwards|too late|after the deadline|after launch)',
      // A cheer followed by a repeat annoyance: "Great, another change request on a Friday evening".
      '(great|wonderful|brilliant|fantastic|perfect|lovely|awesome|super|oh great|just great|terrific|marvellous|marvelous),? (yet)? (another|one more|again) ~3 (change|request|revision|delay|email|bug|problem|complaint|round|reminder|meeting|call|weekend|evening|last-minute)',
      '(kind|nice|good|thoughtful|sweet|lovely|generous) of you to (finally|eventually|at last)',
      // A cheer next to a repeated annoyance: "Oh great, yet another revision", "Wonderful, the invoice is late again".
      '(great|wonderful|brilliant|fantastic|perfect|lovely|awesome|super|terrific|marvellous|marvelous|fabulous|excellent) ~6 yet another',
      '(great|wonderful|brilliant|fantastic|perfect|lovely|awesome|super|terrific|marvellous|marvelous|fabulous|excellent) ~6 (late|down|broken|delayed|missing|wrong|unpaid|overdue|failing|crashed|changed) (again|once again|once more)',
      '(last-minute|last minute|late-night|weekend|friday-night|friday night|friday evening) ~4 (really|truly|much|so|very|greatly) (appreciated|helpful|fun|enjoyable|welcome)',
      '(sure|of course|obviously|right|yeah|naturally),? (because)? ~6 (builds|writes|designs|fixes|codes|makes|translates|creates|tests|runs|pays|does) (itself|themselves)',
      '(itself|themselves) (by magic|magically|out of thin air|with a snap of the fingers)',
      // Mock agreement: "Sure, because rewriting the site in two days is totally realistic".
      '(sure|yeah right|right|of course|oh sure|yeah|obviously|naturally),? because ~10 (totally|perfectly|completely|entirely|absolutely|so) (realistic|reasonable|normal|doable|feasible|fair|logical)',
      '(clear|helpful|reasonable|quick|fast|reliable|punctual|organised|organized|precise|detailed|thorough|responsive|on time),? (as|like) (always|usual|ever)',
    ],
    fr: [
      'merci pour rien', "qu'est-ce qui (pourrait|peut) (bien|possiblement)? (mal tourner|mal se passer|rater|foirer)", 'quelle (surprise|bonne surprise)', 'comme par hasard', 'surprise, surprise', "qui (l'eut|l'aurait|l'eût) cru",
      "vous n'etes pas sans (savoir|ignorer)", 'je ne doute pas que vous (comprendrez|saurez|conviendrez)', 'je suis (sur|sure|certain|certaine) que vous (comprendrez|conviendrez)',
      'comme vous le savez (sans doute|surement|certainement|forcement|bien|pertinemment)', 'comme (tu le sais|vous le savez) (sans doute|surement|certainement|forcement|pertinemment)',
      'avec tout le respect que je vous dois', 'sans vouloir (vous offenser|vous vexer|etre desagreable|etre mechant|vous froisser)',
      'bonne chance avec (ca|cela|ce plan|cette idee|ce delai|ce budget|ce planning)', '(bravo|felicitations),? (vous avez|tu as) (encore|de nouveau|une fois de plus|a nouveau)? (reussi|casse|supprime|trouve le moyen|efface|perdu|oublie|plante)',
      "(merci|c'est gentil|c'est sympa) (d'avoir|de) (enfin|finalement) (repondu|reagi|paye|envoye|repondre|reagir|payer|lu)",
      'ravi que vous (ayez|soyez) (enfin|finalement)', 'enfin une reponse', "si ce n'est pas trop (demander|vous demander)",
      "au cas ou (vous|tu) (l'auriez|l'aurais|ne l'auriez pas|ne l'aurais pas) (oublie|rate|manque|remarque|vu|lu)",
      '(ca|cela) a (tellement|si) bien (marche|fonctionne) la derniere fois',
      "merci de (m'avoir|nous avoir|me|nous) (prevenu|prevenus|prevenir|averti|avertir) (a la derniere minute|si tard|la veille)",
      "merci (de|pour) (m'avoir|nous avoir|me|nous|l'info|l'information|le message) (prevenu|prevenus|prevenir|averti|avertir|informe|informer)? ~3 (apres|plus tard|apres coup|trop tard|apres la date|apres le lancement)",
      // Un enthousiasme suivi d'un agacement répété : « Super, encore une demande de modification ».
      '(super|genial|parfait|formidable|magnifique|chouette|merveilleux|top|bravo|excellent|ah super|tant mieux),? (encore|re|une fois de plus|de nouveau) ~2 (modification|modifications|demande|demandes|changement|changements|retard|retards|bug|bogue|probleme|relance|reunion|appel|courriel|mail|plainte|revision|revisions|correction|corrections|urgence|panne)',
      "(bien sur|evidemment|mais oui|oui bien sur|naturellement|c'est sur) ~12 (tout a fait|parfaitement|totalement|completement|tellement|super|hyper) (realiste|realistes|raisonnable|raisonnables|normal|faisable|logique|correct)",
      'ben voyons', 'mais bien sur',
      '(super|genial|formidable|parfait|magnifique|chouette|merveilleux|excellent|top|fantastique) ~6 (encore|de nouveau|une fois de plus|a nouveau) ~3 (en retard|en panne|casse|cassee|change|changee|impaye|impayee|une revision|une modification|une demande|un changement|un bug|un bogue|un retard|une relance|un probleme|rate|ratee|faux|fausse)',
      '(de derniere minute|du vendredi soir|de dernier moment|du dimanche) ~4 (vraiment|tres|super|fort|tellement|grandement) (apprecie|appreciee|appreciees|apprecies|sympa|agreable|utile)',
      "(bien sur|evidemment|naturellement|mais oui|c'est sur|forcement) ~6 (se construit|se fait|se code|se traduit|s'ecrit|se corrige|se redige|se cree|se developpe|se paie|se teste|se concoit) (tout seul|toute seule|tous seuls|toutes seules)",
      "(tout seul|toute seule|tous seuls|toutes seules) (par magie|d'un coup de baguette magique|d'un claquement de doigts)",
      '(clair|clairs|claire|claires|precis|precise|utile|utiles|rapide|rapides|ponctuel|ponctuelle|fiable|organise|organisee|complet|complete),? comme (d\'habitude|toujours|d\'hab|a l\'accoutumee|a chaque fois)',
    ],
  },
};

// A harmless word in scare quotes mocks the client's request: the "small" change, la « petite » modification.
const SCARE = /(?:["\u201c\u00ab]\s*)(small|quick|simple|urgent|minor|little|easy|tiny|slight|petite?s?|rapides?|simples?|urgente?s?|mineure?s?|l[ée]g[èe]re?s?|minimes?)(?:\s*["\u201d\u00bb])/iu;
const EYE_ROLL = /\u{1F644}|\u{1F612}/u;

export default {
  id: 'sarcasm',
  summary: {
    en: 'Sarcasm ("thanks for nothing", "as I\'m sure you know", a "small" change in scare quotes) reads as contempt: say it plainly.',
    fr: 'Le sarcasme (« merci pour rien », « comme par hasard », une « petite » modification) se lit comme du mépris : dites-le simplement.',
  },
  principles: ['P9'],
  why: { en: "Keep the tone calm and firm, never sarcastic: in writing, irony reads as contempt, the client answers the tone rather than the content, and a small disagreement becomes a conflict.", fr: "Gardez un ton calme et ferme, jamais sarcastique : à l’écrit, l’ironie se lit comme du mépris, le client répond au ton plutôt qu’au fond, et un petit désaccord devient un conflit." },
  defaultSeverity: 'warning',
  options: {},
  examples: {
    valid: [
      { lang: 'en', text: 'Thanks for your patience. The small change you asked for is online.\n' },
      { lang: 'en', text: 'What a great launch: congratulations on the first orders!\n' },
      { lang: 'fr', text: 'Merci pour votre patience. La petite modification demandée est en ligne.\n' },
      { lang: 'fr', text: 'Bonne chance pour le lancement !\n' },
    ],
    invalid: [
      { lang: 'en', text: 'Thanks for nothing.\n' },
      { lang: 'en', text: 'As I\'m sure you know, your "small" change took three days.\n', count: 2 },
      { lang: 'fr', text: 'Comme par hasard, le site plante le jour du lancement.\n' },
      { lang: 'fr', text: 'Merci d\'avoir enfin répondu.\n' },
    ],
  },
  check(ctx) {
    const findings: Finding[] = [];
    const message = {
      en: 'This reads as sarcasm, which the client takes as contempt: say it plainly and calmly.',
      fr: 'Cela se lit comme du sarcasme, que le client prend pour du mépris : dites-le simplement et calmement.',
    };
    for (const s of proseSentences(ctx)) {
      for (const m of matchFamily(FAMILY, s.plain, s.langs, s.span.start, s.norm)) findings.push({ span: m.span, message });
      // Scare quotes are read on the raw text: the quotes are the marker.
      const q = SCARE.exec(s.text) ?? EYE_ROLL.exec(s.text);
      if (q) findings.push({ span: { start: s.span.start + q.index, end: s.span.start + q.index + q[0].length }, message });
    }
    return findings;
  },
} satisfies LintRule;
