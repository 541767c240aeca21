// What a section is about, in words people use for it: the meaning behind the heading synonyms of
// note-types.ts, so "Looking ahead", « La suite » or « Ce qui s'en vient » are the "next" section of
// a status note without being listed one by one. Data in the phrase syntax of lint/text/phrases.ts
// (`*` ends a stem, `~n` allows n words between, `(a|b)` alternatives, `?` optional), matched on the
// lower-cased, accent-free heading or bold label. A cue is only tried for the note's own type, and
// after every listed synonym, so a new cue cannot steal a heading a list already places.
//
// PROSE: the same sections said without any heading, sentence by sentence ("Nothing is blocking me
// at the moment.", « Pourriez-vous m'envoyer le logo ? »): a note written as a plain email has them.
import type { PhraseFamily } from '../lint/text/phrases.js';

type Cues = { en: string[]; fr: string[] };

/** Section id -> heading cues. Order matters: the first section whose cue matches wins. */
export const HEADING_CUES: ReadonlyArray<[string, Cues]> = [
  ['next-contact', {
    en: ['next (update|contact|call|check-in|check|meeting|report|catch-up|touchpoint|sync|email|demo|chat|status)', '(talk|speak|meet|chat) (again|next|soon)', 'hear from (me|us)', 'when (we|we\'ll|i\'ll) (talk|speak|meet|catch up|sync)', 'our next', 'next (touch base|conversation|talk|call|step*)', 'catch (you|up)'],
    fr: ['(prochain|prochaine) (point|contact|rendez-vous|rdv|appel|echange|bilan|compte rendu|suivi|visio|message|courriel|mail|mise a jour|rencontre|reunion|nouvelles)', 'on se (reparle|rappelle|parle|voit|revoit|recontacte|redit|appelle)', "on s' (appelle|ecrit|reparle|rappelle|revoit)", '(de mes|de nos|des) nouvelles', 'quand (on|nous) (se|nous)? (reparle*|rappelle*|parle*|verr*)', '(on|nous) (en|se|s\')? (reparle*|reparlons)', '(refait|refaisons|referons|refera|fait|ferons|fera) le point'],
  }],
  // Status
  ['needed', {
    en: ['(from|on) (you|your side|your end)', 'over to you', '(need|needs|needed) (you|your)', 'for you to (do|check|review|decide|send|approve|sign)', 'your (side|end|turn|part|input|review|homework|to-dos|action*|answer*)', '(i|we) (need|still need|would need)', '(bits|things|what) ~2 need', 'waiting (on|for)', 'awaiting', 'input* needed', 'action items', '(asks|requests) (for you)?', 'questions for you', 'for your (review|approval|input)', 'pending', '(a|your) hand', 'help (with|from you|needed)', 'your help'],
    fr: ['de (votre|ta|ton|vos|tes) (part|cote|bord)', '(votre|ton|ta) (cote|bord)', 'a (toi|vous) (de jouer)?', 'besoin*', '(attends|attend|attendons|attendu*) de', 'en attente', '(vos|tes) (retours|actions|validations)', 'retours attendus', 'a valider', 'validation* attendu*', 'il me faut', 'il me manque', 'questions pour (vous|toi)', 'pour (vous|toi)', '(petites|mes|quelques) demandes', 'coup de main', '(ton|votre) aide', 'aide* (de|pour)'],
  }],
  ['blockers', {
    en: ['block*', 'risk*', 'issue*', 'problem*', 'concern*', 'obstacle*', 'roadblock*', 'impediment*', 'challeng*', 'watch', 'watch-out*', 'keep an eye', 'in the way', 'hurdle*', 'snag*', 'worr*', 'stuck', 'heads-up', 'heads up', 'caveat*', 'watch*', 'monitor*', 'keeping an eye', 'alert*', 'hiccup*', 'glitch*', 'bump*', 'niggle*'],
    fr: ['bloc*', 'bloqu*', 'risque*', 'vigilance', 'attention', 'souci*', 'probleme*', 'difficult*', 'obstacle*', 'frein*', 'coince*', 'accroch*', 'alerte*', 'surveill*', 'imprevu*', 'inquiet*', 'embuche*', 'hic', 'bemol*', 'a l\' oeil', 'pepin*', 'accroc*', 'couac*', 'a signaler'],
  }],
  ['next', {
    en: ['next', 'upcoming', 'coming', 'ahead', 'plan*', 'not (yet)? started', '(new|revised) (date|deadline|timeline)', 'to start', 'to do', 'to-do', 'todo', 'on deck', 'on the docket', 'in progress', 'still to do', 'after (this|that)', 'afterwards', 'then', 'what follows', 'following', 'roadmap', 'following week', 'remaining', "what's left", 'what is left', 'in the pipeline', 'queue*', 'still open', 'open items', 'under way', 'underway', 'work in progress', 'wip'],
    fr: ['suite', 'ce qui suit', 'prochain*', 'a venir', 'pas (encore)? commence*', '(nouvelle|nouveau) (date|echeance|calendrier|delai)', 'date revisee', 'a commencer', 'a demarrer', 'prevu*', 'prevoi*', 'programme', 'ensuite', 'apres', 'a faire', 'en cours', "s'en vient", 'qui vient', 'qui arrive', 'semaine prochaine', 'reste a faire', 'planning', 'objectif*', 'etapes', 'au menu', 'a suivre', 'dans les tuyaux', 'en preparation', 'en chantier', 'sur le feu', 'en suspens', 'reste', 'restant*'],
  }],
  ['done', {
    en: ['done', 'did', 'finish*', 'complet*', 'where (it|things|we|the project) (stand*|is|are)', 'accomplish*', 'shipped', 'delivered', 'progress', 'got through', 'got done', 'wrapped', 'sorted', 'wins', 'highlights', 'achiev*', 'built', 'so far', 'recap', 'in review', 'is live', 'went live', 'launched', 'this week', 'last week', "what's new", 'what is new', 'news', 'out the door', 'this month', 'last month', 'this sprint', 'released', 'went out'],
    fr: ['fait', 'faits', 'fini*', 'termin*', "ou (on|nous|j') en (est|sommes|suis)", 'boucl*', 'realis*', 'avanc*', 'achev*', 'livre', 'livres', 'complete*', 'en ligne', 'bilan', 'cette semaine', 'accompli*', 'reussi*', 'regle*', 'ou en est', 'etat', 'nouveaute*', 'du nouveau', "c' est fait", 'ce mois-ci', 'ce mois ci', 'ce sprint', 'sorti', 'sortie', 'sortis', 'sorties', 'mis en ligne', 'en production'],
  }],
  // Incident
  ['what-happened', {
    en: ['happen*', 'going on', 'issue', 'problem', 'incident', 'situation', 'went wrong', 'what we found', 'what i found', 'facts', 'summary', 'what broke', 'the bug', 'outage'],
    fr: ['se passe', "s'est passe", 'arrive', 'probleme', 'incident', 'situation', 'faits', 'constat*', 'ne va pas', 'resume', 'panne', 'le souci', 'le bug'],
  }],
  ['impact', {
    en: ['impact*', 'affect*', '(means|mean) for you', 'would mean', 'consequence*', 'effect*', 'why it matters', 'what changes for you', 'for you', 'what (this|it) means', 'if (it|this|that) (happens|happened|goes wrong)', 'for your (business|shop|site|customers|clients|team)'],
    fr: ['impact*', 'consequence*', 'pour (vous|toi)', 'chang* pour', 'effet*', 'implique*', 'concretement', 'ce que ca change', 'ce que cela change', 'si (ca|cela|c\') (se produit|arrive|arrivait|se produisait)', 'pour (ton|votre|vos|tes) (site|boutique|clients|activite|equipe)'],
  }],
  ['apology', {
    en: ['sorry', 'apolog*', 'my bad', 'on me', 'regret*'],
    fr: ['excuse*', 'desole*', 'pardon', 'mea culpa', 'regret*'],
  }],
  ['options', {
    en: ['option*', 'choice*', 'choose', 'alternative*', 'scenario*', 'solution*', '(way|ways) forward', 'what we can do', 'what i can do', 'possibilit*', 'fix*', 'path*'],
    fr: ['option*', 'solution*', 'piste*', 'choix', 'possibilit*', 'scenario*', 'alternative*', 'ce que (nous|je|on) (pouvons|peux|peut) faire', 'correctif*', 'rattraper', 'remedier', 'comment (faire|corriger|reparer|rattraper|regler)'],
  }],
  ['recommendation', {
    en: ['recommend*', 'suggest*', 'advice', 'advise', '(i\'d|i would|we\'d|we would) (pick|go|choose|do|take)', '(my|our) (pick|choice|preference|advice|take)', 'prefer*', 'what i would do'],
    fr: ['recommand*', 'conseil*', 'suggere*', 'suggestion', '(mon|notre) (avis|choix)', '(je|nous) (choisirais|choisirions|prendrais|prendrions|ferais|ferions|penche*)', 'a (ta|votre) place', 'prefer*', 'privilegi*'],
  }],
  ['decision-date', {
    en: ['decision*', 'decide*', '(your|an) (answer|reply|go-ahead|green light|call)', 'answer by', 'reply by', 'deadline', 'by when', 'let me know by'],
    fr: ['decision*', 'decid*', '(ta|votre) (reponse|decision|accord|feu vert|choix)', 'date limite', 'echeance', 'trancher', 'repondre avant', 'avant (le|quand)'],
  }],
  // Risk
  ['risk', {
    en: ['risk', 'the risk', 'seeing', 'could (happen|go wrong)', 'might (happen|go wrong)', 'warning', 'threat', 'danger', 'watch out', 'potential (problem|issue)', "what's coming", 'the issue', 'the problem', 'heads-up', 'heads up', 'concern*', 'worr*'],
    fr: ['risque', 'le risque', 'vois venir', 'pourrait (arriver|se passer|mal tourner)', 'menace', 'danger', 'alerte', '(probleme|souci) (potentiel|possible)', 'se profile', 'le souci', 'le probleme', 'ce que je (vois|constate)', 'inquiet*', 'preoccup*'],
  }],
  ['likelihood', {
    en: ['likel*', 'probab*', 'how (likely|sure|probable)', 'chance*'],
    fr: ['probab*', 'vraisemblance', 'chance*', 'quelle (chance|probabilite)'],
  }],
  ['mitigation', {
    en: ['doing about', "(what i'm|what i am|what we're|what we are) doing", 'mitigat*', 'prevent*', 'avoid', 'action plan', 'my plan', 'our plan', 'the plan', 'handling', 'countermeasure*', 'safeguard*', 'in the meantime', 'precaution*', 'plan b', 'fallback', 'to limit', 'put in place', 'set up', 'backup plan'],
    fr: ['ce que (je|nous|on) (fais|faisons|fait|mets en place)', "pour l' eviter", 'pour (eviter|limiter|prevenir)', 'attenu*', 'mesure*', 'prevention', "plan d' action", 'parade*', 'en attendant', 'precaution*', 'plan b', 'solution de repli', 'mets en place', 'mis en place', 'prevu pour'],
  }],
  // Reply
  ['acknowledgement', {
    en: ['you (told|said|wrote|raised|asked|mentioned)', 'what i (understand|understood|heard|hear)', 'i hear you', 'your (concern*|feedback|message|point|email|complaint|frustration)', 'understanding', 'where you are coming from'],
    fr: ['(tu|vous) (m\' as|m\' avez|me dis|me dites|nous as|nous avez) (dit|ecrit|explique|signale|demande)?', 'ce que (je comprends|j\' ai compris|j\' entends|je retiens)', '(votre|ta|ton|vos|tes) (preoccupation*|remarque*|message|retour|courriel|mail|inquietude*|mecontentement)', 'si je (vous|te) comprends bien'],
  }],
  ['what-we-will-do', {
    en: ['(will|\'ll|going to) do', 'doing about', "(what i'm|what i am|what we're|what we are) doing", 'propos*', 'plan', 'next steps', 'what happens (now|next)', "(here's|here is) what", 'how (i|we) (will|\'ll) fix', 'solution', 'to make (it|this) right', 'the fix'],
    fr: ['(vais|allons|va) faire', 'ce que (je|nous|on) (fais|faisons|fait)', 'propos*', 'solution*', 'la suite', 'plan', 'correct*', 'voici ce que'],
  }],
  ['make-it-right', {
    en: ['make (it|this|things) right', 'what would help', 'your view'],
    fr: ['(ce qui|qu\' est-ce qui) (vous|te) (conviendrait|aiderait|arrangerait)', 'votre avis', 'ton avis'],
  }],
  // Delay
  ['what-moves', {
    en: ['delay*', 'slip*', '(move|moves)', 'moving', 'what changes', "what's late", 'pushed', 'postpon*', 'affected', 'what is late'],
    fr: ['retard*', 'glisse*', 'bouge*', 'decal*', 'ce qui change', 'report*', 'repouss*', 'concerne'],
  }],
  ['reason', {
    en: ['why', 'reason*', 'cause*', 'because', 'what happened', 'explanation'],
    fr: ['pourquoi', 'raison*', 'cause*', 'explication*', "ce qui s' est passe", 'origine'],
  }],
  // Expectations and closing notes, often written as bold labels: "**What you'll get:**", « **Changements en cours de route :** ».
  // What is left out before what is in: "Not in scope", « Ce qui n'est pas compris ».
  ['out-of-scope', {
    en: ['not (in scope|included|covered|part of)', "what (i|we) (won't|will not|don't|do not)", 'out of scope', 'outside (the)? scope', 'exclu*', 'not in the (price|quote)',
      'outside (the|this|our)? (engagement|brief|contract)', 'not in the (brief|contract)'],
    fr: ["(n' est|ne sont) pas (compris|inclus|prevu*)", "ce que (je|nous|on) (ne|n') ~2 (pas|plus)", 'non (compris|inclus|prevu*)', 'pas (compris|inclus)', 'hors (perimetre|forfait|devis|mission)', 'exclu*',
      // Québec: the engagement is the « mandat » (« Hors mandat », « En dehors du mandat »).
      '(hors|en dehors du) (mandat|contrat)'],
  }],
  ['scope', {
    en: ['scope', 'includ*', 'covered', "what (i|we|i'll|we'll) (will)? (build|make|do|deliver|cover)"],
    fr: ['perimetre', 'compris', 'inclus', 'ce qui est prevu', 'contenu de la mission', 'ce que (je|nous) (construis|construisons|realise|realisons|livre|livrons)',
      // Québec: « Portée du mandat », « Le mandat », « Contenu du mandat ».
      'portee', 'mandat'],
  }],
  ['revisions', {
    en: ['revision*', 'round*', 'iteration*', 'amendment*', 'chang* (your|my) mind'],
    fr: ['revision*', 'correction*', 'tour* de', 'aller*-retour*', 'retouche*', "changer d' avis"],
  }],
  ['acceptance', {
    en: ['accept*', 'sign-off', 'sign off', 'approv*', '(check*|test*|mak* sure) ~2 works'],
    fr: ['recette', 'valid*', 'reception', 'accept*', '(verifier|tester|s\' assurer) ~3 (marche|fonctionne)'],
  }],
  ['communication', {
    en: ['respon*', 'answer*', 'reach*', 'contact*', 'hold of (me|us)', 'availab*', 'how fast', 'channel*', 'reply', 'replies'],
    fr: ['repon*', 'repond*', 'joindre', 'joignable', 'disponibilit*', 'canaux', 'canal', 'contact*'],
  }],
  ['payment', {
    en: ['pay*', 'invoic*', 'price*', 'pricing', 'fee*', 'billing'],
    fr: ['paiement*', 'factur*', 'prix', 'tarif*', 'honoraires', 'reglement*'],
  }],
  ['deliverables', {
    en: ['deliverable*', 'deliver*', '(what|things) you (will|ll)? (get|receive)', 'you (will|ll)? (get|receive)', 'what i (will|ll)? (deliver|hand over)'],
    fr: ['livrable*', 'livraison*', 'ce que (vous|tu) (recevrez|recevras|recevez|recois|aurez|auras|obtiendrez)', 'ce qui (vous|te) sera (remis|livre)'],
  }],
  ['unforeseen', {
    en: ['unexpected', 'unforeseen', '(goes|go|going) wrong', 'if (something|anything)', 'break*', 'fail*', 'issue*', 'surprise*', 'hiccup*', 'problem*', 'contingenc*'],
    fr: ['imprevu*', 'inattendu*', 'pepin*', 'si (quelque chose|un probleme|ca casse)', 'panne*', 'se passe mal', 'probleme*', 'alea*', 'accroc*'],
  }],
  ['changes', {
    en: ['change*', 'additional (work|request*)', 'new request*', 'along the way', 'extras', 'scope creep'],
    fr: ['changement*', 'modification*', 'en cours de route', 'ajout*', 'evolution*', 'nouvelle* demande*'],
  }],
  ['access', {
    en: ['access', 'login*', 'log-in*', 'password*', 'credential*', 'keys'],
    fr: ['acces', 'identifiant*', 'mot* de passe', 'codes'],
  }],
  ['new-date', {
    en: ['new ~2 (date|delivery|deadline|timeline|eta|launch|release)', 'revised', 'rescheduled', 'updated (date|timeline|plan)', 'eta', 'when (it will|it\'ll|you\'ll|you will) (be ready|have it|get it)', 'when', 'go-live', 'new timing'],
    fr: ['(nouvelle|nouveau) (date|livraison|echeance|calendrier|planning|delai)', 'date revisee', 'quand (ce sera|ca sera|vous l\' aurez|tu l\' auras)', 'report* au', 'quand', 'pour quand', 'date de sortie', 'nouvelle echeance'],
  }],
];

/** Sentences that do a section's job without a heading. Only the sections listed here can be said in prose. */
export const PROSE_CUES: Readonly<Record<string, PhraseFamily>> = {
  done: { id: 'prose-done', patterns: {
    en: ['(shipped|launched|released|deployed|published|finished|fixed) (the|a|an|our|your|it|them|v*)', '(i|we|i\'ve|we\'ve|i have|we have) ~2 (finished|completed|built|shipped|fixed|set up|added|connected|launched|delivered|wrapped up|got through|published|tested|created|wrote|moved|migrated|installed|integrated|sorted|made)', '(is|are) (now)? live', 'now (works|shows|accepts|sends|loads)', 'can now', '(is|are|has been|have been) (now)? (finished|done|complete|completed|built|fixed|shipped|delivered|tested|ready)'],
    fr: ['(j\' ai|nous avons|on a) ~2 (sorti|deploye|lance|termine|fini|boucle|livre|mis en ligne|corrige|ajoute|relie|teste|monte|realise|complete|installe|cree|publie|fait|integre|branche|regle|migre|refait)', '(est|sont) (maintenant|desormais)? en ligne', '(fonctionne|fonctionnent) (maintenant|desormais)', '(peut|peuvent|pouvez|peux|pourront) (maintenant|desormais)', "(je|nous|on) (l'|les|l' ai|l' avons) ~1 (termine*|fini*|teste*|corrige*|livre*|installe*|publie*|mis en ligne|boucle*|regle*)", '(est|sont|a ete|ont ete) (maintenant|desormais)? (termine*|fini*|livre*|teste*|corrige*|pret|prete|prets|pretes|boucle*|installe*)'],
  } },
  next: { id: 'prose-next', patterns: {
    en: ['next (week|up|on my list)', '(working on|aiming (to|for)|on my plate)', '(i\'m|i am|we\'re|we are) (moving on|starting|tackling|turning) (to|on)', '(i\'ll|i will|we\'ll|we will) ~2 (start|move on|work on|tackle|begin|turn to|build)', 'coming up', 'after that (i|we)', '(still to do|left to do|remains to be done|what remains)', '(remains|remain|is left|are left) ~3 (about|around|roughly)? ~2 (day|days|hour|hours|week|weeks) of work', 'new (delivery|launch|release)? ?date'],
    fr: ['la semaine prochaine', '(je bosse|je travaille|on bosse|on travaille|nous travaillons) (maintenant|en ce moment|actuellement)? sur', 'objectif', '(je|j\') (m\' attaque|passe|attaquerai|passerai|commence|commencerai|enchaine|enchainerai|m\' occupe|m\' occuperai) (ensuite|maintenant|ensuite directement)? (a|aux|au|de|des|du|sur|par)', '(je vais|nous allons|on va) ~2 (attaquer|passer|commencer|faire|ajouter|monter|travailler|enchainer)', 'prochaine etape', 'ensuite (je|j\'|nous|on)'],
  } },
  blockers: { id: 'prose-blockers', patterns: {
    en: ['(nothing|no|not|none) ~2 (block*|blocker*|risk*|issue*|problem*|concern*|stuck)', 'on track', 'all clear', 'nothing (in the way|standing in the way|holding (me|us|it|things) (up|back))', '(blocked|blocking|stuck) (by|on)', 'the (only)? (risk|issue|problem|catch|snag)', 'one (small)? (thing|issue|concern|problem|risk|snag) ~3 (is|:)'],
    fr: ['(rien|aucun|aucune|pas de|pas d\') ~2 (bloqu*|blocage*|risque*|souci*|probleme*|difficult*|frein*|obstacle*)', 'rien ne (bloque|coince)', 'rien (qui|ne) ~1 (bloque|coince|freine|accroche)', '(rien|aucun*) a signaler', 'bloque* par', '(le|un) (seul)? (risque|souci|probleme|point de vigilance|hic|bemol)', 'tout (roule|avance comme prevu|est dans les temps)'],
  } },
  needed: { id: 'prose-needed', patterns: {
    en: ['(could|can|would) you ~3 (send|confirm|share|check|review|approve|let me know|tell me|give|forward|provide|look|choose|pick)', 'if you (could|can) ~2 (send|confirm|share|check|review|approve|let me know|tell me|give|forward|provide|choose|pick)', "(i|we) (do|still|will|'ll)? need (the|a|an|your|some|those|these|all|two|three|four|five) ~6 (by|before)", 'please ~2 (send|confirm|share|check|review|approve|provide|let me know)', '(i|we) (need|\'ll need|will need|would need|still need) ~3 (your|you|from you)', 'waiting (on|for) (your|you)', 'from (your|you) (side|end)', "(i'd like|i would like|we'd like|we would like|i need|we need) your (ok|okay|approval|go-ahead|sign-off|feedback|input|answer|thoughts)"],
    fr: ['(pourriez|pouvez|pourrais|peux|pourras|pourrez) (vous|tu) ~3 (m\' envoyer|me transmettre|me confirmer|me dire|me faire|valider|regarder|verifier|envoyer|confirmer|choisir|relire)', '(tu|vous) (pourrais|pourriez|peux|pouvez|pourras|pourrez) ~2 (m\' envoyer|me transmettre|me confirmer|me dire|me faire|valider|regarder|verifier|envoyer|confirmer|choisir|relire)', 'merci de ~2 (m\' envoyer|me transmettre|confirmer|valider|me dire|me faire|relire)', '(j\' ai|nous avons|j\' aurais|nous aurions) besoin (de|d\') (votre|ton|ta|tes|vos|vous|toi)', '(j\' attends|nous attendons|en attente de) (votre|ton|ta|tes|vos)', 'il me (manque|faut) ~2 (chose|choses|:|la|le|les|vos|votre|tes|ton|ta)'],
  } },
  'what-happened': { id: 'prose-what-happened', patterns: {
    en: ['(this morning|last night|yesterday|earlier today|since (monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|then))', '(went out|stopped|broke|failed|crashed|went down|happened|occurred|changed|disappeared|was deleted|were deleted)'],
    fr: ['(ce matin|cette nuit|hier|depuis (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce matin))', '(est parti*|s\' est arrete*|a plante|est tombe*|ne fonctionne plus|a cesse|a change|a disparu|a ete supprime*|sont partis|ont ete supprime*)'],
  } },
  impact: { id: 'prose-impact', patterns: {
    en: ['(would|could|might) ~4 (without|no longer)', '(what|this|that|which) (it)? means (for you)?', 'for you (this|it) means', '(that|this|it) (would|will|could|might) mean', 'so far ~3 (people|customers|clients|users|visitors|subscribers|readers|orders)', '(customers|clients|visitors|users|nobody|no one|readers|subscribers) ~3 (saw|noticed|were affected|are affected|unsubscribed|complained|missed)', "(couldn't|could not|can't|cannot) (review|use|open|work|see|pay|order|book|log in|access)", '(would|could|might|will|can) ~2 (delay*|push*|slip*|cost*|block*|stop*|affect*|lose|miss*|prevent*)', '(did not|didn\'t|do not|don\'t|cannot|can\'t|could not|couldn\'t) (reach|receive|get|see|appear)', 'impact|consequence*|downtime|outage', 'instead of', '(so|meaning|which meant) ~3 (customers|readers|people|users|members|families|visitors|subscribers|buyers|clients|orders|parents|patients|guests|players|riders|donors)', '(had to|have had to)', '(no one|nobody|no customer|no field|no order) (was|were|got) (hurt|harmed|charged|affected|lost)', '(risk|threat) (to|for) (the|your|our)', '(take|takes|taking) longer', '(stop|stops|stopped) working|(go|goes|went) (offline|down)|offline|unavailable|inaccessible|unreachable|(can not|cannot|can\'t|could not|couldn\'t) (pay|order|book|log in|buy|access)'],
    fr: ['(*riez|*rais|*rait|*raient|*rions) ~4 (sans|plus de|pas de)', 'concretement', '(cela|ca|ce qui) (signifie|veut dire|implique)', '(cela|ca|ce qui) (voudrait|voudra|pourrait) dire', '(pour l\' instant|jusqu\' ici|pour le moment) ~3 (personnes|clients|visiteurs|abonnes|lecteurs|commandes)', '(pourrait|pourraient|ferait|feraient|serait|seraient) ~3 (retard*|decal*|cout*|bloqu*|perdre|perte|repouss*|report*|empech*)', '(ne|n\') ~3 (recoivent|recevez|recois|apparaissent|pourront|pourraient|peuvent|voient|voit|trouvent|trouve) (pas|plus)', 'impact|consequence*|interruption|coupure', 'au lieu de', '(donc|si bien que|de sorte que|ce qui fait que) ~3 (clients|lecteurs|personnes|utilisateurs|membres|familles|visiteurs|abonnes|acheteurs|commandes|parents|patients|joueurs|coureurs|donateurs)', '(ont|a|avons|avez|as) du', "personne (ne|n') ~3 (blesse*|touche*|debite*|perdu*)", '(risque|menace) (sur|pour) (la|le|les|l\'|votre|ton|ta|vos|tes)', '(parfois|souvent) davantage', '(prendre|prend|prennent|prendra) plus (de temps|longtemps)', '(cesse|cessent|cessera|cesseront|cesserait|cesseraient|arrete*) de (fonctionner|marcher|repondre)|(ne|n\') ~2 (fonctionne*|marche*|repond*) plus|hors ligne|inaccessible*|indisponible*|(ne|n\') ~3 (pourront|pourraient|peuvent|pouvaient|ont pu) (plus|pas) (payer|commander|reserver|se connecter|acheter|acceder)'],
  } },
  risk: { id: 'prose-risk', patterns: {
    en: ['risk|risks|at risk|danger|threat|warning|heads-up|heads up', '(might|may|could) (not|slip|delay|miss|fail|break|stop)'],
    fr: ['risque|risques|menace|danger|prevenir|alerte', "il se peut|il est possible qu'|il est possible que", 'pourrait (ne pas|ne plus|glisser|retarder|echouer|casser|manquer|arreter)'],
  } },
  mitigation: { id: 'prose-mitigation', patterns: {
    en: ["(i have|we have|i've|we've|i had|we had) (already)? (set up|set|saved|backed up|booked|reserved|ordered|prepared|copied|scheduled|exported|documented|noted)", 'in the meantime|meanwhile|to be safe|just in case|as a precaution|fallback|plan b|workaround', "(i'm|we're|i am|we are|i'll|we'll|i've|we've) ~2 (keeping|testing|checking|monitoring|watching|preparing|building|comparing|backing|adding|setting up|switching|asking|booking|chasing|limiting|avoiding)"],
    fr: ["(j' ai|nous avons|on a) (deja)? (programme|sauvegarde|note|reserve|commande|prepare|copie|exporte|documente|mis de cote)", 'en attendant|par precaution|par prudence|par securite|solution de repli|plan b|pour (eviter|limiter|prevenir)', '(je|nous|j\') ~2 (garde*|teste*|verifie*|surveille*|prepare*|monte*|compare*|sauvegarde*|ajoute*|relance*|anticipe*|bascule*|reserve*|limite*|evite*|mets en place|ai demande|avons demande)'],
  } },
  reason: { id: 'prose-reason', patterns: {
    en: ['because|due to|the reason|caused by|since the|as the', "(i'd|i would|we'd|we would) rather (fix|test|check|wait|make sure|sort|fit|do|install|set|build|finish|get)", '(shipped|sent|delivered|gave|supplied) ~3 wrong', '(need|needs|needed) ~3 more (time|days|hours|weeks)', '(i|we) (need|needs) (a|one|two|three|another|an extra|a few) (day|days|week|weeks|hour|hours)', '(changed|broke|failed|went down|is late|was late|arrived late)'],
    fr: ["parce que|parce qu'|car|en raison|a cause|du fait|la raison|suite a", '(je|nous) (prefere|preferons|prefererais) (regler|corriger|tester|verifier|attendre|m\' assurer|nous assurer|les fixer|fixer|poser|installer|finir|faire)', '(envoye|livre|fourni|expedie) ~3 (mauvais|mauvaise|mauvaises)', '(il me faut|il nous faut|j\' ai besoin de) ~3 (de plus|supplementaires|en plus)', '(il me faut|il nous faut|j\' ai besoin d\'|j\' ai besoin de) (une|un|deux|trois|quelques) (jour|jours|journee|journees|semaine|semaines|heure|heures)', '(a change|ont change|a casse|est tombe*|a pris du retard|ont pris du retard|est en retard|sont en retard)'],
  } },
  // An expectations note that prices extra changes inside another section: "After that, changes are billed at my day rate".
  changes: { id: 'prose-changes', patterns: {
    en: ['(change|changes|extra|extras|additional work|additional requests|anything new|anything else|anything beyond|beyond that) ~4 (billed|charged|priced|quoted|costing|estimate*|price|quote)', '(day|hourly|daily) rate'],
    fr: ['(modification*|changement*|ajout*|demande*|au-dela|au dela) ~5 (factur*|chiffr*|devis|payant*|tarif*|prix)', '(tarif|taux) (journalier|horaire)'],
  } },
  // A change request written as an email: what was asked, how it sits with the contract, its price and time.
  request: { id: 'prose-request', patterns: {
    en: ['(you|you\'ve|you have) ~2 (asked|requested|wanted|suggested|mentioned)', 'you (would|\'d) like'],
    fr: ['(vous|tu) (m\' avez|m\' as|nous avez|nous as|avez|as) ~1 (demande|propose|suggere|evoque)', '(vous|tu) (souhaitez|souhaites|voudriez|voudrais|aimeriez|aimerais)'],
  } },
  'scope-impact': { id: 'prose-scope-impact', patterns: {
    en: ["(isn't|is not|wasn't|was not|not) ~2 (in|part of|covered by) ~3 (scope|contract|quote|agreement|estimate|plan)", '(outside|beyond|on top of) ~2 (the|our|your) ~1 (scope|contract|quote|agreement|estimate)'],
    fr: ["(n' est|ne sont|n' etait) pas ~3 (dans|prevu*|compris|inclus) ~3 (perimetre|contrat|devis|mission|accord)", '(hors|en dehors du|en plus du) ~1 (perimetre|contrat|devis|forfait)'],
  } },
  // A closing note written as an email: what is delivered, what is owed, access handed back, thanks.
  delivered: { id: 'prose-delivered', patterns: {
    en: ['(everything|all) ~3 (is|has been|have been|are) (now)? (delivered|handed over|live|done)', '(i\'ve|we\'ve|i have|we have) (delivered|handed over)', '(is|are) (now)? (in|on) (your|the) (drive|folder|account|stores|store)'],
    fr: ['tout ~6 (est|a ete) (livre|remis|en ligne|termine)', '(j\' ai|nous avons) (livre|remis)', '(est|sont) (sur|dans) (ton|votre|ta|vos|tes) (dossier|compte|drive|espace)'],
  } },
  owed: { id: 'prose-owed', patterns: {
    en: ['(last|final|remaining) (invoice|payment|balance)', '(nobody|no one|nothing) ~3 (owes|owed|due)', 'balance (of|is|due)', 'owe* (you|me|us|anything|nothing)'],
    fr: ['(derniere|dernier|facture finale|solde)', '(personne|rien) ~3 (doit|du|dû|reste du)', 'reste (du|dû|a regler)'],
  } },
  access: { id: 'prose-access', patterns: {
    en: ['(handed|given|passed) ~3 (back|over) ~4 (account|accounts|login|logins|access|passwords|keys)', '(handed|given) (you)? back ~3 (account|accounts|login|logins|access)', 'removed my (access|account|accounts|admin)', 'access (handed back|returned)'],
    fr: ['(rendu|remis|transfere|transmis|confie|donne) ~4 (acces|comptes|compte|identifiants|mots de passe|cles)', '(supprime|retire|coupe|desactive) (mon|mes) (acces|comptes|compte)', 'acces (rendus|restitues)'],
  } },
  thanks: { id: 'prose-thanks', patterns: {
    en: ['thank you|thanks|pleasure|grateful'],
    fr: ['merci|plaisir|reconnaissant*'],
  } },
  // A payment reminder written as an email: which invoice, and how to pay it.
  invoice: { id: 'prose-invoice', patterns: {
    en: ['invoice ~8 (due|overdue|outstanding|unpaid)', 'invoice (no|number|ref)', 'invoice ~2 (for|of)', '(was|is|fell|falls|were|are) due'],
    fr: ['facture ~6 (echue|due|a regler|a payer|impayee|en attente|en retard|arrivee a echeance)', 'facture (no|n|numero|ref)', 'facture ~2 de', 'echue|a regler le|arrivee a echeance'],
  } },
  'how-to-pay': { id: 'prose-how-to-pay', patterns: {
    en: ['(you can|please)? pay ~3 (by|via|through|with|online)', '(bank|wire) transfer', 'iban|sort code|paypal|payment link|ach|interac'],
    fr: ['(payer|regler|paiement) ~3 (par|via|avec|en ligne)', 'virement', 'iban|rib|paypal|lien de paiement|interac'],
  } },
  // Read only with a concrete date in the same sentence (required-sections checks it).
  'new-date': { id: 'prose-new-date', patterns: {
    en: ['from ~4 to (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the)', "(will|'ll|'re|are|is) ~2 (be)? (up|ready|live|done|in place|installed|fitted|online) ~6 instead", '(on|by) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri) ~3 instead', 'new (date|day|deadline) (is|will be)', '(will|should) (now)? be (ready|live|delivered|online|done) (on|by)', '(move|moves|moved|moving|push|pushes|pushed|postpone*|shift*|slide|slides|slip|slips|reschedul*) ~6 to (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the)'],
    fr: ['du ~3 au (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|1er)', '(seront|sera) (poses|posee|posees|pose|installes|installe|installee|prets|pret|prete|en place|en ligne) (le|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)', '(sera|seront) (desormais|maintenant)? (pret|prete|prets|pretes|en ligne|livre*|termine*) (le|pour le|d\' ici le)', '(decale*|report*|repouss*|deplace*) ~6 (au|a) (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)', '(passe|passent|glisse|glissent|bascule|basculent) ~2 (au|a) (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|1er)', 'nouvelle date'],
  } },
  // Revision rounds counted where the scope is: "two rounds of changes on the design", « deux allers-retours ».
  revisions: { id: 'prose-revisions', patterns: {
    en: ['(one|two|three|four|five|1|2|3|4|5|unlimited|up to|a single|one more) ~3 (round|rounds) of (changes|revisions|edits|feedback|amendments|corrections|tweaks)', '(revision|feedback|change) rounds', '(one|two|three|four|1|2|3|4|unlimited) (revisions|revision rounds)'],
    fr: ['(un|une|deux|trois|quatre|cinq|1|2|3|4|5|jusqu\' a) ~3 (allers-retours|aller-retour|tours de revision|tour de revision|series de modifications|series de corrections|series de retouches|serie de retouches|cycles de corrections|navettes|passes de corrections)', '(tours|cycles|series) de (revision|corrections|modifications|retouches)'],
  } },
  'what-moves': { id: 'prose-what-moves', patterns: {
    en: ['delay*|slip*|postpon*|pushed back|moved to|later than planned|will be late|running late|reschedul*', '(move|moves|moving|shift|shifts|slide|slides|goes|go) from', '(moves|slides|slips|shifts) ~2 to (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|next)', '(have to|need to|must|had to) (move|push|shift|postpone|delay)', "(won't|will not|isn't|is not|aren't|are not) (be)? (ready|done|live|finished) (for|on|by|as|in time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|this|next)", "(won't|will not|can't|cannot|can not) (launch|go live|open|ship|be live|be delivered|be online) (on|by|for|this|next)"],
    fr: ['retard*|decal*|report*|repouss*|glisse*|plus tard que prevu', '(passe|passent|bascule|basculent|va|vont|deplace*) (du|de) ~4 (au|a)', '(passe|passent|glisse|glissent|bascule|basculent) ~2 (au|a) (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|1er|semaine|mois)', '(dois|devons|doit|devais) (decaler|reporter|repousser|deplacer)', '(ne|n\') (sera|seront|est|sont) pas (pret|prete|prets|pretes|termine*|fini*|en ligne|livre*) (pour|le|au|a|comme|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|aujourd\'hui|cette|ce)', '(ne|n\') (ouvrira|sortira|partira|sera|seront|ouvriront|sortiront) pas (le|en|au|pour|comme|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)'],
  } },
};
