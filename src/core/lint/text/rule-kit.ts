// Small helpers shared by the phrase rules: the author's own sentences (not the client's quoted
// words), reported speech blanked out, grammatical cues (future, past, request), and a sample date
// for fixes written in the note's language.
import type { Lang } from '../../ports.js';
import type { NoteContext, Sentence, Span } from '../types.js';
import { normalizeText } from './normalize.js';
import type { PhraseFamily } from './phrases.js';

/** A sentence ready for matching: text with quotations blanked, its normalized form, its languages. */
export interface ProseSentence extends Sentence {
  /** Text with quoted speech (“…”, «…», "…") replaced by spaces, same length. */
  plain: string;
  norm: string;
  langs: Lang[];
}

const QUOTE_PAIRS: Array<[string, string]> = [['\u201c', '\u201d'], ['\u00ab', '\u00bb'], ['"', '"'], ['\u201e', '\u201c'], ['\u2039', '\u203a']];

/** Blanks out words between quotation marks (up to 400 characters): someone else's words, or a word being mentioned. */
export function blankQuotes(text: string): string {
  if (!/["\u201c\u00ab\u201e\u2039]/.test(text)) return text;
  const chars = text.split('');
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const a = text.indexOf(open, from);
      if (a < 0) break;
      const b = text.indexOf(close, a + 1);
      if (b < 0) break;
      if (b - a <= 400) for (let i = a + 1; i < b; i++) chars[i] = ' ';
      from = b + 1;
    }
  }
  return chars.join('');
}

const prose = new WeakMap<NoteContext, ProseSentence[]>();

/** The author's sentences (blockquotes left out), each with its blanked and normalized text; computed once per note. */
export function proseSentences(ctx: NoteContext): ProseSentence[] {
  let out = prose.get(ctx);
  if (!out) {
    out = ctx.sentences().filter((s) => !s.quoted).map((s) => {
      const plain = blankQuotes(s.text);
      return { ...s, plain, norm: normalizeText(plain), langs: s.langKnown === false ? ctx.langs : [s.lang] };
    });
    prose.set(ctx, out);
  }
  return out;
}

/** The note's language for messages and fixes: the first sentence language, else the first of ctx.langs. */
export function noteLang(ctx: NoteContext): Lang {
  return ctx.langs[0] ?? 'en';
}

const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FR_DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** A plausible date to offer in a fix: the working day three days after `ref`, written out ("Friday 27 November"). */
export function sampleDate(ref: Date, lang: Lang): string {
  const d = new Date(ref.getTime());
  d.setDate(d.getDate() + 3);
  while (d.getDay() === 0 || d.getDay() === 6) d.setDate(d.getDate() + 1);
  const day = d.getDate();
  return lang === 'fr'
    ? `${FR_DAYS[d.getDay()]} ${day === 1 ? '1er' : day} ${FR_MONTHS[d.getMonth()]}`
    : `${EN_DAYS[d.getDay()]} ${day} ${EN_MONTHS[d.getMonth()]}`;
}

/** True when `span` overlaps any of `spans`. */
export function overlaps(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => s.start < span.end && span.start < s.end);
}

// ---- Grammatical cues ---------------------------------------------------------------------

/** The sentence looks forward: future, plan, intention, expectation (a promise can be made). */
export const FUTURE: PhraseFamily = {
  id: 'future',
  patterns: {
    en: [
      "(i'll|we'll|you'll|it'll|that'll|they'll|he'll|she'll|there'll|will|shall|gonna|won't)",
      '(going|planning|aiming|hoping|expecting|intending|about) to', '(plan|aim|hope|expect|intend|promise|try|want|need|mean) to',
      '(should|would|could|might|may) (be|have|get|come|arrive|land|follow|go)', 'be able to',
      "(i|we) (can|could)", 'let me', '(coming|arriving|landing|expected|scheduled|planned|due|slated|on the way|on its way|in progress|underway|on it)',
      'eta', '(you|you\'ll) (get|receive|hear|have|see)', 'expect',
    ],
    fr: [
      // Futur simple: -rai, -ras, -ra, -rons, -rez, -ront, on the common verbs and on regular stems.
      '(serai|seras|sera|serons|serez|seront|aurai|auras|aura|aurons|aurez|auront|ferai|feras|fera|ferons|ferez|feront|irai|ira|irons|iront|pourrai|pourra|pourrons|pourront|devrai|devra|devrons|devront|viendra|viendront|enverrai|enverra|enverrons|reviendrai|reviendrons|tiendrai|tiendrons|verrai|verrons|recevrez|recevras|aurez)',
      "(je|j'|nous|on|il|elle|cela|ca|ce|vous|tu) ~2 (*erai|*irai|*rai|*erons|*irons|*rons|*era|*ira|*eront|*iront|*ront|*erez|*irez|*rez)",
      "(vais|allons|va|vont|allez) (*er|*ir|*re|vous|te|le|la|les|l'|y|en|nous|me|m')",
      '(compte|comptons|prevois|prevoyons|prevu|prevue|prevus|prevues|espere|esperons|souhaite|souhaitons|m\'engage|nous engageons|envisage|envisageons)',
      '(je|nous|on) (m\'|nous|s\')? en (occupe|occupons|charge)', 'en cours', 'a venir', '(arrive|arrivent|arrivera)',
      '(je|nous) (vous|te) (envoie|envoyons|transmets|transmettons|livre|livrons|reponds|repondons|rappelle|rappelons|recontacte|recontactons|tiens|tenons)',
      '(je|nous) (reviens|revenons) vers', '(je|nous) (regarde|regardons|corrige|corrigeons|traite|traitons|relance|relancons|verifie|verifions|livre|livrons|finis|finissons|termine|terminons|envoie|envoyons|repare|reparons)',
      '(devrait|devraient|pourrait|pourraient) (etre|arriver|avoir)', 'des que (possible|je|nous|j\')',
      // First person present with a client pronoun is a promise in French: « je vous reviens », « nous vous livrons ».
      '(je|nous|on) (vous|te) (*e|*s|*ons|*t|*d)',
    ],
  },
};

/** The author asks the client for something: a request can carry a vague deadline too. */
export const REQUEST: PhraseFamily = {
  id: 'request',
  patterns: {
    en: ['please', 'kindly', '(could|can|would|will) you', "(i|we) (need|'d need|would need) (you|your)", 'let (me|us) know', 'get back to (me|us)', 'send (me|us)'],
    fr: ['merci de', "(pourriez|pouvez|pourrais|peux) (vous|tu)", '(veuillez|veuille)', "(j'|nous) (ai|avons|aurais|aurions) besoin (de|d') (votre|vos|ton|ta|tes)", '(tenez|tiens) (moi|nous) au courant', '(revenez|reviens) vers (moi|nous)', '(envoyez|confirmez|validez|repondez) (moi|nous)?'],
  },
};

/** Past-tense narration: what happened, not what is promised. */
export const PAST: PhraseFamily = {
  id: 'past',
  patterns: {
    en: ['(was|were|did|had|went|got|came|took|sent|made|fixed|shipped|delivered|finished|completed|resolved|restored|replied|answered|responded|reacted|found|noticed|deployed|released|arrived|happened|started|managed)',
      // Regular past tense, by ending; "-eed" words (need, speed) are left out on purpose.
      '(*led|*ted|*ded|*red|*sed|*ked|*ped|*ved|*zed|*ged|*hed|*wed|*med|*ned|*ied|*ced|*xed|*bed|*ged)'],
    fr: ["(j'|nous|on|il|elle|ils|elles|vous|tu|ca|cela) (ai|avons|a|ont|avez|as|avait|avaient|etait|etaient|suis|sommes|est|sont) ~1 (*e|*es|*ee|*ees|*i|*is|*it|*u|*us|ete|eu|fait|pris|mis)", '(etait|etaient|avait|avaient|fut|furent)'],
  },
};
