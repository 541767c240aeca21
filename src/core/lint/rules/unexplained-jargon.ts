// unexplained-jargon (P1): a technical term the client may not know, used with no explanation
// nearby (text/jargon-context.ts: parentheses, an apposition, "which means", « c'est-à-dire », what it
// does for the client, a glossary section, a link) and not in the profile glossary. One finding per
// term per note, at its first use. Silent for a technical reader (front matter `audience: technical` or
// the `audience` option) and in a section written for one ("Technical notes", « Pour ton développeur »).
import type { Finding, LintRule } from '../types.js';
import { matchFamily, normalizeText } from '../text/phrases.js';
import type { JargonTerm } from '../text/jargon-terms.js';
import { compile, findTerms, termRegex, type TermHit } from '../text/jargon-find.js';
import { openTerms } from '../text/jargon-open.js';
import { proseSentences } from '../text/rule-kit.js';
import { consequenceClause, discussedBefore, explained, glossarySections, plainInContext, inUrl, linkSpans, technicalAudience, technicalSections } from '../text/jargon-context.js';
import { memoized } from '../memo.js';
import { PACK_DATA } from '../packs/generated.js';
import { pack } from '../packs/index.js';

// Terms a client hears from every developer (the packs' `familiar` group): jargon only beside another term.
const FAMILIAR = new Set(PACK_DATA.filter((p) => p.rule === 'unexplained-jargon').flatMap((p) => p.groups['familiar'] ?? []));

export default {
  id: 'unexplained-jargon',
  summary: {
    en: 'A technical term the client may not know, with no explanation: explain it in plain words at first use.',
    fr: 'Un terme technique que le client peut ignorer, sans explication : expliquez-le simplement à la première occurrence.',
  },
  principles: ['P1'],
  why: { en: "Clients hire you precisely because they do not know the technical side. A term they do not understand (webhook, CDN, staging) is a misunderstanding waiting to happen: explain it in their words the first time, or leave it out.", fr: "Le client fait appel à vous justement parce qu’il ne connaît pas la technique. Un terme qu’il ne comprend pas (webhook, CDN, préprod) est un malentendu en puissance : expliquez-le avec ses mots la première fois, ou évitez-le." },
  defaultSeverity: 'warning',
  options: {
    terms: { type: 'string[]', default: [], description: 'More terms to check (phrase patterns, e.g. "kafka", "message queue*").' },
    ignore: { type: 'string[]', default: [], description: 'Built-in terms not to check for this project (by id, e.g. "cache", "deploy").' },
    audience: { type: 'string', default: 'client', description: 'Who reads this project\'s notes: "technical" (a CTO, the client\'s developers) turns the rule off; a note\'s front matter `audience:` wins.' },
  },
  examples: {
    valid: [
      { lang: 'en', text: 'The webhook (the message the bank sends your shop after each payment) is ready.\n' },
      { lang: 'en', text: 'I attached the PDF and the CSV export; the API of your bank and the SSL certificate are fine.\n', note: 'Acronyms clients know are not jargon.' },
      { lang: 'en', text: 'The new page is on staging, a private copy of your site, for you to test.\n' },
      { lang: 'fr', text: 'La facture de 1 200 € HT (TVA en sus) est en PDF ; mon IBAN et mon SIRET sont en bas.\n', note: 'Les sigles que le client connaît ne sont pas du jargon.' },
      { lang: 'fr', text: 'Le CDN, c\'est-à-dire le réseau de serveurs qui sert vos images au plus près de vos visiteurs, est en place.\n' },
      { lang: 'fr', text: 'Nous avons vidé le cache : la copie temporaire des pages que garde le navigateur.\n' },
      { lang: 'en', text: '---\naudience: technical\n---\nThe endpoints now go through the GraphQL gateway, with Redis caching on staging.\n', note: 'A note for the client\'s developers says so in its front matter.' },
      { lang: 'fr', text: '# Point\n\n## Fait\n\nLa connexion avec Google marche.\n\n## Notes techniques (pour Raj)\n\nLes tokens OAuth sont rafraîchis en arrière-plan.\n', note: 'Une section écrite pour les techniciens du client, dite par son titre.' },
      { lang: 'en', text: 'I refactored the checkout code so the next changes will be quicker, and the login uses OAuth, as we discussed.\n', note: 'What it brings, in plain words; a term met with the client before.' },
    ],
    invalid: [
      { lang: 'en', text: 'We fixed a regression in the backend and will deploy on Friday 27 November.\n', count: 3 },
      { lang: 'en', text: 'The webhook is updated. The webhook change takes a day.\n', note: 'One finding per term, at its first use.' },
      { lang: 'fr', text: 'Nous avons corrigé une régression dans le back-end.\n', count: 2 },
      { lang: 'fr', text: 'La refacto est terminée.\n' },
    ],
  },
  check(ctx, options) {
    const extra = Array.isArray(options.terms) ? (options.terms as string[]) : [];
    const ignore = Array.isArray(options.ignore) ? (options.ignore as string[]) : [];
    // Written for technical readers (front matter `audience: technical`, or the option): nothing to explain.
    if (technicalAudience(ctx, options.audience)) return [];
    const sentences = proseSentences(ctx);
    const technical = technicalSections(ctx);
    const glossary = ctx.glossary.map((g) => normalizeText(g));
    const glossarySecs = glossarySections(ctx);
    const clientWords = ctx.sentences().filter((s) => s.quoted).map((s) => normalizeText(s.text)).join('\n');
    const links = linkSpans(ctx);
    const skipped = new Set(ignore.map((w) => normalizeText(w)));
    const first = new Map<string, Finding>();
    const done = new Set<string>();
    for (const lang of ctx.langs) {
      const compiled = compile(lang, extra, ignore);
      const { terms } = compiled;
      const memo = new Map<string, boolean>();
      // A sentence's terms depend on its folded text, the language and the options: kept across edits in the editor.
      const question = `jargon\u0000${lang}\u0000${extra.join('\u0001')}\u0000${ignore.join('\u0001')}`;
      const isListed = (w: string): boolean => compiled.words.has(w) || compiled.words.has(w.replace(/s$/, '')) || skipped.has(w);
      const termsOf = (norm: string): readonly TermHit[] => memoized(norm, question, () => findTerms(compiled, norm), (hs) => 16 + 32 * hs.length);
      // In the profile glossary, or used by the client in a quote: the client knows the word.
      const known = (term: JargonTerm): boolean => {
        let k = memo.get(term.id);
        if (k === undefined) {
          const single = termRegex(term, lang);
          k = glossary.includes(normalizeText(term.id)) || glossary.some((g) => single.test(g)) || single.test(clientWords);
          memo.set(term.id, k);
        }
        return k;
      };
      sentences.forEach((s, idx) => {
        if (ctx.langs.length > 1 && s.lang !== lang) return;
        if (technical.has(s.section)) return;
        // A sentence that holds code is written for someone who reads code (the client's developer).
        if (links.some((l) => l.code && s.span.start <= l.start && l.end <= s.span.end)) return;
        // The packs' terms, then those known by their shape (capitals, identifiers) that no list names.
        const listed = termsOf(s.norm).map((h) => ({ term: terms[h.term], start: h.start, end: h.end }));
        const open = memoized(s.plain, `${question}\u0000open`, () => openTerms(s.plain, isListed), (hs) => 16 + 32 * hs.length);
        const hits = [...listed, ...open.filter((o) => !listed.some((l) => l.start < o.end && o.start < l.end))];
        // What the sentence's words say about each term (pack groups), kept per sentence across edits.
        const inWords = memoized(s.plain, `${question}\u0000words`, () => ({
          plain: hits.map((h) => plainInContext(s, lang, h.start, h.end)),
          tech: pack('unexplained-jargon', lang)!.hasGroup(s, 'tech-words'),
          techAt: matchFamily(pack('unexplained-jargon', lang)!.group('tech-words'), s.plain, [lang], 0, s.norm).map((m) => m.span.start),
        }), (v) => 16 + v.plain.length + 8 * v.techAt.length);
        // A familiar term alone in a plain sentence reads fine; next to another term, both are reported.
        const others = (id: string): boolean => hits.some((x) => x.term && x.term.id !== id && !FAMILIAR.has(x.term.id))
          || new Set(hits.filter((x) => x.term && x.term.id !== id).map((x) => x.term!.id)).size >= 2
          || inWords.tech;
        // Explained by what it brings, in plain words: the clause after it names no other term.
        const plainClause = (b: number): boolean => {
          const at = consequenceClause(s, b);
          return at >= 0 && !hits.some((x) => x.start >= at) && !inWords.techAt.some((t) => t >= at);
        };
        for (const [at, h] of hits.entries()) {
          const term = h.term;
          if (!term || done.has(term.id)) continue;
          if (FAMILIAR.has(term.id) && !others(term.id)) continue;
          const a = h.start;
          const b = h.end;
          if (links.some((l) => l.start <= s.span.start + a && s.span.start + b <= l.end) || inUrl(s.plain, a, b)) continue;
          if (glossarySecs.has(s.section) || explained(s, sentences[idx + 1], a, b) || inWords.plain[at] || plainClause(b) || discussedBefore(s) || known(term)) {
            done.add(term.id);
            first.delete(term.id);
            continue;
          }
          if (first.has(term.id)) continue;
          const text = s.plain.slice(a, b);
          const span = { start: s.span.start + a, end: s.span.start + b };
          const hint = lang === 'fr' ? ' (${1:en clair : …})' : ' (${1:in plain words: …})';
          first.set(term.id, {
            span,
            message: {
              en: `"${text}" may be unclear to the client: explain it in plain words after its first use, or add "${term.id}" to the profile glossary.`,
              fr: `« ${text} » risque d'être obscur pour le client : expliquez-le simplement à sa première occurrence, ou ajoutez « ${term.id} » au glossaire du profil.`,
            },
            fixes: [{ title: { en: `Explain "${text}" in parentheses`, fr: `Expliquer « ${text} » entre parenthèses` },
              span: { start: span.end, end: span.end }, text: hint, snippet: true, safe: false }],
          });
        }
      });
    }
    return [...first.values()].sort((x, y) => x.span.start - y.span.start);
  },
} satisfies LintRule;
