// Which language detector for one sentence of EN or FR? Accuracy on the labelled phrase fixtures
// (every sentence of test/fixtures/phrases/**/sentences.<lang>.txt is in that language), overall and
// on short sentences (<= 6 words), and time per sentence. The current stopword scorer is the baseline.
// Run: node --import tsx bench/lang-detect.ts (candidates not installed are skipped:
// npm install --no-save eld tinyld franc-min).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sentenceLanguage } from '../src/core/lint/text/language.js';
import { detectSentenceLang } from '../src/core/lint/language/detect.js';

type Detect = (s: string) => string | undefined;
const DIR = 'test/fixtures/phrases';
const data: Array<{ lang: 'en' | 'fr'; text: string }> = [];
for (const d of ['', ...readdirSync(DIR).filter((x) => x.startsWith('probe-'))]) {
  for (const lang of ['en', 'fr'] as const) {
    for (const l of readFileSync(join(DIR, d, `sentences.${lang}.txt`), 'utf8').split('\n')) {
      if (!l.trim() || l.startsWith('#')) continue;
      data.push({ lang, text: l.slice(l.indexOf(' | ') + 3).trim() });
    }
  }
}

async function candidates(): Promise<Record<string, Detect>> {
  const out: Record<string, Detect> = {
    'stopwords (before)': (s) => sentenceLanguage(s, 'en') === 'en' && sentenceLanguage(s, 'fr') === 'fr' ? undefined : sentenceLanguage(s, 'en'),
    'chosen (detect.ts)': (s) => detectSentenceLang(s),
  };
  for (const size of ['extrasmall', 'small']) try {
    const { eld } = await import(`eld/${size}` as string) as { eld: { detect(s: string): { language: string }; dynamicLangSubset?: unknown; langSubset?(l: string[]): unknown } };
    (eld as unknown as { setLanguageSubset(l: string[]): unknown }).setLanguageSubset(['en', 'fr']);
    out[`eld ${size} (en+fr subset)`] = (s) => eld.detect(s).language || undefined;
  } catch (e) { console.log('eld skipped:', (e as Error).message); }
  try {
    const t = await import('tinyld/light' as string) as { detect(s: string, o?: unknown): string };
    out['tinyld light (only en,fr)'] = (s) => t.detect(s, { only: ['en', 'fr'] }) || undefined;
  } catch (e) { console.log('tinyld skipped:', (e as Error).message); }
  try {
    const f = await import('franc-min' as string) as { franc(s: string, o?: unknown): string };
    out['franc-min (only eng,fra)'] = (s) => ({ eng: 'en', fra: 'fr' } as Record<string, string>)[f.franc(s, { only: ['eng', 'fra'], minLength: 3 })];
  } catch (e) { console.log('franc-min skipped:', (e as Error).message); }
  return out;
}

async function main(): Promise<void> {
const short = data.filter((d) => d.text.split(/\s+/).length <= 6);
console.log(`${data.length} sentences (${short.length} of <= 6 words)`);
for (const [name, detect] of Object.entries(await candidates())) {
  const score = (set: typeof data) => {
    let right = 0, unsure = 0;
    for (const d of set) { const got = detect(d.text); if (got === d.lang) right++; else if (!got) unsure++; }
    return { right, unsure, wrong: set.length - right - unsure };
  };
  for (const d of data.slice(0, 200)) detect(d.text); // warm up
  const t0 = performance.now();
  for (let i = 0; i < 3; i++) for (const d of data) detect(d.text);
  const us = ((performance.now() - t0) * 1000) / (3 * data.length);
  const all = score(data);
  const sh = score(short);
  console.log(`${name.padEnd(28)} all: ${(100 * all.right / data.length).toFixed(1)}% right, ${all.wrong} wrong, ${all.unsure} unsure | short: ${(100 * sh.right / short.length).toFixed(1)}% right, ${sh.wrong} wrong | ${us.toFixed(1)} us/sentence`);
}
}

void main();
