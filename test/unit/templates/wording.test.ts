// Template wording: every blank sits in a complete sentence (a blank is never followed by the next
// sentence without a full stop between them), no fixed example date that goes stale, and the
// greeting and closing come from the profile and the day, in both languages.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '../../../templates');
const MONTHS = /\b\d{1,2}(?:er)? (?:January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/;

describe('template wording', () => {
  for (const lang of ['en', 'fr']) {
    for (const file of readdirSync(join(dir, lang)).filter(f => f.endsWith('.md'))) {
      const text = readFileSync(join(dir, lang, file), 'utf8');
      it(`${lang}/${file}: complete sentences around blanks, no fixed date, greeting and closing`, () => {
        const run = text.split('\n').filter(l => /\}\}[ \u00a0]+\p{Lu}/u.test(l) && !l.startsWith('{{!'));
        assert.deepEqual(run, [], 'a blank followed by a new sentence with no full stop between them');
        assert.doesNotMatch(text, MONTHS, 'a fixed example date');
        assert.match(text, /^\{\{greeting\}\}$/m);
        assert.match(text, /^\{\{closing\}\}\n\{\{freelancer\.name\}\}$/m);
      });
    }
  }
  it('snippets carry no fixed example date', () => {
    assert.doesNotMatch(readFileSync(join(dir, '../snippets/markdown.json'), 'utf8'), MONTHS);
  });
});
