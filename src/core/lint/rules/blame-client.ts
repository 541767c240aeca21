// blame-client (P10): the client is made responsible ("you should have", "as I already told you",
// « vous auriez dû », « comme je vous l'ai déjà dit »). Say what happens next instead.
import type { Finding, LintRule } from '../types.js';
import { matchFamily, type PhraseFamily } from '../text/phrases.js';
import { proseSentences } from '../text/rule-kit.js';

const PART_EN = '(told|said|mentioned|asked|checked|read|sent|informed|let|given|warned|tested|contacted|called|specified|reviewed|replied|answered|responded|approved|signed|paid|provided|followed|listened|looked|done|made|noticed|known|realised|realized|thought|validated|confirmed|shared|updated|backed|written|emailed|flagged|reported|raised|clarified)';
const VERB_EN = '(tell|say|mention|ask|check|read|send|inform|let|give|warn|test|contact|call|specify|review|reply|respond|answer|approve|sign|pay|provide|follow|listen|look|notice|realise|realize|validate|confirm|share|update|back|write|email|flag|report|raise|clarify|bother|understand|open|click|see|keep|save)';
const PART_FR = '(lu|envoye|envoyee|envoyes|repondu|dit|ecrit|prevenu|prevenue|prevenus|informe|informes|fourni|fournie|valide|validee|paye|payee|teste|verifie|suivi|ecoute|signe|transmis|donne|precise|mentionne|indique|respecte|demande|signale|regarde|relu|clique|sauvegarde|confirme|tenu compte|pense|compris|anticipe|prevu|averti|avertie|regle|reglee|reglees|acquitte|rembourse)';

const FAMILY: PhraseFamily = {
  id: 'blame-client',
  patterns: {
    en: [
      `you (really|clearly|obviously|honestly|simply)? (should've|shouldn't have|should not have|could've|ought to have|needed to|were supposed to|were meant to|had to) ${PART_EN}?`,
      `you (should've|could've|ought to have|were supposed to|were meant to)`,
      `you (should|ought to|could|would) (really|honestly|simply|at least|just|clearly|definitely|probably) (have|'ve) ${PART_EN}`,
      "you (still|yet)? (haven't|have not|hadn't|had not) (still|yet)? (sent|paid|replied|answered|signed|approved|read|returned|provided|given)",
      '(you|you have|you\'ve) (asked for|wanted|requested|insisted on|chose|chosen) (it|this|that) (this|that|your) way',
      '(nobody|no one|no-one) (on|at|from|in) your (side|end|team|company|office) ~2 (answered|replied|responded|read|sent|checked|told|approved|tested|confirmed|came back|got back)',
      'you ~6 then ~4 then ~4 (again|back)',
      'you ~1 (changed|modified|revised|rewrote|moved|reworked|switched) ~3 (twice|three times|four times|five times|several times|many times|multiple times|so many times|again and again|yet again|countless times|every week|every day)',
      // "As I said on the phone" is a plain reference; the reproach needs the insistence (already, before, again…).
      '(as|like) (i|we) (already|previously|repeatedly|clearly|explicitly) (said|told you|told|wrote|warned|warned you)', 'like (i|we) (said|told you)',
      '(as|like) (i|we) (had|\'d) (said|told you|told|written|warned you|mentioned|explained)',
      '(as|like) (i|we) (have|had|\'ve|\'d)? (already|previously|repeatedly|explicitly|clearly) (said|told you|mentioned|explained|stated|written|pointed out|warned|indicated|specified)',
      '(as|like) (i|we) (have|had|\'ve|\'d)? (said|told you|mentioned|explained|stated|written|pointed out|warned you|indicated) (several|many|multiple|numerous|countless|a few|a couple of|a hundred|so many) times',
      '(as|like) (i|we) (have|\'ve)? (said|told you|mentioned|explained|stated|written|pointed out|warned you) (before|earlier|again|already|repeatedly|over and over)',
      '(as|like) (already|previously|repeatedly) (said|stated|mentioned|explained|discussed|pointed out|indicated)',
      '(mentioned|explained|said|stated|told you|repeated|pointed out) (several|many|multiple|numerous|countless|so many|a dozen|a hundred) times',
      `you (didn't|never|failed to|forgot to|neglected to|omitted to|chose not to|refused to|did not even|didn't even|obviously didn't|clearly didn't) ${VERB_EN}`,
      `you (haven't|have not|hadn't|had not|never) (even)? (read|replied|responded|answered|checked|tested|looked|paid|sent|followed|signed|approved|listened|understood|opened)`,
      `if (you had|you'd) (only|just|actually|bothered to)? ${PART_EN}`,
      `had you (only|just)? ${PART_EN}`,
      '(i|we) (did|had) (warn|tell|told|warned) you', '(i|we) (told|warned) you (so|this|that|about this|it would|this would|that this)', 'i told you so',
      'you were (told|warned|informed|advised|notified) (about|of|that|this|so|before|in advance|several)?',
      "(it's|that's|this is|it was|that was) (all|entirely|clearly|really)? (your|on your) (fault|responsibility|mistake|error|problem|side|end)",
      'your (own)? (fault|mistake|error)', 'because of you', 'thanks to you', '(the|this) (mistake|error|fault|problem) (is|was) (yours|on your (side|end)|with you)',
      'you (clearly|obviously|apparently)? (misunderstood|misread|ignored|overlooked|missed|misunderstand)',
      '(it|this|that) (was|is) (clearly|explicitly|plainly|already|perfectly) (stated|written|explained|specified|indicated|mentioned|documented|defined) (in|on)',
      '(please|you need to|you should|kindly) (re-read|reread|read) (my|the|our) ~2 (email|message|mail|contract|quote|brief|instructions|documentation|specs?|previous|terms) (again|carefully|properly|more carefully|closely)?',
      '(please|you need to|you should|kindly) read ~3 (again|more carefully|properly|carefully)',
      'you (keep|kept) (changing|asking|forgetting|ignoring|missing)',
      `you never ${PART_EN}`, 'you never (gave|wrote|did|came back|got back|sent|told|paid)',
      '(because|since) you (approved|validated|chose|picked|sent|gave|signed|asked for|requested|changed|ordered) (the|a|an)? (wrong|incorrect|old|outdated|bad)',
      'you (approved|validated|chose|picked|sent|gave|signed|ordered) (us|me)? (the|a|an) (wrong|incorrect|old|outdated)',
      'you (sent|gave|delivered|provided|returned|approved|paid|answered|replied|validated) ~5 (weeks|days|months) late',
      '(i|we) (have|\'ve|had|\'d)? already (told you|said|explained|warned you|pointed out|told|warned)',
      '(told|explained|said|mentioned|warned|wrote) (you|this|it|that)? (twice|three times|several times|more than once|repeatedly|again and again|over and over|a dozen times)',
      '(as per|per|see|reread|re-read|refer to|check) (my|our) (previous|last|earlier|prior) (email|mail|message|note|reply)',
      'you (must|might|may) have (missed|overlooked|misread|misunderstood|forgotten|ignored|skipped)',
      'you ~6 before (complaining|accusing|getting upset|panicking|jumping to conclusions|writing to me|escalating)',
      '(due to|because of|caused by|result of) your (late|slow|missing|delayed|incomplete|numerous|many|constant|repeated|last-minute|late-stage|endless) ~1 (feedback|answers|answer|replies|reply|content|changes|change|requests|approval|approvals|validation|payment|payments|texts|photos|input|decisions|revisions)',
      "(you're|you are|you were) the (one|ones) (who|that) ~2 (asked|wanted|requested|insisted|changed|decided|approved|validated|chose|signed|forgot|missed)",
      '(next time|in future|in the future|from now on) (please|kindly|make sure to|make sure you|try to|be sure to)? (read|check|reply|answer|tell|send|look|test|reread|re-read|let)',
      '(read|reread|re-read) ~3 (in full|the whole (thing|email|message|document)|to the end|entirely|all the way through)',
      '(again|once again|once more|i repeat|let me repeat),? (this|it|that|everything) (was|is) ~2 (in|written|stated|specified|mentioned|explained)',
      "if only (you had|you'd)", 'if you had only',
      '(you|you\'ve|you have) (changed|change) your mind (again|twice|three times|several times|many times|multiple times|so many times|once more|again and again)',
      '(this|it|that) (was|is) (all|clearly|already)? (in|written in|stated in|specified in|part of) (the|our|your) (quote|contract|brief|proposal|estimate|specification|spec|terms) you (signed|approved|accepted|validated|agreed to)',
      'you (caused|broke|created) (this|it|the problem|the issue|that)',
      '(exactly|precisely|just) what (i|we) (warned|told|cautioned) you (about|of|would happen|against)', 'what (i|we) (had)? warned you (about|of|against)',
      '(as|like) (stated|mentioned|said|indicated|explained|noted|specified|written|pointed out|outlined|requested) (in|on) (my|our) (previous|last|earlier|prior|latest|past) (message|email|e-mail|mail|note|reply|letter|messages|emails)',
    ],
    fr: [
      '(vous auriez|tu aurais) (vraiment|quand meme|simplement|tout de meme)? (du|pu)',
      '(vous n\'auriez|tu n\'aurais|vous auriez|tu aurais) (pas|jamais) (du|pu)',
      "comme (je|nous|on) (vous|te|l')? (l'|le)? (ai|avons|a) (deja|bien|pourtant|maintes fois|plusieurs fois|a plusieurs reprises|clairement|souvent|deux fois|cent fois|mille fois) (dit|ecrit|explique|precise|indique|signale|mentionne|repete|rappele|souligne)",
      "comme (je|nous|on) (vous|te|l')? (l'|le)? (avais|avions|avait) (deja|bien|pourtant|maintes fois|plusieurs fois|clairement)? (dit|ecrit|explique|precise|indique|signale|mentionne|repete|rappele|souligne)",
      "comme (je|nous|on) (vous|te)? (l'|le)? (ai|avons|a) (dit|ecrit|explique|repete) (et redit|et repete|plusieurs fois|a plusieurs reprises|deja|maintes fois)",
      'comme (deja|precedemment) (dit|ecrit|explique|precise|indique|signale|mentionne|evoque)',
      '(comme|ainsi que) (dit|ecrit|explique|precise|indique|signale|mentionne|evoque|repete) (a plusieurs reprises|plusieurs fois|maintes fois|a maintes reprises|deja|a de nombreuses reprises)',
      '(je|nous) (vous|te) (l\'|l) (avais|avions) (pourtant|bien|deja)? (dit|ecrit|explique|precise|repete)',
      '(je|nous) (vous|te) (l\'|l) (ai|avons) (pourtant|bien|deja) (dit|ecrit|explique|precise|repete)',
      '(je|nous) (vous|te) (avais|avions|ai|avons) (pourtant|bien|deja)? (prevenu|prevenue|prevenus|prevenues|averti|avertie|avertis|mis en garde)',
      '(je|nous) (vous|te) (l\'|l) (avais|avions) bien dit', 'je te l\'avais (bien)? dit',
      `(vous n'avez|tu n'as|vous n'aviez|tu n'avais) (pas|jamais|meme pas|toujours pas|visiblement pas|manifestement pas|pas du tout|pas meme) ${PART_FR}`,
      "(vous ne|tu ne) (m'|nous|me) (avez|as|aviez|avais) (pas|jamais|meme pas) (dit|prevenu|prevenus|prevenue|informe|informes|signale|repondu|envoye|transmis|fourni|donne|precise|demande|parle|mentionne|explique|ecrit|indique)",
      '(vous avez|tu as|vous aviez|tu avais) (valide|envoye|choisi|donne|signe|transmis|fourni|demande|commande) (la|le|les|une|un) (mauvais|mauvaise|mauvaises|ancienne|ancien|anciens|anciennes|mauvaise)',
      "(vous|tu) (nous|m'|me) (avez|as|aviez|avais) ~4 (avec|en) ~3 (de retard|en retard|trop tard)",
      '(vous|tu) (nous|m\'|me) (avez|as|aviez|avais) ~4 (en retard|trop tard|tardivement)',
      `(vous avez|tu as|vous aviez|tu avais) (oublie|neglige|omis) (de|d')`,
      '(vous avez|tu as|vous aviez|tu avais) (mal|visiblement mal|manifestement mal) (lu|compris|interprete|saisi|configure|rempli)',
      `si (vous aviez|tu avais|vous m'aviez|tu m'avais|vous nous aviez|tu nous avais) (seulement|simplement|juste|bien)? ${PART_FR}`,
      `(vous|tu) (avez|as|aviez|avais) (ete|etes) (prevenu|prevenue|prevenus|prevenues|averti|avertie|avertis|informe|informes|informee)`,
      '(vous|tu) (etiez|etais) (prevenu|prevenue|prevenus|prevenues|averti|avertie|avertis|au courant|informe|informes)',
      "(c'est|c'etait|ce sont|cest) (de)? (votre|ta|ton) (faute|erreur|responsabilite|probleme)",
      '(par|de) (votre|ta) faute', '(la|cette|l\') (faute|erreur) (vient|venait|est|etait) (de vous|de votre cote|de toi|la votre|la tienne|chez vous)',
      "(c'est|c'etait) (a cause de|a) (vous|toi)", 'a cause de (vous|toi)',
      "(c'etait|c'est|il etait|tout etait|ce point etait|cela etait) (pourtant|bien|clairement|explicitement|noir sur blanc)? (ecrit|indique|precise|stipule|mentionne|prevu|explique) (noir sur blanc|clairement|explicitement|pourtant)",
      "(c'etait|c'est|il etait|tout etait) (pourtant|clairement|explicitement) (ecrit|indique|precise|stipule|mentionne|prevu|explique)",
      '(relisez|relis|lisez|lis) (attentivement|bien|donc)? (mon|le|notre|mes|nos|les|votre) ~1 (mail|email|e-mail|message|messages|courriel|contrat|devis|cahier des charges|conditions|cgv|documentation|instructions)',
      '(vous|tu) (changez|changes|avez change|as change) (sans cesse|tout le temps|constamment|encore|d\'avis)',
      '(vous|tu) (avez|as) (cause|provoque|casse|cree) (ce|le|cette|ca|cela)',
      '(je|nous) (vous|te) (l\'ai|l\'avons|ai|avons) (deja|pourtant)? (dit|explique|ecrit|precise|repete) (deux fois|plusieurs fois|a plusieurs reprises|maintes fois|trois fois|cent fois|mille fois)',
      '(comme|ainsi que) (precise|indique|dit|mentionne|explique|ecrit|signale) (dans|par) (mon|notre) (precedent|dernier) (mail|email|e-mail|message|courriel|echange)',
      '(cf|voir|relisez|reportez-vous a) (mon|notre) (precedent|dernier) (mail|email|e-mail|message|courriel)',
      '(vous|tu) (etiez|etais) (cense|censee|censes|censees|suppose|supposee)',
      '(vous|tu) (deviez|devais) (nous|me|m\')? (le|la|les|l\')? (valider|envoyer|fournir|transmettre|repondre|relire|payer|regler|signer|tester|verifier|livrer|donner|confirmer)',
      "il (aurait fallu|fallait) (nous|me|m') ~1 (envoyer|prevenir|dire|transmettre|fournir|donner|informer|valider|consulter)",
      'il (aurait fallu|fallait) que (vous|tu)',
      '(vous|tu) (avez|as) change (d\'avis|d\'idee) (encore|deux fois|trois fois|plusieurs fois|a plusieurs reprises|sans cesse|tout le temps)',
      '(du|due|dus|dues|a cause de|en raison de|lie a|lie aux) (a|aux)? (vos|votre|tes|ton|ta) (retours|reponses|validations|changements|modifications|textes|contenus|paiements|demandes|decisions|validation|retour|reponse|paiement|corrections) (tardifs|tardives|tardif|tardive|incomplets|incomplete|manquants|multiples|successives|successifs|de derniere minute|en retard|a repetition|incessants|incessantes)',
      "(c'est|c'etait) (vous|toi) qui (avez|as|aviez|avais) (demande|voulu|exige|insiste|change|decide|valide|choisi|signe|oublie)",
      "(la prochaine fois|a l'avenir|desormais|dorenavant) (merci de|pensez a|veillez a|essayez de|prenez le temps de)? (lire|verifier|repondre|nous prevenir|me prevenir|envoyer|tester|regarder|relire|consulter)",
      "(lire|lisez|relire|relisez|lu) ~3 (en entier|jusqu'au bout|en totalite|entierement|attentivement)",
      "(encore une fois|je le repete|je repete|une fois de plus|je vous le redis),? (c'etait|c'est|tout etait|il etait|tout est|cela etait) ~2 (ecrit|indique|precise|prevu|stipule|mentionne|explique|dans)",
      "(avant de|au lieu de) (vous plaindre|vous enerver|nous accuser|m'accuser|paniquer|vous affoler|rouspeter|raler)",
      "(c'est|c'etait|voila) (exactement|precisement|justement) (ce que|de quoi|ce contre quoi) (je|nous) (vous|te) (avais|avions|ai|avons) (dit|prevenu|averti|mis en garde)",
      "(vous n'avez|tu n'as|vous n'aviez|tu n'avais) (meme)? pas (pris la peine|daigne|pris le temps|jamais pris la peine) (de|d')",
      "(c'etait|c'est|tout etait|tout est) (pourtant|bien|clairement|deja)? (ecrit|indique|prevu|precise|stipule)? (dans|au) (le|votre|notre|ce)? (devis|contrat|cahier des charges|brief|bon de commande|proposition|cahier) (que|qu') (vous|tu) (avez|as|aviez|aviez) (signe|valide|accepte|approuve|lu)",
      "(vous avez|tu as|vous aviez|tu avais) ~1 (change|modifie|revu|reecrit|deplace|chamboule|remanie) ~3 (deux fois|trois fois|quatre fois|cinq fois|plusieurs fois|maintes fois|a plusieurs reprises|chaque semaine|tous les jours|sans arret)",
      "(vous|tu) ~6 puis ~4 puis ~4 (de nouveau|a nouveau|encore|re*)",
      "(vous l'avez|tu l'as|vous l'aviez|tu l'avais) (demande|voulu|exige|choisi|valide) (comme ca|comme cela|ainsi|de cette facon|de cette maniere)",
      `si (vous nous l'aviez|tu nous l'avais|vous me l'aviez|tu me l'avais|vous l'aviez|tu l'avais) (seulement|simplement|juste|bien)? ${PART_FR}`,
      "personne (chez vous|de votre cote|dans votre equipe|de votre equipe|de chez vous) (ne|n') ~2 (repondu|lu|envoye|valide|teste|verifie|confirme|prevenu|dit|rappele|relu)",
      "(je|nous) (vous|te) (avais|avions) (bien|pourtant|deja) (dit|ecrit|explique|precise|prevenu|prevenus|averti|avertis) (que|qu')",
      "(c'est|c'etait) (vous|toi) qui (avez|as|aviez|avais) (rate|manque|oublie|neglige|perdu|casse|supprime|efface|modifie|refuse|annule|retarde)",
      "(ce contre quoi|ce dont) (je|nous) (vous|te) (avais|avions|ai|avons) (pourtant|bien)? (mis en garde|averti|prevenu|prevenus)",
    ],
  },
};

// "if you didn't receive it" is a courtesy, not a reproach.
const CONDITIONAL = /(?:\bif|\bwhether|\bin case|\bunless|\bsi|\bau cas ou|\bsauf si)\s*$/;

export default {
  id: 'blame-client',
  summary: {
    en: 'The client is made responsible ("you should have", "as I already said"): state the situation and what happens next.',
    fr: 'Le client est rendu responsable (« vous auriez dû », « comme je vous l\'ai déjà dit ») : exposez la situation et la suite.',
  },
  principles: ['P10'],
  why: { en: "Making the client responsible (\"you should have…\", \"as I already told you…\") turns a problem into a fight about who is right, and an angry client digs in. State the situation and what happens next; do not justify yourself unless you must.", fr: "Rendre le client responsable (« vous auriez dû… », « comme je vous l’ai déjà dit… ») transforme un problème en dispute sur qui a raison, et un client fâché se braque. Exposez la situation et la suite ; ne vous justifiez que si c’est nécessaire." },
  defaultSeverity: 'warning',
  options: {},
  examples: {
    valid: [
      { lang: 'en', text: 'To keep the launch on Friday 27 November, I need the final texts by Wednesday 25 November.\n' },
      { lang: 'en', text: 'If you did not receive the invoice, tell me and I will send it again.\n\n> You should have told us earlier!\n', note: 'A courtesy, and the client\'s own words.' },
      { lang: 'fr', text: 'Pour tenir la mise en ligne du vendredi 27 novembre, il me faut les textes le mercredi 25 novembre.\n' },
      { lang: 'fr', text: 'Si vous n\'avez pas reçu la facture, dites-le-moi.\n' },
    ],
    invalid: [
      { lang: 'en', text: 'You should have told us about the new logo before we printed.\n' },
      { lang: 'en', text: 'As I already said, the price does not include hosting. You didn\'t read my email.\n', count: 2 },
      { lang: 'fr', text: 'Vous auriez dû nous prévenir avant l\'impression.\n' },
      { lang: 'fr', text: 'Comme je vous l\'ai déjà dit, l\'hébergement n\'est pas compris.\n' },
    ],
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const s of proseSentences(ctx)) {
      const hit = matchFamily(FAMILY, s.plain, s.langs, s.span.start, s.norm)
        .find((m) => !CONDITIONAL.test(s.norm.slice(0, m.span.start - s.span.start)));
      if (!hit) continue;
      findings.push({
        span: hit.span,
        message: {
          en: `"${hit.text}" puts the blame on the client: state the facts and what you will do next.`,
          fr: `« ${hit.text} » rejette la faute sur le client : exposez les faits et ce que vous allez faire.`,
        },
      });
    }
    return findings;
  },
} satisfies LintRule;
