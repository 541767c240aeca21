// Where a jargon term needs no explanation, for unexplained-jargon: an explanation next to it
// (parentheses, apposition, "which means", the next sentence, what it does for the client), a
// glossary section, a link or a bare address, the client's own site named by it ("the staging site").
import type { Lang } from '../../ports.js';
import type { NoteContext } from '../types.js';
import { pack } from '../packs/index.js';
import { hasPhrase, matchFamily, normalizeText } from './phrases.js';
import type { ProseSentence } from './rule-kit.js';

// Explanation cues, on normalized text.
// Right after the term, or after the term's object ("cache the pages (keep a ready copy)").
const PAREN_AFTER = /^\s*(?:(?:(?:the|a|an|your|our|its|their|these|those|this|that|le|la|les|l'|un|une|des|vos|nos|votre|notre|ses|leurs|ce|ces|cette)\s*)?\p{L}+\s*)?\(/u;
const APPOSITION = /^\s*(?:,|:)\s*(?:a|an|the|i\.?e\.?|ie|which|that is|meaning|in other words|basically|simply put|un|une|le|la|les|l'|c'est-a-dire|autrement dit|soit|a savoir|en clair|en gros|ce qui|qui)(?![\p{L}])/u;
// A dislocated definition ("a webhook, it's a message…", « le cache, c'est une copie… ») or another name
// ("the webhook, or payment message", « le lazy loading, ou chargement différé »).
const DISLOCATED = /^\s*,\s*(?:(?:c'est|ce sont|it's|it is|that's|this is)\s+(?:un|une|des|le|la|l'|les|a|an|the|what|when|where|how|quand|ce qui|ce que|comme|simply|just|simplement|tout simplement)(?![\p{L}])|(?:or|ou|aka|alias|also called|also known as|autrement dit)\s)/u;
const OR_BEFORE = /,\s*(?:or|ou)\s*(?:(?:the|a|an|le|la|les|l'|un|une)\s*)?$/u;
// What it holds ("the MVP covers booking and reminders", « le MVP couvre la réservation »).
const CONTENT_AFTER = /^\s+(?:covers|includes|contains|will (?:cover|include|contain)|couvre|comprend|inclut|contient|couvrira|comprendra|inclura|contiendra)\s/u;
const DASH = /^\s*(?:[-\u2013\u2014]\s|\s[-\u2013\u2014])|^\s+-\s/u;
const DEFINES_AFTER = /^\s*(?:\p{L}+\s+){0,2}?(?:is|are|means|refers to|stands for|is basically|is simply|is just|lets|allows|helps|est|sont|designe|signifie|veut dire|permet|permettent|sert a|servent a)\s+(?!de nouveau|de retour|a \d|at \d)(?:a|an|the|what|where|how|when|like|basically|simply|just|you|us|your|un|une|le|la|l'|les|ce|ca|de|d'|a|au|votre|vos)(?![\p{L}])/u;
const MARKER_AFTER = /(?:, that is |, that's |, ie |, i\.e\. |, en fait |, soit |which means|that means|this means|meaning|that is,|i\.e\.|in other words|in plain (?:words|terms|english)|simply put|put simply|to put it simply|c'est-a-dire|autrement dit|en clair|en d'autres termes|ce qui (?:veut dire|signifie)|cela (?:veut dire|signifie)|pour faire simple|en langage courant|concretement)/u;
const CALLED_BEFORE = /(?:called|known as|we call|what's called|so-called|named|dubbed|appelee?s?|qu'on appelle|que l'on appelle|nommee?s?|dite?s?|ce qu'on nomme)\s*["'\u201c\u00ab]?\s*$/u;
// The term named in parentheses after its plain words: "a new server (a VPS)", « une copie privée (la préprod) ».
const PAREN_AROUND = /\(\s*(?:(?:the|a|an|our|your|le|la|les|l'|un|une|des|votre|notre|ton|ta)\s*)?$/u;
const NEXT_DEFINES = /^(?:this|it|that|they|in other words|in plain words|simply put|put simply|concretely|ce|cela|ca|c'est|il s'agit|en clair|autrement dit|concretement)(?![\p{L}])[^.!?]{0,60}?(?:is|are|means|lets|allows|est|sont|signifie|veut dire|permet|d'un|d'une)(?![\p{L}])/u;
const NEXT_IS_A = /^(?:c'est|ce sont|il s'agit d'|il s'agit de|it is|it's|this is|these are|they are|that is)\s*(?:un|une|le|la|l'|les|des|a|an|the|what|where|how|simply|just|basically|tout simplement)(?![\p{L}])/u;
// The everyday instruction "clear your browser cache", « videz le cache de votre navigateur ».
const BROWSER_BEFORE = /(?:browser(?:'s|s)?|navigateur)\s*$/u;
const BROWSER_AFTER = /^\s*(?:du|de votre|de ton|de la|de l'|de vos) (?:navigateur|appli|application)/u;
// What it does for the client follows in the same clause ("..., so a code is texted to you", « pour que vous puissiez »).
// "so", « pour que » alone often begin what the writer did next ("…, so I changed the crontab", « pour que
// la bascule soit plus rapide »): they explain only when the clause reaches the client.
const CLIENT_IN_CLAUSE = "(?=[^.;!?]{0,80}?(?<![\\p{L}])(?:you|your|vous|votre|vos|tu|te|t'|ton|ta|tes)(?![\\p{L}]))";
const PURPOSE_AFTER = new RegExp(`^[^.;!?]{0,100}?(?:, so (?:that )?${CLIENT_IN_CLAUSE}|so that ${CLIENT_IN_CLAUSE}|for you to |(?:, |pour )(?:que|qu')\\s*(?:vous|tu|vos|tes|votre|ton|ta)(?![\\p{L}])|(?:, |pour )(?:que|qu')\\s*(?:un|une|le|la|les)(?![\\p{L}])${CLIENT_IN_CLAUSE}|pour (?:vous|te) permettre|afin (?:que|qu'|de vous|de te))`, 'u');
// The client uses it in the same sentence ("you review the site on staging", « vous testez sur la préprod »).
const CLIENT_USES_BEFORE = /(?:you|vous|tu) (?:can |could |pouvez |peux |pourrez )?(?:review|test|check|try|preview|see|relisez|relire|testez|tester|verifiez|verifier|voyez|voir|relis|testes|essayez|essayer)(?![\p{L}])[^.;!?]{0,40}$/u;
const GLOSSARY_HEADING = /glossary|glossaire|lexique|definitions|jargon|vocabulary|vocabulaire|terms used|termes|what the (?:technical )?words mean|en clair/;

// Said in plain words later in the same sentence, as what it brings ("…the code so the next changes are
// quicker", « …un webhook depuis Stripe : chaque paiement marque la commande ») : the caller checks that
// the clause is itself free of jargon, or it explains nothing.
const CONSEQUENCE_AFTER = /^[^.;!?]{0,80}?(?: so (?=(?:the|your|you|it|we|i|each|every|no|nothing|customers?|visitors?|people|they|our|pages?|orders?)(?![\p{L}]))| : (?=(?:chaque|le|la|les|l'|vos|tes|vous|tu|votre|ton|ta|un|une|plus|aucun|aucune|rien|vos|tes)(?![\p{L}]))|: (?=(?:each|every|the|your|you|no|nothing|customers?|visitors?)(?![\p{L}])))/u;
/** Where a plain-words consequence clause starts after the term (sentence offset), or -1. */
export function consequenceClause(s: ProseSentence, b: number): number {
  const m = CONSEQUENCE_AFTER.exec(s.norm.slice(b, b + 200));
  return m ? b + m[0].length : -1;
}

// Met with the client before: "as we discussed", « comme on en a parlé », « comme convenu ».
const DISCUSSED = /(?:^|[^\p{L}])(?:as (?:we )?(?:discussed|agreed|talked about|saw together|went over)|as (?:we|i) (?:showed|explained to) you|comme (?:on en a|nous en avons|on l'a|nous l'avons) (?:parle|discute|vu ensemble|vu)|comme convenu|comme vu ensemble|comme (?:on|nous) l'a(?:vons)? vu)(?![\p{L}])/u;
export const discussedBefore = (s: ProseSentence): boolean => DISCUSSED.test(s.norm);

// A version or level between the term and its explanation ("WCAG 2.1 AA, the public standard…").
const VERSION_AFTER = /^\s+v?\p{N}[\p{N}.]*(?:\s+\p{L}{1,3}(?![\p{L}]))?/u;

export function explained(s: ProseSentence, next: ProseSentence | undefined, a: number, b: number): boolean {
  const version = VERSION_AFTER.exec(s.norm.slice(b, b + 20));
  if (version && explained(s, next, a, b + version[0].length)) return true;
  const after = s.norm.slice(b, b + 200);
  const before = s.norm.slice(Math.max(0, a - 80), a);
  if (PAREN_AFTER.test(after) || APPOSITION.test(after) || DISLOCATED.test(after) || DASH.test(after) || DEFINES_AFTER.test(after) || CONTENT_AFTER.test(after)) return true;
  if (PAREN_AROUND.test(before) || CALLED_BEFORE.test(before) || OR_BEFORE.test(before)) return true;
  if (MARKER_AFTER.test(after.slice(0, 120))) return true;
  if (BROWSER_BEFORE.test(before) || BROWSER_AFTER.test(after) || PURPOSE_AFTER.test(after)) return true;
  // "DNS: the address book of the internet" as a list item or definition line.
  if (a < 80 && /^[\s*_>-]*$/.test(before) && /^\s*[:\u2013\u2014-]\s*\S/u.test(after)) return true;
  if (next === undefined || next.section !== s.section) return false;
  const n = next.norm.trimStart();
  return NEXT_DEFINES.test(n) || NEXT_IS_A.test(n);
}

// The classes said in words live in the rule's packs (groups: explaining, plain-heads, places,
// client-looks, technical-readers, plain-uses), so a linguist adds a way of saying it without code.
const RULE = 'unexplained-jargon';
const groupSpans = (s: ProseSentence, lang: Lang, group: string) => {
  const p = pack(RULE, lang);
  return p ? matchFamily(p.group(group), s.plain, [lang], 0, s.norm) : [];
};
const hasGroup = (s: ProseSentence, lang: Lang, group: string): boolean => pack(RULE, lang)?.hasGroup(s, group) ?? false;
// Between a plain head and the term: "the staging site", "our backend developer", « le site de (la) préprod ».
const HEAD_GAP_AFTER = /^(?:'s)?\s+$/u;
const HEAD_GAP_BEFORE = /^\s+(?:(?:de|d'|du|des|of)\s*(?:(?:la|l'|the)\s*)?)?$/u;

/**
 * The term needs no explanation for reasons said in words (the pack's groups): the sentence
 * explains it, the term only qualifies a plain noun (a version of the site, a trade, a tool) or acts
 * on one it names ("deploy the fix"), the
 * client is asked to look at the place it names, or the sentence is for the client's technical people.
 */
export function plainInContext(s: ProseSentence, lang: Lang, a: number, b: number): boolean {
  if (hasGroup(s, lang, 'explaining') || hasGroup(s, lang, 'technical-readers')) return true;
  if (groupSpans(s, lang, 'plain-uses').some((m) => m.span.start <= a && b <= m.span.end)) return true;
  for (const m of groupSpans(s, lang, 'plain-heads')) {
    if (m.span.start >= b && HEAD_GAP_AFTER.test(s.norm.slice(b, m.span.start))) return true;
    if (m.span.end <= a && HEAD_GAP_BEFORE.test(s.norm.slice(m.span.end, a))) return true;
  }
  const p = pack(RULE, lang);
  const term = s.norm.slice(a, b);
  if (!p || !hasPhrase(p.group('places'), term, [lang], term)) return false;
  return CLIENT_USES_BEFORE.test(s.norm.slice(Math.max(0, a - 80), a)) || hasGroup(s, lang, 'client-looks');
}

type Node = { type: string; children?: unknown[]; position?: { start: { offset?: number }; end: { offset?: number } } };

/** Links, bare URLs and code spans: the client can open them, and a URL or code is not prose (`code`: a code span). */
export function linkSpans(ctx: NoteContext): Array<{ start: number; end: number; code: boolean }> {
  const out: Array<{ start: number; end: number; code: boolean }> = [];
  const visit = (node: Node): void => {
    if ((node.type === 'link' || node.type === 'linkReference' || node.type === 'inlineCode') && node.position) {
      out.push({ start: node.position.start.offset ?? 0, end: node.position.end.offset ?? 0, code: node.type === 'inlineCode' });
      return;
    }
    for (const c of (node.children ?? []) as Node[]) visit(c);
  };
  visit(ctx.tree as Node);
  return out;
}

// A bare address ("https://staging.example.com/webhook", "shop.example.fr/cart"): not prose.
const URL_LIKE = /(?:https?:\/\/|www\.)[^\s<>()]+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/[^\s<>()]*/gu;
export function inUrl(plain: string, a: number, b: number): boolean {
  for (const m of plain.matchAll(URL_LIKE)) if (m.index <= a && b <= m.index + m[0].length) return true;
  return false;
}

/** Sections whose heading matches `re` (on normalized text), by the sentences' section index. */
function sectionsMatching(ctx: NoteContext, re: RegExp): Set<number> {
  const out = new Set<number>();
  let i = -1;
  const visit = (node: { type: string; children?: unknown[] }): void => {
    if (node.type === 'heading') {
      i++;
      const text = normalizeText(JSON.stringify(node.children ?? []).replace(/"(?:type|position|start|end|line|column|offset)":[^,}]*/g, ''));
      if (re.test(text)) out.add(i);
      return;
    }
    for (const c of (node.children ?? []) as Array<{ type: string; children?: unknown[] }>) visit(c);
  };
  visit(ctx.tree as { type: string; children?: unknown[] });
  return out;
}

export const glossarySections = (ctx: NoteContext): Set<number> => sectionsMatching(ctx, GLOSSARY_HEADING);

// A section written for the client's technical people, said by its heading: "Technical notes (for Raj)",
// "Under the hood", "For your developer", « Détails techniques », « Pour ton développeur », « Côté technique ».
const TECHNICAL_HEADING = /(?:^|[^\p{L}])(?:technical|techniques?|tech notes?|under the hood|for (?:your|the|our) (?:developers?|devs?|it|tech)|developer notes?|dev notes?|implementation (?:notes?|details?)|release notes?|changelog|pour (?:ton|ta|votre|vos|tes|le|la|l'|les) (?:developpeu|dev|informaticien|equipe (?:technique|informatique|it|dev)|(?:service|responsable) informatique)|notes? de version|sous le capot)/u;
export const technicalSections = (ctx: NoteContext): Set<number> => sectionsMatching(ctx, TECHNICAL_HEADING);

// Front matter `audience:` saying the reader is technical (a CTO, the client's developers).
const TECHNICAL_AUDIENCE = /^(?:technical|tech|technique|developers?|devs?|developpeu\p{L}*|engineers?|ingenieu\p{L}*|it|informaticien\p{L}*)$/u;
/** The note says its reader is technical (`audience: technical`), or else the rule's option does. */
export function technicalAudience(ctx: NoteContext, option: unknown): boolean {
  const fm = ctx.frontMatter['audience'];
  const value = typeof fm === 'string' ? fm : typeof option === 'string' ? option : '';
  return TECHNICAL_AUDIENCE.test(normalizeText(value).trim());
}
