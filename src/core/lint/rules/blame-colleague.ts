// blame-colleague (P11): the fault is put on a colleague, subcontractor, supplier or provider.
// The client does not care whose fault it is inside your business: apologise for the business.
// A third party named with a fault frame fires; a neutral mention ("our host restored the backup") does not.
import type { Finding, LintRule } from '../types.js';
import { matchFamily, type PhraseFamily } from '../text/phrases.js';
import { proseSentences } from '../text/rule-kit.js';

const WHO_EN = "(developer|developers|dev|devs|designer|designers|technician|technicians|tech|engineer|engineers|programmer|programmers|contractor|contractors|subcontractor|subcontractors|sub-contractor|freelancer|freelancers|supplier|suppliers|vendor|vendors|provider|providers|hosting provider|hosting company|web host|host|hoster|isp|registrar|accountant|bookkeeper|intern|interns|junior|colleague|colleagues|coworker|co-worker|coworkers|associate|partner|partners|agency|printer|printers|photographer|copywriter|translator|assistant|employee|employees|staff|sysadmin|admin|it guy|it department|it team|integrator|consultant|third party|third-party|manufacturer|courier|carrier|delivery company|partner agency|back-end developer|front-end developer|qa team|qa|test team|testing team|qa people|tester|testers|other team|dev team|tech team|support team|web agency|payment provider|email provider|cloud provider|data center|datacenter|other developer|previous developer|former developer|previous agency|old agency|previous freelancer|other agency|it guy|it person|hosting guys|it guys|dev guys|tech guys|hosting people|hosting team|printing company|print shop|subs|sub|copy editor|copy-editor|proofreader|proof-reader|editor|(back-end|backend|front-end|frontend|server|hosting|design|web|dev|tech|seo|print|database|db|network|email) (guy|guys|person|people|folks|lady|man|woman))";
const DET_EN = "(the|our|my|his|her|their|that|this)";
const WHO_FR = "(developpeur|developpeurs|developpeuse|dev|devs|designer|graphiste|graphistes|technicien|techniciens|technicienne|ingenieur|ingenieurs|programmeur|prestataire|prestataires|sous-traitant|sous-traitants|sous-traitante|soustraitant|fournisseur|fournisseurs|hebergeur|hebergeurs|comptable|expert-comptable|stagiaire|stagiaires|collegue|collegues|associe|associee|partenaire|partenaires|agence|imprimeur|imprimerie|photographe|redacteur|redactrice|traducteur|traductrice|assistant|assistante|employe|employee|employes|salarie|salariee|integrateur|consultant|consultante|freelance|free-lance|informaticien|transporteur|livreur|registrar|bureau d'etudes|service technique|service informatique|equipe technique|equipe de dev|autre equipe|webmaster|administrateur|admin|fabricant|editeur|operateur|fai|banque|agence partenaire|(equipe|service) (de test|de tests|qualite|de dev|de developpement|technique|support|informatique|design|graphisme)|ancienne agence|ancien prestataire|ancien developpeur|(gars|mec|type|personne|gens|equipe|fille|dame|monsieur|madame) (du|de la|de l'|des|de) (serveur|serveurs|hebergement|dev|developpement|design|graphisme|reseau|informatique|support|imprimerie|compta|comptabilite|marketing|seo|base de donnees|web|site|back-end|front-end|maintenance)|pigiste|pigistes|correcteur|correctrice|relecteur|relectrice|programmeuse|codeur|codeuse|infographiste|sous-contractant|fournisseuse|imprimeuse)";
const DET_FR = "(le|la|l'|les|mon|ma|mes|notre|nos|ce|cet|cette|ces|son|sa|leur|du|des|au|aux)";
// Third parties are found first (one small regex), then replaced by the token "zq" so the fault
// frames below stay small regexes instead of repeating the long list of trades in every pattern.
// The placeholder is two letters so it fits in the shortest match ("dev").
const WHO: PhraseFamily = { id: 'third-party', patterns: { en: [`${DET_EN}? ${WHO_EN}`], fr: [`${DET_FR}? ${WHO_FR}`] } };
const THEM_EN = 'zq';
const THEM_FR = 'zq';

const FAMILY: PhraseFamily = {
  id: 'blame-colleague',
  patterns: {
    en: [
      `${THEM_EN} ~2 (made|makes|has made|had made) (a|an|the|this|that|some|several|one|another)? (mistake|mistakes|error|errors|blunder|typo|slip|wrong call|bad call|mess|oversight)`,
      `${THEM_EN} ~2 (messed|screwed|mucked|stuffed|fouled|botched|cocked) (up|it up|this up|that up|things up)?`,
      `${THEM_EN} ~2 (dropped the ball|got it wrong|got this wrong|was wrong|were wrong|is to blame|are to blame|was to blame|were to blame|is at fault|was at fault|are at fault|were at fault|forgot|failed to|neglected to|broke|broke it|did not do|didn't do|didn't check|did not check|didn't test|did not test|never sent|misconfigured|misread|misunderstood|overlooked|let us down|let me down)`,
      `${THEM_EN} (is|was|are|were) (the one|the ones) (who|that) ~2 (made|broke|forgot|sent|caused|messed|did|wrote)`,
      // "My accountant sent that letter": the distal "that" points at the disputed thing ("this" just presents).
      `${THEM_EN} (sent|wrote|caused|broke|deleted) (that|those)`,
      `${THEM_EN} (is|was|are|were) responsible (for)? (this|that|the|it)?`,
      `(it's|that's|this is|it was|that was|it is|that is|blame it) (all)? (on|down to) ${THEM_EN}`,
      `(it's|that's|this is|it was|that was|it is|that is) (the|an|a)? (fault|mistake|error|doing) of ${THEM_EN}`,
      `(it's|that's|this is|it was|that was|it is|that is) ${THEM_EN} (who|that) ~2 (made|broke|forgot|sent|caused|messed|did|wrote|deleted|changed|got|failed|screwed|missed)`,
      `${THEM_EN} ('s|')? (fault|mistake|error|screw-up|blunder|negligence|carelessness|doing)`,
      `(fault|blame|responsibility|mistake|error) (lies|lay|rests|is|was) (entirely|squarely|solely|fully)? with ${THEM_EN}`,
      `(blame|blamed) ${THEM_EN}`, `(because of|due to|caused by|thanks to) ${THEM_EN}`,
      `(see|check|take it up|take this up|take that up|sort it out|sort this out|deal|raise it|discuss it|discuss this) (directly)? with ${THEM_EN}`,
      `(you'll|you will|you'd|you would|you need to|you have to|you should|you must|please) (have to|need to)? (contact|ask|call|email|write to|complain to|talk to|speak to|speak with|talk with) ${THEM_EN} (directly|yourself|about (it|this|that))?`,
      `(that's|this is|it's) (a question|one) for ${THEM_EN}`,
      `(not me|not us|wasn't me|wasn't us),? (it was|it's|blame) ${THEM_EN}`,
      `${THEM_EN} ~3 (by accident|by mistake|accidentally|mistakenly|inadvertently|carelessly|without (asking|telling|checking|testing))`,
      `(the|this|that)? (mistake|error|blunder|typo|bug|problem|issue|mess|oversight|outage) (was|were|has been|had been) (made|caused|introduced|created|done|triggered) by ${THEM_EN}`,
      `(the|this|that)? (mistake|error|blunder|typo|bug|problem|issue|mess) (comes|came|stems|stemmed|originates|originated) (from|with) ${THEM_EN}`,
      `${THEM_EN} (let us down|let me down|dropped us|left us hanging|left us in the lurch)`,
      `(talk|speak|write|complain|go|turn|refer|ask) (directly)? (to|with) ${THEM_EN} ~4 (not me|not us|not to me|not to us)`,
      `${THEM_EN} ~3 (messed|screwed|mucked) (things|everything|it all|this|that) up`,
      `${THEM_EN} ~3 (sent|gave|used|uploaded|published|installed|put|delivered|printed|deployed) ~2 (the|a|an) (wrong|incorrect|old|outdated|bad|previous) (file|files|version|invoice|link|amount|price|prices|address|email|document|date|figures|logo|photo|photos|text|texts|colours|colors)`,
      `${THEM_EN} ~4 (missed|blew|ignored|overlooked|let through) (the|a|our|their|your|this|that) (deadline|date|delivery|slot|email|instructions|bug|bugs|error|errors|mistake|problem|issue|typo|typos|flaw)`,
      `${THEM_EN} ~6 (messed|screwed|mucked|stuffed|fouled|cocked) (it|this|that|things|everything)? up`,
      `${THEM_EN} ~8 ,? (not us|not me|not by us|not by me|not on our side|not our fault|not my fault)`,
      `${THEM_EN} ('s|')? (files|file|work|code|design|designs|mockups|texts|copy|photos|part|setup|config|delivery|translation|translations|plans|drawings|figures|data) (was|were|is|are) (a|an|a real|a total|a complete|an absolute|completely|totally|full of)? (mess|disaster|shambles|garbage|rubbish|junk|unusable|broken|wrong|useless|errors|mistakes|bugs)`,
      `${THEM_EN} ~6 (she's|he's|they're|she is|he is|they are|she was|he was|they were) the (one|ones) (who|that) ~2 (sent|made|wrote|broke|did|forgot|deleted|changed|caused|messed|screwed|missed|approved|set)`,
      `${THEM_EN} ~4 (was|were|is|are) (late|behind|slow) (again|with|on|delivering)?`,
      `${THEM_EN} ~3 (delivered|sent|shipped|answered|replied) ~2 late`,
      // Structure, not a list of objects: the third party did a damaging thing to anything ("deleted the staging database").
      `${THEM_EN} ~2 (pushed|deployed|shipped|released|uploaded|sent|delivered|installed|published|merged) ~1 (untested|unchecked|broken|buggy|unfinished|faulty|half-finished|unreviewed)`,
      `${THEM_EN} ~10 (and|which) (then)? (it|that|this)? (took|brought|knocked|pulled|crashed|broke) ~3 (down|offline|everything|the (site|shop|store|app|server|checkout))`,
      `${THEM_EN} ~2 (ignored|disregarded|skipped|overlooked|misread|did not follow|didn't follow|never read) (the|our|your|my|their)? (specs|spec|brief|instructions|plan|requirements|design|guidelines|checklist|process|deadline|mockups|wireframes|ticket|notes)`,
      `${THEM_EN} ~4 (left|handed over|handed us|delivered|gave us|sent us) ~4 (terrible|awful|horrible|dreadful|sorry|appalling|disastrous|messy|poor|shocking|abysmal) (state|shape|condition|mess|quality)`,
      `${THEM_EN} ~4 (left|made) (a|an|such a|a real|a total|a complete|a huge|a big) (mess|disaster|shambles|dog's breakfast|hash)`,
      `${THEM_EN} ~6 (sent|gave|used|uploaded|published|installed|put|delivered|printed|deployed|pushed|shipped|ordered|picked|wrote|built|made|coded|designed|created|configured|set up|did|chose) ~2 (the|a|an|some) (wrong|incorrect|old|outdated|bad|previous|faulty|broken|buggy|unfinished)`,
      `${THEM_EN} ~2 (deleted|erased|wiped|overwrote|overwritten|corrupted|crashed|took down|brought down|killed|trashed|ruined|mangled|butchered|botched|lost|leaked|broke|broken) ~6 (by mistake|by accident|accidentally|mistakenly|without (asking|telling|checking|testing|warning))`,
      `${THEM_EN} ~2 (broke|crashed|took down|brought down|wiped|trashed|ruined|mangled|butchered|botched|corrupted) (the|our|your|my|their|its|this|that|everything|it)`,
      // A failure of the third party, followed by its consequence: "..., hence the delay", "..., so we lost two days".
      `${THEM_EN} ~2 (didn't|did not|never|failed to|forgot to|couldn't|could not|wouldn't|would not|hasn't|has not|haven't|have not) ~6 (on time|in time|by the deadline|as agreed|as planned|as promised)`,
      `${THEM_EN} ~2 (didn't|did not|never|failed to|forgot to|hasn't|has not|haven't|have not|couldn't|could not) ~6 (that's why|which is why|that is why|this is why|hence|and that's why|which explains|and so|so now)`,
      `(because|since|as) ${THEM_EN} ~4 (again|twice|by mistake|by accident|forgot|didn't|did not|never|failed|wrongly|accidentally)`,
      `${THEM_EN} ~2 (got|had|has got) ~4 (wrong|mixed up|muddled)`,
      `${THEM_EN} ~2 (let|allowed) ~4 (slip|through|pass|get through|go through|go out)`,
      `(is|was|are|were|'s) (all|entirely|largely|mostly|squarely|purely)? (down to|due to|because of|caused by) ${THEM_EN}`,
      `${THEM_EN} ~6 (forgot to|failed to|neglected to|never bothered to|never (added|tested|checked|set up|configured|backed up|updated|renewed|validated|sent|delivered|finished))`,
      `${THEM_EN} ~2 (lost|misplaced|deleted|damaged|dropped|wiped|overwrote|leaked) (the|our|your|my|all|all the|both)`,
      `${THEM_EN} ~8 (hence|so|which is why|that's why|that is why|causing|which caused|which delayed|and now|and so|as a result|therefore) (we|i|the|our|your|this|that|it)? ~2 (delay|delays|delayed|late|lost|lose|slipped|slip|behind|outage|down|broke|broken|missed|wasted)`,
    ],
    fr: [
      `${THEM_FR} ~1 (s'est|se sont|s'etait|s'etaient) (encore|completement|lourdement|totalement|vraiment|carrement|encore une fois) (trompe|trompee|trompes|plante|plantee|plantes|emmele|emmelee|rate|ratee|loupe)`,
      `${THEM_FR} ~2 (s'est trompe|s'est trompee|se sont trompes|s'etait trompe|s'est plante|s'est plantee|se sont plantes|s'est emmele|s'est emmelee|s'est rate)`,
      `${THEM_FR} ~2 (a fait|avait fait|ont fait|a commis|avait commis|ont commis) (une|des|cette|l'|la|une grosse|une belle|plusieurs)? (erreur|erreurs|faute|fautes|betise|betises|boulette|boulettes|bourde|coquille|oubli|connerie|gaffe|gaffes|erreur de debutant|bevue|impair)`,
      `${THEM_FR} ~2 (a oublie|avait oublie|ont oublie|a neglige|n'a pas (fait|livre|envoye|respecte|verifie|teste|prevu|renouvele|suivi|sauvegarde|transmis)|n'ont pas (fait|livre|envoye|respecte|verifie|teste|prevu|renouvele|suivi|sauvegarde|transmis)|a mal (fait|compris|configure|lu|code|interprete|travaille)|ont mal (fait|compris|configure|lu|code)|a casse|ont casse|a tout casse|a rate|a foire|a merde|a bacle|a laisse passer|nous a lache|nous a laisse tomber|m'a lache)`,
      `${THEM_FR} (est|etait|sont|etaient) (seul|seuls|entierement|totalement)? (responsable|responsables|en cause|fautif|fautifs|fautive|a blamer|coupable|coupables|en tort)`,
      `${THEM_FR} ~4 (n'a pas tenu|n'ont pas tenu|a rate|ont rate|a manque|ont manque|a depasse|ont depasse) (le|les|la|son|leur|ses|leurs)? (delai|delais|date|deadline|echeance|engagement|engagements)`,
      `${THEM_FR} ~4 (a|ont|avait|avaient) (pris|eu) du retard`, `${THEM_FR} ~3 (a|ont) livre (en retard|trop tard)`,
      `(c'est|c'etait|cest|ce sont|ce n'est pas moi c'est) ${THEM_FR} qui ~2 (s'est trompe|s'est trompee|s'est plante|a fait|a oublie|a envoye|a casse|a mal|a commis|a rate|a oublie|a supprime|a efface|a modifie|a change|n'a pas|est responsable|a ecrit|a redige|a mis|a pousse|a livre|est en tort|etait en tort|est fautif|est en cause|etait en cause|a eu tort)`,
      `(c'est|c'etait|cest) (la|une) (faute|erreur|bourde) (de|du|des|d'|a|au|aux)? zq`,
      `(c'est|c'etait|cest|ce sont) (entierement|totalement|completement|uniquement|surtout|clairement|vraiment|bien|encore|franchement|avant tout) (la|une) (faute|erreur|bourde) ~1 zq`,
      `(c'est|c'etait|cest) (la|une) (faute|erreur|bourde) ${THEM_FR}`,
      `(la faute|l'erreur|la responsabilite|le probleme) (revient|incombe|vient|venait|est|etait) ~1 (a|au|aux|de|du|des|d'|chez|a l')? zq`,
      `(la faute|l'erreur|la responsabilite|le probleme) (revient|incombe|vient|venait|est|etait) ~1 ${THEM_FR}`,
      `(a cause de|a cause du|a cause des|a cause d'|par la faute de|par la faute du|la faute a|la faute au|la faute aux|de la faute de|de la faute du) zq`,
      `(a cause|par la faute|de la faute) ${THEM_FR}`,
      `(voyez|voir|adressez-vous|adressez vous|rapprochez-vous|tournez-vous|plaignez-vous|reclamez|reglez ca|voyez ca|voyez cela) (directement|plutot|donc)? (avec|a|au|aux|aupres de|aupres du|de|du|vers)? zq`,
      `(il faut|il faudra|il faudrait|vous devez|vous devrez|merci de|je vous invite a|je vous laisse) (voir|contacter|appeler|ecrire a|vous adresser a|vous plaindre aupres) (directement)? (avec)? ${THEM_FR}`,
      `(ce n'est pas moi|c'est pas moi|pas moi|ce n'est pas nous|c'est pas nous),? (c'est|c'etait|mais) ${THEM_FR}`,
      `(blamez|accusez|reprochez-le a) ${THEM_FR}`,
      `${THEM_FR} ~6 sans (me|nous|m') (prevenir|consulter|demander|avertir|en parler)`,
      `${THEM_FR} ~1 (nous|m'|me) (a|ont|avait) (lache|laches|lachee|lachees|laisse tomber|plante|plantes|mis dans l'embarras)`,
      `(l'erreur|la faute|la bourde|le bug|le probleme|l'oubli|la panne|la coquille) (a ete|avait ete|est|etait) (commise|commis|faite|fait|causee|cause|introduit|introduite|provoque|provoquee) par ${THEM_FR}`,
      `(l'erreur|la faute|le bug|le probleme|la panne|l'oubli) (provient|provenait|vient|venait) ~1 (de|du|des|d')? ${THEM_FR}`,
      `${THEM_FR} ~3 (par erreur|par megarde|par inadvertance|sans faire attention|sans verifier|sans tester)`,
      `${THEM_FR} ~3 (a|ont|avait) (envoye|donne|utilise|publie|installe|mis|livre|imprime|transmis) ~2 (le|la|les|un|une) (mauvais|mauvaise|mauvaises|ancien|ancienne|anciens|anciennes) (fichier|fichiers|version|facture|lien|montant|prix|adresse|document|date|chiffres|logo|photo|photos|texte|textes|couleurs)`,
      // Structure, not a list of objects: the third party did the wrong thing to anything.
      `${THEM_FR} ~2 (a|ont|avait|avaient) (pousse|deploye|mis en ligne|livre|installe|envoye|publie|fusionne) ~2 (non teste|non testee|non testes|non testees|non verifie|non verifiee|bugge|buggee|casse|cassee|defectueux|defectueuse|inacheve|inachevee|pas teste|pas testee)`,
      `${THEM_FR} ~6 (a|ont|avait|avaient) (completement|totalement|carrement|encore|vraiment|lamentablement|encore une fois|une fois de plus|tout)? (bousille|massacre|saccage|sabote|foire|merde|bacle|gache)`,
      `${THEM_FR} ~10 et (a|ont|avait) (tout)? (casse|brise|bousille|fait planter|fait tomber|fait sauter|supprime|efface|ecrase|corrompu) (le|la|les|l'|notre|votre|nos|vos|tout|ca)`,
      `${THEM_FR} ~6 (a|ont|avait|avaient) (installe|utilise|envoye|livre|mis|pousse|deploye|publie|choisi|commande|imprime|transmis) ~1 (le|la|les|un|une|l'|des|d') ~1 (obsolete|obsoletes|errone|erronee|errones|erronees|perime|perimee|perimes|defectueux|defectueuse|incorrect|incorrecte|incorrects|bugge|buggee|non teste|non testee|perimees|depasse|depassee)`,
      `(fichiers|fichier|travail|code|maquettes|maquette|textes|photos|livrables|traduction|traductions|plans|images|donnees|chiffres) ${THEM_FR} (etaient|etait|sont|est) ~2 (bordel|foutoir|catastrophe|desastre|horreur|n'importe quoi|inutilisable|inutilisables|faux|fausse|fausses|bourres d'erreurs|truffes d'erreurs|plein d'erreurs|pleins d'erreurs|casse|casses)`,
      `${THEM_FR} ~6 (c'est|c'etait) (elle|lui|eux|elles) qui ~2 (a|ont|avait|avaient) (envoye|fait|ecrit|casse|oublie|supprime|efface|change|mis|rate|valide|redige|plante|laisse)`,
      `${THEM_FR} ~2 (a|ont|avait|avaient) (completement|totalement|carrement|encore|vraiment|lamentablement|encore une fois|une fois de plus)? (rate|foire|bacle|loupe|sabote|gache|massacre|casse|brise|oublie|neglige|merde|plante|bousille|saccage|neglige)`,
      `${THEM_FR} ~4 (a|ont|avait|avaient) (laisse|livre|rendu|transmis|remis) ~4 (etat|qualite|bordel|chantier|foutoir|fouillis) (lamentable|deplorable|catastrophique|pitoyable|epouvantable|desastreux|deplorable|execrable|affreux|minable)`,
      `${THEM_FR} ~6 (a|ont|avait|avaient) (envoye|donne|utilise|publie|installe|mis|livre|imprime|transmis|pousse|deploye|commande|choisi|pris|ecrit|mis en ligne|fait|code|concu|cree|configure|construit|developpe|realise|monte) ~2 (le|la|les|un|une|l'|des|de|d') (mauvais|mauvaise|mauvaises|ancien|ancienne|anciens|anciennes|vieux|vieille|vieilles|faux|fausse|fausses|mauvais|errone|erronee|erronees|erronnes)`,
      `${THEM_FR} ~2 (a|ont|avait|avaient) (efface|supprime|ecrase|perdu|casse|brise|bousille|massacre|saccage|sabote|gache|rate|bacle|foire|plante|fait planter|fait tomber|fait sauter|corrompu|abime|endommage) ~6 (par erreur|par megarde|par inadvertance|sans faire attention|sans verifier|sans tester|sans (me|nous|m') (prevenir|demander|consulter|avertir))`,
      `${THEM_FR} ~2 (a|ont|avait|avaient) (casse|brise|bousille|massacre|saccage|sabote|gache|bacle|foire|fait planter|fait tomber|fait sauter|corrompu|tout fait foirer|tout fait rater|tout gache|tout casse|tout fait planter) (le|la|les|l'|notre|nos|votre|vos|mon|ma|mes|son|sa|ses|leur|leurs|tout|ca|cela)?`,
      `(c'est|c'etait|cest|ce sont) ${THEM_FR} qui ~1 (a|ont|avait) ~1 (tout)? (fait foirer|fait rater|fait planter|fait tomber|gache|casse|brise|bousille|foire|bacle|sabote|massacre|rate)`,
      // A failure of the third party, then its consequence or a denial: "..., d'où le retard", "..., ce n'est pas nous".
      `${THEM_FR} ~2 (ne|n') (nous|m'|me|vous|lui|leur|les|l'|le|la|a|ont|avait|avaient)? ~1 (pas|jamais) ~6 (a temps|dans les temps|dans les delais|a la date prevue|comme prevu|comme convenu)`,
      `${THEM_FR} ~2 (n'a pas|n'ont pas|n'avait pas|n'avaient pas|a oublie|ont oublie|avait oublie|n'a jamais|n'ont jamais) ~6 (voila pourquoi|c'est pourquoi|c'est pour ca|c'est pour cela|d'ou|du coup|ce qui explique|et donc|resultat)`,
      `(parce que|parce qu'|car|puisque|vu que|etant donne que) ${THEM_FR} ~4 (encore|de nouveau|a nouveau|deux fois|par erreur|par megarde|n'a pas|n'ont pas|a oublie|ont oublie|s'est trompe|s'est trompee|se sont trompes)`,
      `${THEM_FR} ~2 (a|ont|avait|avaient) (completement|totalement|vraiment|encore|visiblement|carrement)? mal (fait|compris|configure|lu|code|interprete|travaille|traduit|calcule|imprime|installe|regle)`,
      `${THEM_FR} ~12 ,? (ce n'est pas|c'est pas|pas) (nous|moi)`,
      `${THEM_FR} ~2 (a|ont|avait|avaient) laisse (passer|filer|echapper|trainer)`,
      `(est|etait|sont|etaient|a ete) (entierement|uniquement|surtout|totalement)? (du|due|dus|dues|imputable|imputables|attribuable|attribuables|liee|lie) (a|au|aux|a l')? ${THEM_FR}`,
      `${THEM_FR} ~6 (n'a jamais|n'ont jamais|n'avait jamais) (ajoute|teste|verifie|sauvegarde|mis a jour|renouvele|configure|prevu|livre|envoye|fini|termine|valide)`,
      `${THEM_FR} ~2 (a|ont|avait|avaient) (perdu|egare|supprime|efface|abime|endommage|ecrase) (la|le|les|l'|vos|nos|votre|notre|toutes les|tous les)`,
      `${THEM_FR} ~8 (d'ou|du coup|donc|resultat|par consequent|c'est pourquoi|c'est pour ca que|ce qui explique|ce qui a cause|ce qui a provoque) (le|la|les|un|une|nous|on|j'|notre|nos)? ~2 (retard|retards|panne|perdu|perte|bug|bogue|probleme|souci|decale|decalage|en retard)`,
      `${THEM_FR} ~8 (ce n'est pas|c'est pas|ce n'etait pas|pas) (nous|moi|de notre faute|de ma faute)`,
      `(il faut|il faudra|il faudrait|vous devez|vous devrez|tu dois|tu devras|merci de|je vous invite a|je te laisse|je vous laisse) (voir|regler|discuter|verifier) (ca|cela|ceci|le tout|ce point|la question)? (directement)? avec ${THEM_FR}`,
    ],
  },
};

export default {
  id: 'blame-colleague',
  summary: {
    en: 'The fault is put on a colleague, subcontractor or supplier: apologise in the name of the business.',
    fr: 'La faute est rejetée sur un collègue, un sous-traitant ou un fournisseur : excusez-vous au nom de l\'entreprise.',
  },
  principles: ['P11'],
  why: { en: "The client does not care whose fault it is inside your business: blaming a colleague, a subcontractor or a supplier sounds like dodging and suggests you do not control your own work. Apologise in the name of the business and say what you will do.", fr: "Le client ne cherche pas à savoir qui, chez vous, s’est trompé : accuser un collègue, un sous-traitant ou un fournisseur ressemble à une esquive et laisse croire que vous ne maîtrisez pas votre propre travail. Excusez-vous au nom de l’entreprise et dites ce que vous allez faire." },
  defaultSeverity: 'warning',
  options: {},
  examples: {
    valid: [
      { lang: 'en', text: 'We made a mistake in the invoice; we are sorry and a corrected one will follow on Friday 27 November.\n' },
      { lang: 'en', text: 'Our hosting provider restored last night\'s backup, and the site is back.\n', note: 'A neutral mention of a provider.' },
      { lang: 'fr', text: 'Nous nous sommes trompés dans la facture ; une facture corrigée suit vendredi 27 novembre.\n' },
      { lang: 'fr', text: 'Notre hébergeur a restauré la sauvegarde et le site est de nouveau en ligne.\n' },
    ],
    invalid: [
      { lang: 'en', text: 'The developer made a mistake in the payment form.\n' },
      { lang: 'en', text: 'That\'s on our hosting provider, not on us. My accountant sent that letter.\n', count: 2 },
      { lang: 'fr', text: 'C\'est le technicien qui s\'est trompé.\n' },
      { lang: 'fr', text: 'C\'est la faute du prestataire. Voyez avec mon comptable.\n', count: 2 },
    ],
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const s of proseSentences(ctx)) {
      const who = matchFamily(WHO, s.plain, s.langs, 0, s.norm);
      if (!who.length) continue;
      const parts: string[] = [];
      let at = 0;
      for (const w of who) {
        if (w.span.start < at) continue; // the same trade found by both languages
        parts.push(s.norm.slice(at, w.span.start), ' '.repeat(w.span.end - w.span.start - 2), 'zq');
        at = w.span.end;
      }
      parts.push(s.norm.slice(at));
      const masked = parts.join('');
      const found = matchFamily(FAMILY, s.plain, s.langs, 0, masked)[0];
      if (!found) continue;
      // Point at the whole third party ("the developer"), not at the placeholder.
      const start = Math.min(found.span.start, ...who.filter((w) => w.span.start <= found.span.start && found.span.start < w.span.end).map((w) => w.span.start));
      const hit = { text: s.plain.slice(start, found.span.end), span: { start: s.span.start + start, end: s.span.start + found.span.end } };
      findings.push({
        span: hit.span,
        message: {
          en: `"${hit.text}" blames someone inside your business: take responsibility as a team ("we") and say what you will do.`,
          fr: `« ${hit.text} » rejette la faute sur un tiers : assumez au nom de l'entreprise (« nous ») et dites ce que vous allez faire.`,
        },
      });
    }
    return findings;
  },
} satisfies LintRule;
