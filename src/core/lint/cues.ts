// Phrase families the structural rules look for (pattern syntax: text/phrases.ts). They describe
// what a sentence DOES (announce the next contact, recommend, ask to decide, mitigate), in both
// languages, so rules read meaning from sentences rather than from fixed headings.
import type { PhraseFamily } from './text/phrases.js';

export const NEXT_CONTACT: PhraseFamily = {
  id: 'next-contact',
  patterns: {
    en: [
      'next (update|contact|call|check-in|check in|report|status|email|message|meeting|catch-up|point|review|demo|touchpoint)',
      'hear from (me|us)',
      "(i|we|i'll|we'll) ~2 (send|write|call|email|update|ring|phone|brief|contact|report back to|check in with|follow up with|get back to|come back to|circle back to|touch base with|reach out to) ~3 (you|your)",
      'get back to you', 'be in touch', 'follow up (with you|on)', 'update you', 'keep you (posted|updated|informed)',
      '(talk|speak|meet) (again|next)', 'catch up (on|again)',
      "(let's|let us|we'll|i'll|we will|i will|we can|shall we|we should) ~2 (touch base|reconnect|regroup|sync up|sync|check in|catch up|talk|speak|meet|chat|have a (quick|short)? (call|chat|meeting|catch-up))",
      '(drop|send) you a (line|note|message|quick note)', 'give you a (call|ring|shout|buzz|quick call)', '(ping|text|message) you',
      'talk to you (on|next|again|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)',
      '(talk|speak|chat|meet) (on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)',
      '(my|our|the) next (note|newsletter|recap|summary|sync|session|check|call|update|email)',
      // A dated promise to come back to the client: "I'll confirm on Tuesday 1 December".
      "(i'll|i will|we'll|we will|i'm going to|we're going to) ~1 (confirm|report back|follow up|write|call|phone|telephone|ring|send|share|forward|text|email|e-mail|message|nudge|remind)",
      // Coming over: "I'll pop in with a demo on Thursday", "we'll drop by on Monday".
      "(i'll|i will|we'll|we will) ~1 (pop|drop|come|stop|swing) (in|by|round|over)", 'catch you (on|next|monday|tuesday|wednesday|thursday|friday|tomorrow)',
      "(be|get|getting) back in touch", 'catch up (monday|tuesday|wednesday|thursday|friday|tomorrow|next)', "next (week's|month's) (update|report|call|email|note|recap|summary|check-in)",
      // "I'll let you know by Friday"; a contact coordinated with another dated act: "I'll check the account on Friday 27 November and write to you then".
      // "I'll give you a bell", "We'll reconvene", "I'll circle back Wednesday", "Next sync:", "See you at Tuesday's meeting", "More from me on Friday".
      'give you a (bell|tinkle|holler|shout|buzz|call|ring)', "(let's|let us|we'll|we will|i'll|i will|we can|shall we) ~1 (reconvene|reconnect|regroup|circle back|check back|follow up|pick this up|pick it up)",
      'next (sync|sync-up|round-up|roundup|stand-up|standup|session|chat|conversation|discussion|talk|get-together)', 'see you (on|at|monday|tuesday|wednesday|thursday|friday|tomorrow|next)',
      'more from (me|us)', 'same time next (week|monday|tuesday|wednesday|thursday|friday)',
      "(i|we) ~2 (suggest|propose) (a|an|that we have a) ~2 (call|meeting|catch-up|chat|check-in|sync|video call|demo)",
      // A dated meeting named by its kind ("sprint 7 planning Mon 30 Nov"), a report presented, being there in person.
      '(planning|review|retro|retrospective|demo|workshop|kick-off|kickoff|meeting|call|session|stand-up|standup|walkthrough) ~2 (on)? (monday|tuesday|wednesday|thursday|friday|mon|tue|tues|wed|thu|thurs|fri)',
      "(i'll|i will|we'll|we will) ~1 (present|show you|walk you through|take you through|demo|go through)", "(i'll|i will|we'll|we will) be (at|in|with you|there|on site|over)",
            "(i'll|i will|we'll|we will|i'm going to|we're going to|i|we) ~2 let you know", 'and (then)? (write to|call|email|ring|phone|update|contact|text|message|nudge|remind|ping|get back to|come back to|report back to|circle back to|follow up with) you',
    ],
    fr: [
      '(prochain|prochaine|prochains|prochaines) (point|contact|echange|appel|rendez-vous|mise a jour|nouvelle|nouvelles|compte rendu|bilan|reunion|message|courriel|mail|e-mail|demo|visio|suivi|relance|envoi|topo|retour|recap)',
      '(je|nous|on) (te|vous|t\') (fais|ferai|ferons|faisons|fait|fera) (un|le|mon|notre)? (petit)? (topo|point|retour|recap|recapitulatif|compte rendu|bilan)',
      '(je|nous|on) (ferai|ferons|fera|referai|referons|refera|fais|faisons|fait) (un|le|mon|notre|le prochain)? (suivi|point|relance)',
      '(je|nous) (vous|te|t\') ~2 (recontacte*|rappelle*|rappellerai|rappellerons|ecris|ecrirai|ecrirons|enverrai|enverrons|envoie|envoyons|appelle*|appellerai|appellerons|tiendrai|tiendrons|tiens|tenons|informe*|donnerai|donnerons|ferai|ferons|confirme*|telephone*)',
      '(je|nous) (reviens|reviendrai|revenons|reviendrons) vers (vous|toi)',
      "(je|nous) (te|vous) (reviens|reviendrai|revenons|reviendrons)", // Québec: « je te reviens là-dessus d'ici le 4 »
      '(rendez-vous|rdv) (le|lundi|mardi|mercredi|jeudi|vendredi|samedi|demain)',
      "(vous|tu) (aurez|auras) (de mes|de nos|des) nouvelles",
      "(je|nous|on) (vous|te) ~1 (telephone*|redonne*|donne des nouvelles|fais signe|ferai signe|ferons signe|faisons signe|passe un coup de fil|passerai un coup de fil|texte*|relance*|recris|recrirai|reecris|reecrirai)",
      "(je|nous|on) (reprends|reprendrai|reprenons|reprendrons|reprendra|reprend) contact", "(reprendre|reprise de) contact",
      "on se (parle|reparle|rappelle|recontacte|voit|revoit|appelle|ecrit|redit|fait un (appel|point|call|coup de fil|visio))", "on s' (appelle|ecrit|reparle|rappelle|revoit)",
      // First-person futures say who speaks without a subject: « … et reviendrai vers vous à cette date », « vous rappellerai ».
      '(reviendrai|reviendrons) vers (vous|toi)', "(je|nous) (passerai|passerons|repasserai|repasserons)", "(vous|te|t') (recontacterai|recontacterons|rappellerai|rappellerons|ecrirai|ecrirons|appellerai|appellerons|telephonerai|telephonerons|enverrai|enverrons|confirmerai|confirmerons|redirai|redirons|dirai|dirons|relancerai|relancerons|tiendrai|tiendrons)",
      "(je|nous|on) (te|vous|t') (redis|redit|redisons)", "(j' appellerai|j' appelle|je telephonerai|nous appellerons|nous telephonerons) (le|la|au|a|votre|ton|ta|vos|tes)",
      // « on se cale un appel mardi », « on se jase de ça lundi » (Québec), « rendez-vous téléphonique fixé au 24/11 », « suite au prochain épisode ».
      "(on|nous) (se|nous) (cale|calons|prevoit|prevoyons|fixe|fixons|organise|organisons|booke|bloque|bloquons) (un|une)? ~1 (appel|point|call|visio|rendez-vous|rdv|reunion|echange|coup de fil)",
      "on (se|s'en) (jase|jasera|reparle|parlera)", "(rendez-vous|rdv|appel|point|visio|reunion) ~2 (fixe*|prevu*|cale*|programme*|confirme*) (au|le|pour|a)",
      'suite au prochain episode', "(on|nous) (refait|refaisons|referons|refera) (un|le) (tour|point)", "(des )?nouvelles de (ma|notre) part",
      "(je|nous) (vous|te) (propose|proposons|proposerai) (un|une) ~1 (point|appel|rendez-vous|rdv|visio|reunion|echange|call|coup de fil)",
      // Une réunion datée nommée par son genre (« planification du sprint 7 le lun. 30/11 »), un rapport présenté, être sur place.
      '(planification|reunion|atelier|demo|demonstration|revue|seance|visio|visioconference|rencontre|retrospective) ~4 (lundi|mardi|mercredi|jeudi|vendredi|lun|mar|mer|jeu|ven)',
      "(je|nous) (vous|te|t') (presenterai|presenterons|montrerai|montrerons|ferai voir|ferons voir)", "(je serai|nous serons|on sera) (a|au|aux|chez|sur place|avec vous|avec toi|la)",
      'point d\' etape', '(faire|ferons|ferai) le point (avec vous|ensemble)', '(on|nous) (refait|refaisons|referons|refera) le point', '(on|nous) en (reparle|reparlera|reparlerons|reparlons|parle|parlera|parlerons|parlons)', 'on se (reparle|rappelle|recontacte|voit)', 'nous (reparlerons|nous reparlerons|en reparlerons)',
    ],
  },
};

export const RECOMMEND: PhraseFamily = {
  id: 'recommend',
  patterns: {
    en: [
      '(i|we) ~2 (recommend*|suggest*|advise|advice|favour|favor|lean towards|prefer|propose)',
      "(my|our) (recommendation|advice|suggestion|preference|pick|choice)", 'recommended', 'recommendation',
      // "I'd suggest B", "we would recommend the first": the contraction is one word, so it is listed.
      "(i'd|i would|we'd|we would) ~1 (suggest*|recommend*|advise|propose)", "(i'd|i would|we'd|we would) (go with|choose|pick|take|do (both|the (first|second|former|latter)|that|this|option|a|b|1|2))",
      '(the )?(best|safest|wisest) (option|choice|path)',
      "(i'd|i would|we'd|we would) (go for|opt for|lean towards|lean toward)", '(makes|make) the most sense', 'the way to go', '(in your shoes|if i were you|if it were (me|my|our))',
    ],
    fr: [
      '(je|nous) ~2 (recommande*|conseille*|suggere*|preconise*|propose*|penche*|privilegie*|prefere*)',
      '(ma|notre) (recommandation|preference|suggestion|conseil|choix)', 'recommandation', '(mon|notre) (conseil|choix)', 'recommande|recommandee|conseillee|conseille',
      '(la )?(meilleure|plus sure) (option|solution)', "(j'|nous) (opterais|opterions|choisirais|choisirions)",
      "(je|j'|nous) (prendrais|prendrions|irais|irions|partirais|partirions|retiendrais|retiendrions|garderais|garderions)", "(je|nous) (ferais|ferions) (les deux|la premiere|la seconde|la deuxieme|l' option|a|b|1|2)", "a (ta|votre) place", "(me|nous) (semble|semblent|parait|paraissent) (la|le|les)? (plus|meilleur|meilleure|meilleurs|meilleures|mieux)", "(mon|notre) avis", 'personnellement',
    ],
  },
};

/** A request that the client decide, choose or confirm something. */
export const DECISION_ASK: PhraseFamily = {
  id: 'decision-ask',
  patterns: {
    en: [
      'which (option|one|solution|approach|date|version|of these)', '(would|do) you (prefer|like|want|rather)',
      '(please|can you|could you|kindly) ~2 (confirm|choose|pick|decide|approve|validate|sign off)', '(please|can you|could you|kindly) ~1 (let me know|let us know|tell me) (which|whether|if|your)',
      '(let me|let us) know (which|whether|if|what|your)', 'your (decision|choice|approval|go-ahead|green light|answer|confirmation)',
      '(need|needs|waiting for|waiting on) ~2 (your|a) (decision|choice|approval|go-ahead|answer|confirmation|input|feedback)',
      '(shall|should) (i|we) (go|proceed|start)',
      'which (would|will|does|do) (suit|work for|fit) you', "(are|is) (you|that|this|it) (ok|okay|fine|good|happy|comfortable) with", '(which|what) way (you|do you|would you)', 'does (this|that|it|option) ~1 work for you',
    ],
    fr: [
      '(quelle|quel) (option|solution|date|version|approche|formule|piste)', '(laquelle|lequel) (preferez|choisissez|retenez|souhaitez)', '(preferez|souhaitez|voulez)-vous', '(vous|tu) (preferez|souhaitez|voulez|prefereriez|souhaiteriez)',
      '(merci de|pouvez-vous|pourriez-vous|pourrais-tu|peux-tu|je vous remercie de) ~2 (confirmer|choisir|valider|decider|approuver|trancher)', '(merci de|pouvez-vous|pourriez-vous|pourrais-tu|peux-tu|je vous remercie de) ~1 (me dire|nous dire|m\' indiquer|nous indiquer|me faire savoir|nous faire savoir) (quelle|laquelle|lequel|si|s\' il|votre)',
      '(votre|ta) (decision|choix|accord|validation|feu vert|reponse|confirmation|retour)',
      '(dites|dis|faites)-(moi|nous) (savoir)? (quelle|laquelle|lequel|si|s\' il|votre)', '(faut-il|dois-je|devons-nous) (lancer|commencer|continuer|proceder|partir)',
      "(laquelle|lequel|lesquelles|lesquels) (vous|te) (convient|conviennent|va|vont|plait|plaisent|arrange|arrangent)", "(est-ce que|est-ce qu') ~4 (vous|te) (va|convient|plait|arrange)",
      "(tu me dis|vous me dites|tu me diras|vous me direz) ~3 (choisis|choisissez|preferes|preferez|decides|decidez|quelle|laquelle|lequel|si|retiens|retenez)", "(j'attends|nous attendons|j'attendrai|nous attendrons) (votre|ton|ta|vos|tes)",
    ],
  },
};

/** Words that set a deadline: "by", "before", « d'ici le », « avant le ». */
export const DEADLINE: PhraseFamily = {
  id: 'deadline',
  patterns: {
    en: ['by|before|until|till|no later than|deadline|decide|decision|due|latest|cut-off|cutoff|confirm|answer|reply|respond|choose|approve|approval'],
    fr: ["d' ici|d'ici|avant|au plus tard|jusqu' au|jusqu'au|date limite|echeance|decider|decision|confirmer|repondre|reponse|choisir|valider|validation|accord|pour le"],
  },
};

export const MITIGATION: PhraseFamily = {
  id: 'mitigation',
  patterns: {
    en: [
      "(i|we|i'm|we're|i've|we've|i'll|we'll) ~3 (mitigat*|prevent*|limit*|reduc*|avoid*|prepar*|plan*|test*|monitor*|watch*|check*|set up|setting up|build*|add*|keep*|book*|reserv*|secur*|contact*|talk*|ask*|start*|work*|chas*|follow*|back*|switch*|move*|order*|buffer*|schedul*|speak*|writ*|call*|document*)",
      'mitigation', 'to (limit|reduce|avoid|prevent|contain|protect)', 'fallback|fall-back|plan b|workaround|backup|safety net|contingency|buffer',
      'in the meantime', 'meanwhile', 'to be safe|just in case|as a precaution|to be on the safe side|worst case|in the worst case|to play it safe',
      // Something already done, whatever the verb ("I've listed them for your office"), as « j'ai … » does in French.
      "(i've|we've)", '(i|we) (have|had) (already|also|just)',
      // A fallback said after its condition ("Should it be late, we can launch with…"), an action
      // already taken in note style ("Requested on 17 Nov"), the client asked to help ("Could you nudge…").
      "(if|should|in case|otherwise) ~8 (we|i|we'll|i'll|we'd|i'd) (can|could|will|would|still|then)?", '(requested|chased|escalated|reminded|followed up) (on|with|again)',
      '(could|can|would) you ~3 (nudge|chase|ask|remind|contact|call|check with|push|follow up)',
    ],
    fr: [
      '(je|nous|j\') ~3 (limite*|reduis|reduisons|evite*|prepare*|prevois|prevoyons|teste*|surveille*|verifie*|mets|mettons|ajoute*|garde*|reserve*|securise*|contacte*|relance*|demande*|commence*|travaille*|suis|sommes|vais|allons|ai|avons|prevu*|anticipe*|suit|suivons|suis|bascule*|commande*|planifie*|documente*|appelle*|ecris)',
      // Un repli dit après sa condition (« S'il était en retard, nous pourrions ouvrir… »), une action déjà faite en style télégraphique, le client sollicité.
      "(si|s'|au cas ou|sinon) ~8 (nous|je|j'|on) (pouvons|pourrons|pourrions|peux|pourrai|pourrais|peut|pourra|pourrait|ferons|ferai|passerons|passerai|basculerons|basculerai|testerai|testerons)", '(demande|demandee|demandes|demandees|relance|relancee|relances) (le|hier|deja|a nouveau)',
      '(tu peux|vous pouvez|peux-tu|pouvez-vous|pourrais-tu|pourriez-vous) ~2 (relancer|appeler|contacter|demander|pousser|rappeler|verifier)',
      'pour (limiter|reduire|eviter|prevenir|contenir|proteger)', 'par precaution|au pire|dans le pire des cas|pour plus de surete|par securite|par prudence|pour etre prudent', 'attenuation|plan b|solution de repli|contournement|sauvegarde|marge|filet de securite|en attendant|d\' ici la|parade',
    ],
  },
};

export const IMPACT: PhraseFamily = {
  id: 'impact',
  patterns: {
    en: [
      '(would|could|might|may|will|can) ~2 (delay*|push*|slip*|move*|cost*|add*|block*|break*|stop*|affect*|impact*|mean*|lose|lead|postpone*|shift*|miss*|prevent*)',
      'impact|consequence*|effect on|affects|delay*|cost*|extra|late|later|slip*|downtime|outage|lost|loss|blocked|pushed back|postpone*|budget',
      'this means|that means|which means|you (would|could|might|will) (lose|pay|wait|see|need|have)',
      // The service stops for the client: the impact most risk notes describe.
      '(stop|stops|stopped) working|(go|goes|went) (offline|down)|offline|unavailable|inaccessible|unreachable',
      // The plan keeps the client whole: the impact is said to be none ("so the launch date holds").
      "(launch|date|deadline|schedule|plan|opening|delivery) ~2 (holds|stays|is safe|is kept|does not move|doesn't move|won't move|will not move|is not affected|isn't affected)",
      '(no|nothing) (changes|change|different) for (you|your)', '(is|are) not affected',
      // What the client would be left without: "you would open on 5 December without card payments".
      '(would|could|might) ~4 (without|no longer)', '(without|lacking) (it|them|this|that|one) ~6 (would|could|might|will)',
      // Someone goes without what they should get: "those members won't get the reminders".
      "(won't|will not|wouldn't|would not|can't|cannot|couldn't|could not) ~1 (get|receive|see|reach|be able|be sent|be charged|arrive|load|open)",
      // An incident's impact as it happened: who was hit, and how many ("212 customers were affected").
      '(was|were|have been|has been|had been) ~2 (hit|overcharged|double-booked|locked out|left without|unable)', 'affected|impacted',
      // Something the client's site or tool relies on goes away: "the free feed that fills your lesson page closes on 31 March".
      '(feed|service|api|plugin|app|platform|offer|tier|plan|server|hosting|tool|library|provider|integration|extension|module) ~14 (closes|closing|shuts|shutting|discontinued|retired|retiring|ends|ending|sunset*|withdrawn|deprecated|end-of-life)',
    ],
    fr: [
      '(pourrait|pourraient|ferait|feraient|entrainerait*|entrainer|retarderait*|decalerait*|couterait*|bloquerait*) ~2 (retard*|decal*|cout*|bloqu*|arret*|perte|perdre|repouss*|report*|coupure|coupe*|interromp*|empech*)',
      'impact|consequence*|effet sur|retard*|tarder|tardera|tarde|decal*|cout*|surcout*|supplement*|bloque*|perte|perdu*|interruption|coupure|budget|report*|repouss*|en retard',
      'cela (signifie|veut dire|implique)', 'ce qui (signifie|veut dire|implique|retarde*|decale*|repousse*)',
      '(cesse|cessent|cessera|cesseront|cesserait|cesseraient|arrete*) de (fonctionner|marcher|repondre)|(ne|n\') ~2 (fonctionne*|marche*|repond*) plus|hors ligne|inaccessible*|indisponible*',
      // Le plan protège le client : l'impact est dit nul (« pour tenir la date d'ouverture »).
      "(pour|afin de) (tenir|garder|maintenir|respecter) ~2 (date|dates|planning|delais|calendrier|lancement|ouverture)", "(date|planning|lancement|ouverture|livraison) ~2 (tient|reste|restera|ne bouge pas|ne bougera pas|n' est pas touche*)", 'rien ne change pour (vous|toi)', '(n\' est|ne sont) pas (touche*|concerne*)',
      "(ne|n') ~2 (recevra|recevront|recevrait|recevraient|pourra|pourront|pourrait|pourraient|verra|verront|arrivera|arriveront|partira|partiront) (pas|plus|jamais)",
      // « vous ouvririez le 5 décembre sans paiement par carte » : un conditionnel, et ce qui manquerait.
      '(*riez|*rais|*rait|*raient|*rions) ~4 (sans|plus de|pas de)', '(sans|faute de) (lui|elle|eux|elles|cela|ca|celui-ci|celle-ci) ~6 (*riez|*rais|*rait|*raient|*rions)',
      // « elle n'afficherait plus aucune traversée » : ce qui cesserait, au conditionnel ou au futur.
      "(ne|n') ~2 (*rait|*raient|*ra|*ront) (plus|jamais)",
      // L'impact d'un incident tel qu'il a eu lieu : qui a été touché, combien (« 212 patients ont été concernés »).
      '(ont|a|avaient|avait|sont|est) ete ~2 (concerne|concernes|concernee|concernees|touche|touches|touchee|touchees|affecte*|impacte*|prive*|bloque*)', "(n') ~2 (ont|a|avaient|avait) pas pu",
      // Ce dont dépend le site du client disparaît : « le flux gratuit qui alimente la page des conditions s'arrête le 31 mars ».
      "(flux|service|api|extension|module|offre|formule|plateforme|serveur|hebergement|outil|bibliotheque|fournisseur|application|appli) ~14 (s'arrete|s'arretera|s'arreterait|s'arretent|arrete|arretera|arreterait|ferme|fermera|fermerait|disparait|disparaitra|disparaitrait|supprime|supprimee|abandonne|abandonnee|prend fin|prendra fin|cesse|cessera)",
    ],
  },
};

export const RISK_MENTION: PhraseFamily = {
  id: 'risk',
  patterns: {
    en: ['risk|risks|risky|at risk|danger|threat|might (not|slip|delay|miss|fail|break)|may (not|slip|delay|miss|fail|break)|could (slip|delay|miss|fail|break)'],
    fr: ["risque|risques|menace|danger|il se peut|pourrait (ne pas|glisser|retarder|echouer|casser|manquer)|il est possible qu'|il est possible que"],
  },
};

/** Proposing a solution or justifying oneself: what should come after acknowledging (acknowledge-first). */
export const PROPOSE_OR_JUSTIFY: PhraseFamily = {
  id: 'propose-or-justify',
  patterns: {
    en: [
      '(i|we) ~1 (propose|suggest|offer|recommend|can offer|could offer|will fix|can fix|have fixed|fixed)',
      '(here is|here are|here\'s) (what|my|our|the) (plan|proposal|solution|options|offer)', '(the|my|our|a) (solution|fix|proposal|offer|discount|refund) (is|would be)',
      'because|the reason|due to|actually|in fact|to be fair|technically|to explain|let me explain|in our defen*|as a matter of fact',
      '(option|solution) (a|b|1|2|one|two)',
    ],
    fr: [
      '(je|nous) ~1 (propose*|suggere*|offre*|offrons|recommande*|pouvons|peux) (de|d\'|une|un|la|le|les|vous)?',
      '(voici|voila) (ce que|mon|notre|la|les) (plan|proposition|solution|solutions|options|offre)?', '(la|ma|notre|une) (solution|proposition|offre|remise|reduction) (est|serait)',
      'parce que|parce qu\'|car|en fait|la raison|a cause de|a vrai dire|techniquement|pour expliquer|je m\' explique|en realite',
      '(option|solution) (a|b|1|2)',
    ],
  },
};

/** Saying what you will do (a reply's "What we will do", said in prose). */
export const WILL_DO: PhraseFamily = {
  id: 'will-do',
  patterns: {
    en: ["(i|we|i'll|we'll) ~1 (will|shall|propose|suggest|offer|can|am going to|are going to)", "(i'll|we'll)", "here is what (i|we) (propose|suggest|will do)",
      // The remedy already done: "I've fixed the filter and attached the full export".
      "(i've|we've|i have|we have) ~2 (fixed|corrected|refunded|added|resent|replaced|removed|restored|reverted|rebuilt)"],
    fr: ['(je|nous) ~1 (vais|allons|propose*|suggere*|offre*|pouvons|peux|ferai|ferons|enverrai|enverrons|corrigerai|corrigerons)', "voici ce que (je|nous) (propose*|ferai|ferons|allons faire|vais faire)",
      // A first-person future, pronoun between or not: « je l'ajouterai », « nous vous rembourserons ».
      "(je|j'|nous) (vous|te|t'|l'|le|la|les|lui|leur|en|y)? (*erai|*irai|*rai|*erons|*irons|*rons)",
      // Remedies in the present that mean the future: « je remets les anciennes images ce soir ».
      "(je|nous) (vous|te|t'|les|le|la|l'|lui|leur)? (remets|remettons|corrige|corrigeons|rembourse|remboursons|retire|retirons|refais|refaisons|repare|reparons|annule|annulons|compense|compensons|offre|offrons|reprends|reprenons)",
      // The remedy already done: « j'ai corrigé le filtre et je vous joins l'export complet ».
      "(j'ai|nous avons|on a) ~2 (corrige|repare|refait|rembourse|ajoute|renvoye|remis|retire|annule|remplace|mis a jour|retabli|restaure)", "(je|nous) (vous|te) (joins|joignons|renvoie|renvoyons)"],
  },
};
