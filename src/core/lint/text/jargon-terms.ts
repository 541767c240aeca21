// Technical terms a client may not know (unexplained-jargon), read from the rule's packs
// (packs/<lang>/unexplained-jargon.yaml): one class per term, named by the term's id (shown to the
// user, accepted in the profile glossary and the rule's `ignore` option), listing its forms in the
// pack phrase syntax. A term found in one language only has no forms in the other.
import { PACK_DATA } from '../packs/generated.js';

export interface JargonTerm { id: string; en: string[]; fr: string[]; }

function termsFromPacks(): JargonTerm[] {
  const byId = new Map<string, JargonTerm>();
  for (const p of PACK_DATA.filter((d) => d.rule === 'unexplained-jargon')) {
    for (const [id, forms] of Object.entries(p.classes)) {
      const term = byId.get(id) ?? { id, en: [], fr: [] };
      term[p.lang] = forms;
      byId.set(id, term);
    }
  }
  return [...byId.values()];
}

export const JARGON_TERMS: readonly JargonTerm[] = termsFromPacks();
