// An unforeseen-issue notice offers at least two options, each with its cost and its delay,
// and says which one you recommend (P3, P13).
import type { Finding, LintRule, NoteContext } from '../types.js';
import { hasPhrase } from '../text/phrases.js';
import { RECOMMEND } from '../cues.js';
import { LANGS } from '../../ports.js';
import { findOptions } from '../options-finder.js';
import { hasContent, labelledSections, sectionsWith, tableHeaders, titleSpan } from '../structure.js';

interface Options extends Record<string, unknown> { minOptions: number; }

const COST = /[€$£¥₹]|\b(?:chf|eur|usd|cad|gbp|aud|inr|fr\.)\s?\d|\b\d[\d\s.,']*\s?(?:k?€|k?\$|£|eur|euros?|usd|cad|chf|gbp|dollars?|francs?)(?![\p{L}])|\b(?:free|no (?:extra |additional )?(?:cost|charge|fee)s?|at no (?:extra |additional )?(?:cost|charge)|nothing extra|included|(?:costs?|price|budget|fee)s?\b|(?:man|person)[- ]days?|hours? of work|billable)|(?:covered by|within) (?:your|the) (?:\w+ )?(?:plan|contract|retainer|package)|gratuit|offert|inclus|compris(?:e|es)? dans|couvert(?:e|es)? par|sans (?:frais|surco[uû]t|co[uû]t|supplément)|aucun (?:co[uû]t|frais|surco[uû]t|supplément)|co[uû]t(?:s|e|ent|era|erait)?\b|prix|tarif|budget|supplément|jours?[- ]homme|heures? de travail|factur|(?<![\p{L}])(?:à|a) (?:ma|notre) charge|(?<![\p{L}])(?:à|a) (?:mes|nos) (?:propres )?frais|\bon the house\b/iu;
const DELAY = /\b\d+(?:[.,]\d+)?\s?(?:h|hrs?|hours?|min|mins|minutes?|days?|weeks?|months?|business days?|working days?|jours?|semaines?|heures?|mois|j)\b|\b(?:an?|one|two|three|four|five|ten|fifteen|twenty|thirty|half an?|une?|deux|trois|quatre|cinq|dix|quinze|vingt|trente)\s(?:minutes?|hours?|days?|weeks?|heures?|jours?|journ[ée]es?|semaines?)\b|\b(?:a half-?|une demi-?\s?|(?:a |un )?quar(?:ter of an|t d['’]))\s?(?:hour|day|heure|journ[ée]e)\b|\b(?:no (?:extra |additional )?delay|on (?:time|schedule)|same day|immediate(?:ly)?|today|tonight|tomorrow|this week|next week|delay(?:ed|s)?|deadline|deliver(?:y|ed)?|timeline|schedule|launch|go-live|ready (?:on|by)|takes?|within)\b|dans l['’]heure|dans la journ[ée]e|within (?:the|an|one) hour|sans (?:délai|retard|décalage)|aucun (?:délai|retard|décalage)|dans les temps|immédiat|délai|retard|décal|livr|calendrier|planning|date|semaine|demain|aujourd|prêt (?:le|pour)|mise en ligne/iu;
const COST_HEAD = /co[uû]t|cost|prix|price|budget|tarif|montant|amount|fee/i;
const DELAY_HEAD = /d[ée]lai|delay|date|timing|time|when|quand|dur[ée]e|duration|calendrier|schedule|livraison|delivery/i;

// Leaving things as they are has nothing to schedule: that option needs no delay.
// Leaving things as they are has nothing to schedule and no work to pay for: it needs neither.
const STATUS_QUO = /\b(?:do nothing|doing nothing|leave (?:it|things|everything) as (?:it is|they are|is)|leave (?:the|it|them|things)\b(?! to\b)|keep (?:it|things) as (?:it is|they are|is)|let it (?:pass|go)|wait and see|status quo)\b|\bne rien (?:faire|changer)|laisser (?:tel quel|les choses|en l['’][ée]tat|passer|couler|(?:le|la|les) \p{L}+)|statu quo/iu;
// A cost said once for every option: "I won't bill the hours I spend on this", « je ne facture pas le temps passé ».
const NO_CHARGE = /\b(?:won['’]t|will not|don['’]t|do not|not) (?:bill|charge|invoice)\b|\bat (?:my|our) (?:own )?(?:cost|expense)\b|\bfree of charge\b|\bne (?:te |vous )?(?:facture|facturerai|facturons|facturerons) (?:pas|rien)\b|\b(?:à|a) (?:ma|notre) charge\b|\b(?:à|a) mes frais\b/iu;

// An option that costs nothing, beside others that give their delay, is one the client can take at
// once or that runs on its own ("Answer only those who write in. Cost: nothing", « Sans frais »):
// rule-blind writers leave its delay unsaid in notes they judge complete.
const FREE = /\b(?:free|no (?:extra |additional )?(?:cost|charge|fee)s?|at no (?:extra |additional )?cost|costs? (?:you )?nothing|cost: (?:nothing|none|£?0\b))|\bgratuit|\bsans frais\b|\baucun (?:co[uû]t|frais)\b|\bco[uû]t\s?: aucun|\bne (?:vous )?co[uû]te rien\b/iu;

// People's time is a cost too: "an hour of your staff's time", « deux heures de mon temps ».
const TIME_COST = /\b(?:hours?|days?|minutes?) of (?:my|our|your|their)\b[^.;]{0,20}\btime\b|\b(?:heures?|jours?|journ[ée]es?|minutes?) de (?:mon|notre|votre|ton|leur) temps\b|\bde b[ée]n[ée]volat\b/iu;
// A clock time or a part of today pins when it happens: "done at 08:40 this morning", « ce matin à 9 h ».
const WHEN_TODAY = /\b(?:at|by|before|à|avant|vers|dès)\s\d{1,2}(?:[:.h]\s?\d{2}|\s?(?:am|pm|h)\b)|\b(?:this (?:morning|afternoon|evening)|ce (?:matin|soir)|cet apr[èe]s-midi)\b/iu;
// An option built on another ("As option 1, and…", "Also add…", « L'option 1, plus… »): what it leaves
// unsaid is the other option's.
const BUILDS_ON = /^\W*(?:(?:as|same as|like|with) option \w+|option \w+,? (?:plus|and|then)|also|and also|in addition|(?:l['’])?option \w+,? (?:plus|et|puis)|comme (?:l['’])?option \w+|en plus|aussi|de plus)\b|^\W*(?:\p{L}+\s){1,2}(?:also|aussi)\b/iu;
// Within its first words: "Refund as in option 1, and…", « Rembourser comme dans l'option 1 ».
const AS_IN_OPTION = /^\W*(?:\S+\s){0,4}(?:as in |same as (?:in )?|like in |comme (?:dans|pour|en) (?:l['’]|le cas de l['’])?)option \w+/iu;
// An option that opens with an earlier option's action and adds to it ("1. Refund… 2. Refund and
// send a voucher", « 1. Rembourser… 2. Rembourser et offrir un bon »): the same work, the same delay.
// The subject or an object pronoun may come with it: "Restore them and…", « Les restaurer et… », "I resend them and…".
const SUBJECT = String.raw`(?:(?:i|we|je|nous|on)\s+|j['’])?`;
const CLITIC = String.raw`(?:(?:les|le|la|leur|lui|y|en)\s+|l['’])?`;
const ADDS_TO_LEAD = new RegExp(String.raw`^\W*${SUBJECT}${CLITIC}\p{L}+\s+(?:(?:them|it|those|these|everything|all|all of them|each|tout|tous|toutes)\s+)?(?:and|plus|then|et|puis)\b`, 'iu');
const LEAD = new RegExp(String.raw`^\W*${SUBJECT}${CLITIC}(\p{L}+)`, 'iu');
const leadWord = (text: string): string | undefined => LEAD.exec(text)?.[1]?.toLowerCase();
// An option that joins the others ("Both of the above", « Les deux », "Options 1 and 2 together"):
// its cost and delay are theirs.
const COMBINES = /^\W*(?:(?:do |doing )?both(?: of (?:the above|them|these))?(?: options)?|all (?:of )?(?:the above|three)|options? (?:\w+|\d) (?:and|\+|&) (?:\w+|\d)(?: together| combined)?|(?:(?:faire |un peu )?(?:les|des) deux(?: options| à la fois| solutions)?|(?:les|toutes les) (?:trois|options ci-dessus)|(?:les )?options? (?:\w+|\d) (?:et|\+|&) (?:\w+|\d)(?: ensemble| combinées)?))\W*$/iu;
// An option the writer advises against is there so the client sees it was weighed, not to be priced.
const ADVISED_AGAINST = /\b(?:(?:i|we)['’]?d? (?:would )?(?:advise|recommend) against|(?:i|we) (?:do not|don['’]t|wouldn['’]t|would not) (?:recommend|advise|suggest)|not (?:something )?(?:i|we)['’]?d? (?:recommend|advise|suggest|support)|not recommended)\b|d[ée]conseill|\b(?:je|nous) ne (?:le |la |les |vous le |vous la |te le )?(?:recommande|recommandons|conseille|conseillons)(?:rais|rions)? pas\b|\bpas recommand[ée]/iu;
// What the client's own people do, they schedule: "Your team phones them", « Votre équipe les appelle ».
const CLIENT_ACTS = /^\W*(?:you(?!['’]ll get)\b|your (?:\p{L}+\s){0,2}?(?:team|staff|people|office|manager|assistant|colleagues?|developers?|volunteers?)\b|vous\s(?!recevez|recevrez|aurez|avez)|tu\s|(?:votre|vos|ton|ta|tes) (?:\p{L}+\s){0,2}?(?:équipe|personnel|bureau|secrétariat|collègues?|gérante?|assistante?|bénévoles|employée?s?|salariée?s?)\b)/iu;

// An option that opens with "No…" / « Aucun… » / « Pas de… » is the one that does less: no work to
// schedule or to pay for ("Aucun rectificatif général, seulement des réponses individuelles").
const NO_ACTION = /^\W*(?:no|aucune?|pas de|pas d['’]|sans)\s+\p{L}+/iu;
// Making it right with money (P14): a refund, a credit, a discount, paying for what the client paid.
// With its amount, there is nothing to schedule: "I pay for the upgrade you gave them (£240)".
const SETTLEMENT = /\b(?:refund\w*|reimburs\w*|pay(?:s|ing)? for|credit(?: note)?|discount|voucher|waive\w*|take\s[^.;]{0,20}\soff|rembours\w*|avoir|rabais|remise|bon d['’]achat|dédommag\w*|geste commercial|prends? en charge)\b/iu;
const AMOUNT = /[€$£¥₹]\s?\d|\d[\d\s.,']*\s?(?:k?€|k?\$|£|eur|euros?|usd|cad|chf|gbp|dollars?|francs?)(?![\p{L}])|\d+(?:[.,]\d+)?\s?%/iu;
const WORDS = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}'’+]+/u).filter(Boolean);
const ADDS = new Set(['and', 'plus', 'then', 'with', 'et', 'puis', 'avec', '+']);

/** "Courriel rectificatif plus un rabais…" after "Courriel rectificatif à toute la liste…": the same lead, more added. */
function sameLeadPlus(text: string, earlier: readonly string[]): boolean {
  const w = WORDS(text);
  return earlier.some(e => {
    const v = WORDS(e);
    for (let n = 1; n <= 3; n++) {
      if (w.length <= n || v.length < n || w.slice(0, n).join(' ') !== v.slice(0, n).join(' ')) return false;
      if (ADDS.has(w[n]!)) return true;
    }
    return false;
  });
}

function buildsOn(text: string, earlier: readonly string[]): boolean {
  if (BUILDS_ON.test(text) || AS_IN_OPTION.test(text) || COMBINES.test(text.trim()) || sameLeadPlus(text, earlier)) return true;
  const lead = ADDS_TO_LEAD.test(text) ? leadWord(text) : undefined;
  return !!lead && earlier.some(e => leadWord(e) === lead);
}

function optionHasDelay(ctx: NoteContext, text: string, start: number): boolean {
  return DELAY.test(text) || WHEN_TODAY.test(text) || STATUS_QUO.test(text) || ctx.dates({ start, end: start + text.length }).length > 0;
}

const rule: LintRule<Options> = {
  id: 'incident-options',
  summary: { en: 'An incident notice offers two or more options, each with cost and delay, and a recommendation.', fr: 'Un avis d\'imprévu propose au moins deux options, chacune avec coût et délai, et une recommandation.' },
  principles: ['P3', 'P13'],
  why: { en: "When something unexpected happens, the client should learn of the problem together with the ways out: two or more options, each with its cost and delay, and your recommendation. One take-it-or-leave-it answer, or none, leaves them alone with the problem; options let them decide calmly, as promised at contract time.", fr: "Quand survient un imprévu, le client doit apprendre le problème en même temps que les façons d’en sortir : au moins deux options, chacune avec son coût et son délai, et votre recommandation. Une seule réponse à prendre ou à laisser, ou aucune, le laisse seul face au problème ; des options lui permettent de décider sereinement, comme promis à la signature." },
  defaultSeverity: 'warning',
  options: { minOptions: { type: 'number', default: 2, description: 'Fewest options an incident notice offers.' } },
  types: ['incident'],
  examples: {
    valid: [
      { lang: 'en', text: '---\ntype: incident\ndate: 2026-11-20\n---\n# Unforeseen issue\n\n## Options\n\n| Option | Cost | Delay |\n|---|---|---|\n| A. Patch the plugin | 300 € | 2 days |\n| B. Replace the plugin | 900 € | 1 week |\n\n## Recommendation\nI recommend option A.\n' },
      { lang: 'fr', text: '---\ntype: incident\ndate: 2026-11-20\n---\n# Imprévu\n\n## Options\n- **A.** Corriger le module : 300 €, livré en 2 jours.\n- **B.** Remplacer le module : 900 €, une semaine de délai.\n\nJe recommande l\'option A.\n' },
      { lang: 'en', text: '---\ntype: incident\ndate: 2026-11-20\n---\n# Unforeseen issue\n\n## Options\n- Send a short apology to the list today (free, 20 minutes).\n- Do nothing and let it pass (free, no effort).\n\nI recommend the apology.\n', note: 'Leaving things as they are has nothing to schedule.' },
      { lang: 'fr', text: '---\ntype: incident\ndate: 2026-11-20\n---\n# Imprévu\n\n## Options\n- Envoyer un mot d\'excuse à la liste aujourd\'hui (gratuit, 20 minutes).\n- Ne rien faire (gratuit, aucun effort).\n\nJe recommande le mot d\'excuse.\n' },
      { lang: 'fr', text: '---\ntype: incident\ndate: 2026-11-20\n---\n# Imprévu\n\nL’infolettre est partie deux fois ce matin.\n\nVoici ce que je vous propose :\n\n1. **Envoyer un mot d’excuse** cet après-midi. Gratuit, avant 16 h.\n2. **Ne rien envoyer** et répondre à ceux qui ont écrit. Gratuit, immédiat.\n\nJe recommande la deuxième option.\n', note: 'Des options annoncées par une phrase, sans titre.' },
      { lang: 'en', text: '---\ntype: incident\ndate: 2026-11-20\n---\n# Unforeseen issue\n\nThe newsletter went out twice this morning.\n\nHere is what I suggest:\n\n1. **Send a short apology** this afternoon. Free, by 4 pm.\n2. **Say nothing** and answer those who wrote. Free, no delay.\n\nI recommend the second option.\n' },
      { lang: 'en', text: '---\ntype: incident\ndate: 2026-11-20\n---\n# Unforeseen issue\n\n## Options\n1. Resend the corrected invoices today. Free.\n2. Resend them as in option 1 and add a 5 % credit note. About 90 €.\n\nI recommend option 1.\n', note: 'An option built on another shares its delay.' },
      { lang: 'fr', text: '---\ntype: incident\ndate: 2026-11-20\n---\n# Imprévu\n\n## Options\n1. Rembourser les frais de port aux clients concernés demain matin. Sans frais pour vous.\n2. Rembourser et offrir la livraison de la prochaine commande. Environ 120 €.\n\nJe recommande l\'option 1.\n', note: 'La deuxième option reprend l\'action de la première, et son délai.' },
      { lang: 'fr', text: '---\ntype: incident\ndate: 2026-12-03\n---\n# Imprévu\n\n## Options\n1. Revenir ce soir à l\'ancienne version (sans frais, effectif demain matin).\n2. Ajouter un contrôle d\'envoi (une demi-journée, à ma charge, prêt le lundi 7 décembre).\n3. L\'option 2, plus un SMS d\'excuse aux patients (prêt le lundi 7 décembre).\n\nJe recommande l\'option 1.\n', note: '« À ma charge » dit le coût : l\'auteur le prend sur lui.' },
      { lang: 'en', text: '---\ntype: incident\ndate: 2026-12-01\n---\n# Incident: wrong prices on 27 sofas\n\n## Options\n1. Honour the prices and I cover half the difference (about £640 each side).\n2. Contact the customers and offer the correct price or a refund.\n\nI recommend option 1.\n', note: 'No option has a delay: each acts at once, so none is asked for one.' },
      { lang: 'fr', text: '---\ntype: incident\ndate: 2026-12-04\n---\n# Incident : rappel envoyé à toute la liste\n\n## Options\n1. **Courriel rectificatif à toute la liste**, envoyé lundi le 7 décembre, gratuit.\n2. **Courriel rectificatif plus un rabais de 10 %** sur le prochain atelier, à votre charge.\n3. **Aucun rectificatif général**, seulement des réponses aux personnes qui ont écrit.\n\n## Recommandation\nL\'option 1.\n', note: 'La même action plus un ajout partage son délai ; « Aucun… » est l\'option qui ne fait rien de plus.' },
      { lang: 'en', text: '---\ntype: incident\ndate: 2026-12-01\n---\n# Incident: rooms sold twice\n\n**Options for the four guests**\n1. I refund the rooms from my fee (£560 in total) by Friday 4 December. My recommendation.\n2. I pay for the upgrade you gave two of them (£240), and you handle the other two.\n3. I take £300 off December\'s invoice.\n', note: 'Making it right with money has nothing to schedule.' },
      { lang: 'fr', text: '---\ntype: incident\ndate: 2026-12-01\n---\n# Incident : porte bloquée\n\n**Options**\n1. Je republie la mise à jour le samedi 5 décembre à 7 h, après un test sur la vraie porte. *Recommandée.*\n2. On abandonne la mise à jour jusqu\'au nouveau matériel en janvier, sans frais.\n', note: '« Sans frais » n\'est pas un prix à comparer : l\'autre option, la correction de l\'erreur, n\'a pas à en donner.' },
    ],
    invalid: [
      { lang: 'en', text: '---\ntype: incident\ndate: 2026-12-01\n---\n# Incident: rooms sold twice\n\n## Options\n1. I refund the rooms from my fee (£560 in total) by Friday 4 December.\n2. I rebuild the room mapping and test it against live availability.\n\nI recommend option 1.\n', note: 'Work to do beside a priced refund: its cost and delay are asked.' },
      { lang: 'fr', text: '---\ntype: incident\ndate: 2026-12-04\n---\n# Incident : rappel envoyé à toute la liste\n\n## Options\n1. Courriel rectificatif à toute la liste, lundi le 7 décembre, 80 €.\n2. Appel à chaque inscrit qui a écrit, 150 €.\n\nJe recommande l\'option 1.\n', note: 'Un prix sans délai.' },
      { lang: 'en', text: '---\ntype: incident\ndate: 2026-11-20\n---\n# Unforeseen issue\n\n## Options\n- Patch the plugin: 300 €, 2 days.\n\nI recommend patching it.\n', note: 'Only one option.' },
      { lang: 'fr', text: '---\ntype: incident\ndate: 2026-11-20\n---\n# Imprévu\n\n## Options\n- Corriger le module.\n- Remplacer le module : 900 €, une semaine.\n\n## Recommandation\nJe recommande la première option.\n', note: 'Option A has neither cost nor delay.' },
      { lang: 'en', text: '---\ntype: incident\ndate: 2026-11-20\n---\n# Unforeseen issue\n\n## Options\n- A. Patch the plugin: 300 €, 2 days.\n- B. Replace it: 900 €, 1 week.\n', note: 'No recommendation.' },
    ],
  },
  check(ctx, opts) {
    const found = findOptions(ctx);
    const findings: Finding[] = [];
    const n = found?.items.length ?? 0;
    const anchor = found?.anchor ?? titleSpan(ctx);
    if (n < opts.minOptions) {
      findings.push({ span: anchor, message: {
        en: `${n === 0 ? 'No options are offered' : `Only ${n} option is offered`}: give the client at least ${opts.minOptions}, each with its cost and delay (P3).`,
        fr: `${n === 0 ? 'Aucune option n\'est proposée' : `Une seule option est proposée`} : donnez au client au moins ${opts.minOptions} options, chacune avec son coût et son délai (P3).` } });
    }
    if (found) {
      const heads = found.table ? tableHeaders(found.table) : [];
      const costCol = heads.findIndex(h => COST_HEAD.test(h));
      const delayCol = heads.findIndex(h => DELAY_HEAD.test(h));
      const outside = found.items.reduceRight((text, i) => text.slice(0, i.span.start) + text.slice(i.span.end), ctx.text);
      const blanketCost = NO_CHARGE.test(outside);
      const anyDelay = found.items.some(i => optionHasDelay(ctx, i.text, i.span.start));
      // What the options differ by is what each must say: where none has a price (each is the
      // writer's own fix) or none a delay (each acts at once), that side is not asked of any.
      // A list that states neither leaves the client nothing to choose by: both are asked.
      // "Free" is no price to compare: options priced only as free (the writer's own fix) ask no cost of the others.
      const anyCost = costCol >= 0 || found.items.some(i => (COST.test(i.text) && (!FREE.test(i.text) || AMOUNT.test(i.text))) || TIME_COST.test(i.text));
      const askCost = anyCost || !anyDelay, askDelay = delayCol >= 0 || anyDelay || !anyCost;
      for (const [k, item] of found.items.entries()) {
        const cells = found.table ? item.text.split(' | ') : [];
        const statusQuo = STATUS_QUO.test(item.text) || NO_ACTION.test(item.text);
        const settles = SETTLEMENT.test(item.text) && AMOUNT.test(item.text);
        const builds = buildsOn(item.text, found.items.slice(0, k).map(i => i.text));
        const against = ADVISED_AGAINST.test(item.text);
        const cost = !askCost || against || (costCol >= 0 ? (cells[costCol] ?? '').trim().length > 0 : statusQuo || blanketCost || builds || COST.test(item.text) || TIME_COST.test(item.text));
        const delay = !askDelay || against || (delayCol >= 0 ? (cells[delayCol] ?? '').trim().length > 0 : builds || statusQuo || settles || CLIENT_ACTS.test(item.text) || (anyDelay && FREE.test(item.text)) || optionHasDelay(ctx, item.text, item.span.start));
        if (cost && delay) continue;
        const firstLine = item.text.split('\n')[0]!;
        const what = !cost && !delay ? { en: 'its cost and its delay', fr: 'son coût et son délai' } : !cost ? { en: 'its cost', fr: 'son coût' } : { en: 'its delay', fr: 'son délai' };
        findings.push({ span: { start: item.span.start, end: item.span.start + firstLine.length }, message: {
          en: `This option does not say ${what.en}: the client cannot choose without them ("300 €, 2 days").`,
          fr: `Cette option n'indique pas ${what.fr} : le client ne peut pas choisir sans (« 300 €, 2 jours »).` } });
      }
    }
    const recSection = sectionsWith(ctx, ['recommendation']).some(s => hasContent(ctx, s)) || labelledSections(ctx, 'incident').has('recommendation');
    // Both languages: "*Recommended.*" alone is too short for its language to be told.
    const recSentence = recSection || ctx.sentences().some(s => !s.quoted && hasPhrase(RECOMMEND, s.text, LANGS));
    if (n > 0 && !recSentence) {
      findings.push({ span: anchor, message: {
        en: 'No recommendation: say which option you recommend and why, in one sentence ("I recommend option A because…").',
        fr: 'Aucune recommandation : dites quelle option vous recommandez et pourquoi, en une phrase (« Je recommande l\'option A, car… »).' } });
    }
    return findings;
  },
};

export default rule;
