// Answer calmly (P4, P8, P9): when a client message is logged, the earlier records on the same
// subject, each with a neutral lead ("On 12 November you wrote: …", « Le 12 novembre, nous
// avions convenu ceci : … ») to quote facts instead of "as I already told you".
import type { Lang } from '../ports.js';
import type { LogRecord } from './record.js';
import type { EffectiveRecord } from './query.js';
import { docFields, termDocs, type SearchIndex } from './search.js';
import { families, isStopWord, words } from './search-words.js';

export interface Related { entry: EffectiveRecord; score: number; shared: string[]; lead: string }

const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** "12 November" / « 12 novembre » (« 1er » in French), with the year when it is not `refYear`. */
export function dayMonth(iso: string, lang: Lang, refYear?: string): string {
  const [y, m, d] = [iso.slice(0, 4), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  const day = lang === 'fr' && d === 1 ? '1er' : String(d);
  return `${day} ${MONTHS[lang][m - 1]}${refYear && refYear !== y ? ` ${y}` : ''}`;
}

const clip = (s: string, n = 160) => (s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s);

/** The sentence that brings an earlier record back, in the reply's language. */
export function relatedLead(r: LogRecord, lang: Lang, refYear?: string): string {
  const when = dayMonth(r.at, lang, refYear);
  const Day = lang === 'fr' ? `Le ${when}` : `On ${when}`;
  if (r.direction === 'from-client' && r.quotes?.length) {
    return lang === 'fr' ? `${Day}, vous écriviez\u00a0: «\u00a0${clip(r.quotes[0]!)}\u00a0»` : `${Day} you wrote: “${clip(r.quotes[0]!)}”`;
  }
  if (r.decisions?.length) return lang === 'fr' ? `${Day}, nous avions convenu ceci\u00a0: ${clip(r.decisions[0]!)}` : `${Day} we agreed: ${clip(r.decisions[0]!)}`;
  return lang === 'fr' ? `${Day}\u00a0: ${clip(r.summary)}` : `${Day}: ${clip(r.summary)}`;
}

/**
 * Earlier records that share the most telling words (rare ones count more) with `record`: its
 * summary, the client's words, an imported email's subject. At most `limit`, best first.
 */
export function relatedRecords(index: SearchIndex, record: LogRecord, opts: { lang?: Lang; limit?: number } = {}): Related[] {
  const lang = opts.lang ?? 'en';
  const self: EffectiveRecord = { record, original: record, file: '', line: 0, intact: true, amendedBy: [] };
  const text = docFields(self).filter(f => f.field === 'summary' || f.field === 'quote' || f.field === 'subject').map(f => f.text).join(' ');
  const terms = new Map<string, string>();
  for (const w of words(text)) if (w.length > 2 && !isStopWord(w) && !/^\d+$/.test(w)) terms.set(families(w)[0], w);
  const before = Date.parse(record.at);
  const n = index.docs.length || 1;
  const scores = new Map<number, { score: number; shared: string[] }>();
  const selfDoc = index.docs.findIndex(d => d.entry.record.id === record.id);
  for (const term of terms.values()) {
    const docs = termDocs(index, term, false);
    const df = docs.size - (docs.has(selfDoc) ? 1 : 0);
    // On a long log, words found in most records say nothing about the subject.
    if (!df || (n >= 20 && df > n / 2)) continue;
    const idf = Math.log(1 + n / df);
    for (const d of docs.keys()) {
      const doc = index.docs[d]!;
      if (doc.entry.record.id === record.id || doc.time >= before || doc.entry.record.kind === 'commitment-update') continue;
      const s = scores.get(d) ?? { score: 0, shared: [] };
      s.score += idf;
      s.shared.push(term);
      scores.set(d, s);
    }
  }
  const year = record.at.slice(0, 4);
  return [...scores.entries()]
    .filter(([, s]) => s.shared.length >= 2)
    .sort((a, b) => b[1].score - a[1].score || index.docs[b[0]]!.time - index.docs[a[0]]!.time)
    .slice(0, opts.limit ?? 5)
    .map(([d, s]) => {
      const entry = index.docs[d]!.entry;
      return { entry, score: Math.round(s.score * 100) / 100, shared: s.shared, lead: relatedLead(entry.record, lang, year) };
    });
}
