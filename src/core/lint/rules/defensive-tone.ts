// defensive-tone (P10): self-justification to the client ("not my fault", "I did my job",
// « je n'y suis pour rien »). An upset client hears an excuse; say what you will do instead.
import type { Finding, LintRule } from '../types.js';
import { matchFamily, type PhraseFamily } from '../text/phrases.js';
import { proseSentences } from '../text/rule-kit.js';

const FAMILY: PhraseFamily = {
  id: 'defensive-tone',
  patterns: {
    en: [
      "(it's|this is|that's|it was|that was|this was) (really|certainly|definitely|honestly|absolutely|entirely|exactly|in any way)? not (my|our) (fault|doing|mistake|error|problem|responsibility|call)",
      "(isn't|wasn't) (really|certainly|definitely|honestly|absolutely|entirely|exactly|in any way)? (my|our) (fault|doing|mistake|error|problem|responsibility|call)",
      '(not|none of it|none of this|nothing) (is)? (my|our) (fault|doing|mistake|problem|responsibility)',
      "(it's|that's|this is|this was|it was|that was) not (on me|on us|down to me|down to us)",
      "(i'm|i am|we're|we are|i was|we were) not the (one|ones) (who|that|responsible|to blame|at fault)",
      '(nobody|no one|no-one) (could|would) have (predicted|foreseen|known|anticipated|guessed|seen (this|it|that) coming)',
      "(i|we) (don't|do not|can't|cannot|fail to) see (what|how|where|why) (i|we) (did|have done|'ve done|went|could have gone|were) (wrong)?",
      "(i|we) (made|did|have made|'ve made) no (mistake|mistakes|error|errors)", "(i|we) (didn't|did not|never) (make|do) (any|a single)? (mistake|mistakes|error|errors|anything wrong)",
      '(i|we) (did|have done|\'ve done|had done) (everything|all|it all|things|it|my part|our part|my work|our work) (right|correctly|properly|by the book|as agreed|as asked|as requested|as specified|according to (the|your) (contract|brief|spec|specs)|to the letter|perfectly|flawlessly)',
      '(i|we) (did|have done|\'ve done|had done|was doing|were doing) (my|our) (job|part|due diligence)',
      '(i|we) (did|have done|\'ve done) (exactly)? (what|everything) (you|was|we were|i was) (asked|requested|agreed|specified|told)',
      '(i|we) (only|just) (did|followed|implemented|built|delivered|made) (what|your|the|exactly) ~3 (asked|instructions|brief|spec|specs|specification|request|requested|quote|contract)',
      '(i|we) followed (your|the) ~1 (instructions|brief|spec|specs|specification|requirements|request) (to the letter|exactly|precisely|word for word)',
      "(i'm|i am|we're|we are|i was|we were) (really|certainly|definitely|simply|in no way)? not (responsible|to blame|at fault|the one to blame|the one responsible|the ones responsible|liable|accountable|in the wrong|the problem|guilty)",
      "(i|we) (can't|cannot|could not|couldn't|won't|will not) be (held)? (responsible|liable|accountable|blamed)",
      '(i|we) (had|have) (nothing|absolutely nothing) to do with (it|this|that)',
      '(it|this|that) (has|had) (nothing|absolutely nothing) to do with (me|us|my work|our work|my code|our code|my part)',
      "don't blame (me|us)", 'do not blame (me|us)', '(not|wasn\'t|it wasn\'t|it was not) me',
      '(my|our) (code|work|part|side|setup|config|configuration|deliverable) (was|is|has been) (fine|perfect|correct|flawless|ok|okay|working|not the problem|not the issue)',
      "(there's|there is|there was) nothing wrong with (my|our) (code|work|part|side|setup)",
      '(it|the site|the app|the code|everything) (works|worked|was working|is working) (fine|perfectly|correctly)? on (my|our) (side|end|machine|computer|laptop)',
      "in (my|our) (defence|defense)", '(i|we) (have|had) nothing to (reproach|apologise for|apologize for|be sorry for)', '(i|we) (have|had) no reason to (apologise|apologize)',
      '(i|we) (was|were|am|are) (just|only) (doing|following) (my|our|your|the) (job|instructions|orders|brief)',
      'for the record, (i|we)',
      '(everything|all|it|all of it) (was|has been|had been) (done|delivered|built|made|implemented) (exactly)? (according to|as per|in line with|as specified in|as agreed in|to) (the|your|our) (contract|quote|brief|spec|specs|specification|agreement|letter)',
      '(i|we) (have|\'ve)? always (delivered|been|met|done|worked|respected) (on time|my best|our best|the deadlines|every deadline|reliable|professional)',
      "(it's|it is) not (like|as if) (i|we) (didn't|did not|never|hadn't|had not)",
      "(i|we) (did|have done|had done) nothing (wrong|incorrect|improper|bad|out of line)", "(i've|we've|i'd|we'd) done nothing (wrong|incorrect|improper)",
      "(i've|we've|i'd|we'd) done (everything|all|it all|things|it|my part|our part|my job|our job|my work|our work) (right|correctly|properly|by the book|as agreed|as asked|to the letter|perfectly|flawlessly)?",
      '(none of (this|that|it)|nothing (of this|of that|here)?) (is|was) (really|honestly)? on (me|us)',
      '(i|we) (had|have) (nothing|absolutely nothing|nothing whatsoever) to do with',
      "(i|we) (am|are|was|were|'m|'re) (in no way|not in any way|by no means|not at all|absolutely not|certainly not|definitely not|hardly) (responsible|liable|to blame|at fault|accountable|the cause)",
      "(i|we|i've|we've) (did|done|delivered|built|made|have done) (exactly|precisely|just|only|simply) what (the|your|our) (quote|contract|brief|spec|specs|specification|order|estimate|ticket|mockup|mockups) (said|says|asked|required|requires|specified|stated|listed|described|asked for)",
      "(i|we|i've|we've) (delivered|did|done|built|made|coded|designed|followed|implemented) (everything|all|it all|it|the work|the site|the job)? (exactly|precisely|strictly|to the letter|word for word) (as|like|according to) (specified|agreed|asked|requested|planned|described|quoted|written|ordered|signed|the)",
      '(the|my|our) (code|work|part|setup|site|module|deliverable) (that)? (i|we) (wrote|did|delivered|built|made|coded|shipped) (is|was) (flawless|perfect|fine|correct|ok|okay|spotless|impeccable)',
      'the (problem|issue|bug|fault) (is|lies|must be|has to be) (elsewhere|somewhere else|not on my side|not on our side|not with me|not with us|not in my code|not in our code)',
      '(everything|all|what|whatever) (i|we) (delivered|built|did|made|wrote|coded|designed|shipped|handed over) (matched|matches|met|meets|followed|follows|complied with|complies with|was in line with|is in line with|conformed to|respected|was according to|was exactly) (the|your|our)? (specs|spec|brief|contract|quote|specification|requirements|instructions|mockups|order)',
      '(everything|all|it|things) (on|from|at) (my|our) (side|end) (was|is|has been|were|are) (fine|perfect|correct|flawless|ok|okay|working|right|in order|done)',
    ],
    fr: [
      "(ce n'est|ce n'etait|c'est|c'etait|ce ne sera) (vraiment|absolument|certainement|surement|en aucun cas)? pas (de)? (ma|notre) (faute|responsabilite|erreur|probleme|fait)",
      "(ce n'est|ce n'etait|c'est|c'etait) pas (moi|nous) (qui|le responsable|les responsables|la cause|en cause)?",
      "(je n'y|j'y|nous n'y|on n'y|on y) (suis|sommes|est) (absolument|vraiment|strictement)? pour rien",
      '(je|nous) (ne)? (suis|sommes|serai|serons) (absolument|vraiment|en rien|nullement|aucunement)? (pas|nullement|aucunement|en rien)? (responsable|responsables|en cause|fautif|fautive|fautifs|coupable|coupables|a blamer|a mettre en cause)',
      "(j'ai|nous avons|on a) (juste|simplement|seulement)? (fait|bien fait) (mon|notre) (travail|boulot|job|part|devoir)",
      "(j'ai|nous avons|on a) (fait|tout fait|fait exactement|fait tout) (ce que|ce qui|tout ce que|tout ce qui) (vous|tu|m'|nous|etait|avait ete) ~2 (demande|demandé|convenu|prevu)",
      "(j'ai|nous avons|on a) (tout|bien|toujours)? fait (correctement|comme il faut|dans les regles|dans les regles de l'art|a la lettre|selon les regles|parfaitement|sans faute|ce qu'il fallait)",
      "(j'ai|nous avons|on a) (tout)? (respecte|suivi|applique) (le|votre|vos|les|ton|tes) ~2 (cahier des charges|contrat|brief|consignes|instructions|demande|specifications|devis) (a la lettre|scrupuleusement|exactement|point par point)",
      "(je n'ai|nous n'avons|on n'a) (fait)? que (suivre|faire|appliquer|executer|respecter|livrer) (vos|votre|tes|ta|ce que|les)",
      "(je n'ai|nous n'avons|on n'a) rien a (me|nous|se) reprocher",
      "(je n'ai|nous n'avons|on n'a) (fait|livre|developpe|applique|suivi) que (ce qui|ce que|ce qu') ~4 (cahier des charges|devis|contrat|brief|demande|prevu|convenu|specifications|maquette)",
      "(cela|ca|ce probleme|cette erreur|cette panne) n'a rien a voir avec (moi|nous|mon travail|notre travail|mon code|notre code|ma partie)",
      "(je n'ai|nous n'avons|on n'a) rien a voir (avec ca|avec cela|la-dedans|la dedans|dans cette affaire|avec ce probleme)",
      '(mon|notre) (code|travail|developpement|livrable|site|module|partie) (fonctionne|fonctionnait|marche|marchait|etait|est|a toujours) (toujours|tres|pourtant|bel et bien)? (bien|tres bien|correctement|parfaitement|nickel|impeccable|parfait|correct|irreprochable|fonctionne|marche)',
      "(chez moi|chez nous|de mon cote|de notre cote|sur mon poste|sur ma machine) (ca|cela|tout|le site) (marche|fonctionne|marchait|fonctionnait)",
      "(on ne peut|vous ne pouvez) pas (me|nous) (reprocher|tenir responsable|tenir pour responsable|blamer|en vouloir)",
      "(je ne peux|nous ne pouvons) pas etre (tenu|tenus|tenue) (pour)? responsables?",
      '(pour ma|pour notre|a ma|a notre) (defense|decharge)', "(je n'ai|nous n'avons) pas a (m'excuser|nous excuser|me justifier|nous justifier)",
      "(je|nous) (ne faisais|ne faisions|faisais|faisions) que (mon|notre) (travail|boulot|job)",
      'pas (de)? ma faute', 'pas moi',
      "tout a ete (fait|livre|realise|developpe) (exactement|strictement)? (conformement au|conformement a|selon le|selon la|comme prevu au|comme prevu dans le|dans le respect du) (contrat|devis|cahier des charges|brief|commande)",
      "(j'ai|nous avons|on a) toujours (livre|ete|respecte|tenu) (a l'heure|dans les temps|les delais|mes engagements|nos engagements|ponctuel|ponctuels)",
      "(je n'ai|nous n'avons|on n'a) (commis|fait) aucune (erreur|faute)",
      "(je ne vois pas|nous ne voyons pas|on ne voit pas) (ce que|en quoi|ou) (j'ai|nous avons|on a) (fait de mal|mal fait|failli|commis une erreur|fait une erreur|eu tort)",
      "personne (ne pouvait|n'aurait pu|ne pourrait|n'aurait pas pu) (le|la)? (prevoir|savoir|anticiper|deviner)", "(c'etait|c'est) (totalement|completement)? imprevisible",
      "(ce n'est|ce n'etait|c'est|c'etait) pas (de|du)? (mon|notre) (fait|ressort)",
      "(je n'ai|nous n'avons|on n'a|j'ai|nous avons|on a) rien fait (de mal|de travers|de faux|de mauvais|d'incorrect)",
      "(je n'ai|nous n'avons|on n'a|j'ai|on a) (absolument|strictement)? rien a voir (avec|la-dedans|la dedans|dans)",
      "(j'ai|nous avons|on a) (juste|simplement|seulement|bien)? fait (ma|notre) (part|job|besogne)",
      "(de|du) (mon|notre) cote,? (tout|ca|cela|le travail) (etait|est|a ete|marchait|fonctionnait|fonctionne|marche) (parfait|nickel|impeccable|correct|irreprochable|bien|parfaitement|correctement|ok)",
      "(tout|ca|cela|le travail|mon travail|notre travail) (etait|est|a ete) (parfait|nickel|impeccable|correct|irreprochable) (de|du) (mon|notre) cote",
      "(ne)? (me|nous) (mettez|mets|mettre|mettez surtout|mets surtout) (pas|jamais) (ca|cela|ceci|tout ca|la faute|ce retard|cette erreur|ce probleme)? sur le dos",
      "(sur|a) (mon|notre) dos",
      "(code|travail|site|module|livrable|developpement) (que|qu') (j'ai|nous avons|on a) ~1 (ecrit|fait|livre|developpe|code|realise) (est|etait) (absolument|totalement)? (irreprochable|parfait|nickel|impeccable|correct|sans faute|sans defaut)",
      "(le|ce) (probleme|souci|bug|bogue) (est|se trouve|vient|doit etre|doit venir) (ailleurs|d'ailleurs|pas de mon cote|pas de notre cote|pas chez moi|pas chez nous)",
      "(je|nous) (ne faisais|ne faisions|ne fais|ne faisons|faisais|faisions) que (suivre|appliquer|executer|respecter) (vos|tes|les|votre|ta) (instructions|consignes|ordres|demandes|directives|indications)",
      "(j'ai|nous avons|on a) (tout)? (livre|fait|realise|developpe|suivi|code|concu|applique) (tout)? (exactement|precisement|strictement|a la lettre|au mot pres) (comme|ce que|selon|conformement)",
      "(j'ai|nous avons|on a) (fait|livre|realise|developpe) (exactement|precisement|uniquement|seulement|juste|simplement) (ce que|ce qu') (prevoyait|disait|demandait|indiquait|stipulait|prevoit|dit|demande|indique|stipule|decrivait|decrit) (le|la|les|votre|notre|vos) (devis|contrat|cahier des charges|brief|commande|ticket|maquette|maquettes|specifications)",
      "(tout ce que|ce que|tout ce qu') (j'ai|nous avons|on a|j'avais|nous avions) (livre|fait|developpe|code|realise|produit|concu|rendu) (etait|est|a ete|etaient|sont) (parfaitement|entierement|totalement|100 %)? (conforme|conformes|fidele|fideles|correct|corrects|nickel|irreprochable|irreprochables) (au|a|aux|a la|avec)?",
      "(il n'y a|il y a|y a|y'a|il n'y avait) (absolument)? (rien|aucun probleme|aucune erreur|aucun souci|aucun bug|aucune faute) (de mal|de faux|d'anormal|d'incorrect)? (dans|avec) (mon|notre|ma|nos|mes) (code|travail|developpement|partie|livrable|livrables|configuration|site|module)",
      "pas (de)? (notre|ma) faute",
      "(je|nous|on) (ne)? (suis|sommes|est|serai|serons|saurais|saurions|pouvons|peux|pourrons|pourrai) (etre)? (en aucun cas|nullement|aucunement|d'aucune maniere|d'aucune facon|en rien) (tenu|tenus|tenue|tenues)? (pour)? (responsable|responsables|en cause|fautif|fautifs|fautive|coupable|coupables|a blamer)",
      "(moi|nous),? (j'y|on y|nous y) (suis|est|sommes) pour rien",
    ],
  },
};

export default {
  id: 'defensive-tone',
  summary: {
    en: 'Self-justification ("not my fault", "I did my job"): acknowledge the problem and say what you will do.',
    fr: 'Auto-justification (« ce n\'est pas de ma faute », « je n\'y suis pour rien ») : reconnaissez le problème et dites ce que vous allez faire.',
  },
  principles: ['P10'],
  why: { en: "Defending yourself to an angry client (\"it's not my fault\", \"I did my job\") tells them you care more about being right than about their problem, and it invites an argument. Take charge of the situation and move on to what happens next.", fr: "Se défendre face à un client fâché (« ce n’est pas de ma faute », « j’ai fait mon travail ») lui dit que vous tenez plus à avoir raison qu’à régler son problème, et appelle la dispute. Prenez la situation en charge et passez à la suite." },
  defaultSeverity: 'warning',
  options: {},
  examples: {
    valid: [
      { lang: 'en', text: 'I understand the outage cost you orders. Here is what we will do to prevent it.\n' },
      { lang: 'en', text: 'Nothing is lost: the backup from Sunday is complete.\n' },
      { lang: 'fr', text: 'Je comprends que la panne vous a fait perdre des commandes. Voici ce que nous allons faire.\n' },
      { lang: 'fr', text: 'Pas de panique : la sauvegarde de dimanche est complète.\n' },
    ],
    invalid: [
      { lang: 'en', text: 'It\'s not my fault, I did everything right.\n' },
      { lang: 'en', text: 'I did my job. We are not responsible for the hosting outage.\n', count: 2 },
      { lang: 'fr', text: 'Ce n\'est pas de ma faute.\n' },
      { lang: 'fr', text: 'Je n\'y suis pour rien : j\'ai fait mon travail.\n' },
    ],
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const s of proseSentences(ctx)) {
      const hit = matchFamily(FAMILY, s.plain, s.langs, s.span.start, s.norm)[0];
      if (!hit) continue;
      findings.push({
        span: hit.span,
        message: {
          en: `"${hit.text}" sounds defensive: acknowledge the problem and say what you will do about it.`,
          fr: `« ${hit.text} » sonne comme une justification : reconnaissez le problème et dites ce que vous allez faire.`,
        },
      });
    }
    return findings;
  },
} satisfies LintRule;
