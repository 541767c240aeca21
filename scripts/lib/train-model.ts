// Trains the tone model (src/core/lint/model/<lang>.json) from the labelled text of the repository:
// the phrase corpus, its probe-* and train-* sets (test/fixtures/phrases, never heldout-* nor probe/), the packs'
// own examples, and the sentences of the good notes and of the built-in templates (ok). Deterministic: same data, same JSON.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../src/core/ports.js';
import type { LintRule } from '../../src/core/lint/types.js';
import { lintNote } from '../../src/core/lint/engine.js';
import { PACK_DATA } from '../../src/core/lint/packs/generated.js';
import { blankQuotes, proseSentences } from '../../src/core/lint/text/rule-kit.js';
import { blankReported } from '../../src/core/lint/language/reported.js';
import { normalizeText } from '../../src/core/lint/text/normalize.js';
import { sentenceFeatures } from '../../src/core/lint/model/features.js';
import { LinearModel, firing, type ModelData } from '../../src/core/lint/model/linear.js';
import { MODEL_RULES } from '../../src/core/lint/model/rules.js';
import { parseTemplate, renderNote } from '../../src/core/templates/index.js';
import { fixedClock } from '../../src/core/ports.js';
import { snippetToText } from '../../src/core/lint/fix.js';

export const PHRASES = 'test/fixtures/phrases';
const GOOD_NOTES = ['test/fixtures/phrases/good', 'test/fixtures/lint/good', 'test/fixtures/lint/quiet-1'];
export const LABELS = ['ok', ...MODEL_RULES];
/** Most ok sentences the model may flag in cross-validation, per language. */
export const MAX_FALSE_ALARMS = 0.015;
/** Most sentences of the good notes and templates (not written as near misses) it may flag, per language. */
export const MAX_PLAIN_FALSE_ALARMS = 0.005;
const FOLDS = 5;

/** How the model is fitted and its thresholds chosen (the committed models use FIT; experiments pass others). */
export interface FitOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** Sample weight of a label: (ok count / label count) ^ balance (0: every sentence weighs 1). */
  balance: number;
  /** 'global': one threshold per language; 'rule': one per rule, each within its share of the false-alarm budget. */
  thresholds: 'global' | 'rule';
  /** The lowest threshold allowed, in hundredths. */
  floor: number;
  /** A feature seen in fewer sentences is left out. */
  minCount: number;
  /** 'full': a model fitted on all the data; 'average': the mean of the fold models the thresholds were chosen on. */
  deploy: 'full' | 'average';
  /**
   * How the out-of-sample probabilities the thresholds are chosen on are made. 'writer': leave one
   * writer out (each group of units, `Unit.group`, scored by a model trained without it), so a
   * threshold is chosen on writers the model has not read, as users are; 'folds': 5 folds that mix writers.
   */
  validation: 'writer' | 'folds';
  /** Sample weight of an ok sentence written as a near miss (a probe or train set, the corpus, a pack's valid example), against 1 for the good notes and templates. */
  nearMiss: number;
}
// Chosen by cross-validation (docs/model.md): 150 epochs (300 fit the training sentences more and
// new ones less), rare labels weighted by the square root of their rarity, a threshold per rule.
export const FIT: FitOptions = { epochs: 150, rate: 0.5, l2: 0, balance: 0.5, thresholds: 'rule', floor: 60, deploy: 'full', minCount: 2, validation: 'writer', nearMiss: 2 };

/**
 * A labelled sentence. `source`: where it was read (a folder, 'packs', 'good notes'...); `group`: its
 * writer for validation, the folder it came from (a probe-* or train-* set, the corpus, the packs,
 * one folder of good notes, the templates).
 */
export interface Unit { label: string; text: string; features: string[]; source: string; group: string }

/** The sentence the rules read: quotations and reported speech blanked, folded. */
export function featuresOf(text: string, lang: Lang): string[] {
  return sentenceFeatures(normalizeText(blankReported(blankQuotes(text))), lang).names;
}

function labelled(file: string, lang: Lang, source: string): Unit[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).flatMap((l) => {
    const i = l.indexOf(' | ');
    const label = l.slice(0, i).trim();
    const text = l.slice(i + 3).trim();
    return LABELS.includes(label) ? [{ label, text, features: featuresOf(text, lang), source, group: source }] : [];
  });
}

/** The author's sentences of a good note, as the engine cuts them. */
function noteSentences(text: string, lang: Lang): string[] {
  let out: string[] = [];
  const spy: LintRule = {
    id: 'model-spy', summary: { en: '', fr: '' }, why: { en: '', fr: '' }, principles: [], defaultSeverity: 'warning', options: {},
    examples: { valid: [], invalid: [] }, check(ctx) { out = proseSentences(ctx).filter((s) => s.lang === lang).map((s) => s.text); return []; },
  };
  lintNote(text, { lang, rules: [spy] });
  return out;
}

/**
 * The sentences of the built-in templates, filled (placeholder text and plausible values) and blank
 * as the lint-clean tests render them: the project's own calm wording, which no rule may flag (ok).
 */
function templateSentences(lang: Lang): string[] {
  const dir = join('templates', lang);
  const clock = fixedClock(new Date(2026, 10, 24));
  const profile = { client: { name: 'Cabinet Dufresne', contact: 'Mme Dufresne' }, project: 'Site vitrine', freelancer: { name: 'Alex Martin' }, cadenceDays: 7, contractDate: '2026-10-01' };
  const values = JSON.parse(readFileSync(`test/fixtures/lint/template-values/${lang}.json`, 'utf8')) as Record<string, string>;
  return readdirSync(dir).filter((n) => n.endsWith('.md')).sort().flatMap((f) => {
    const template = parseTemplate(readFileSync(join(dir, f), 'utf8'), join(dir, f));
    const set = Object.fromEntries(Object.keys(template.meta.variables).map((k) => [k, `${lang === 'fr' ? 'texte' : 'text'} ${k}`]));
    // Filled in, and blank as `liaison new` and the editor leave it (the hints are unfilled-placeholder's, not the model's).
    const blank = [renderNote(template, { lang, profile, clock }, 'text').text, snippetToText(renderNote(template, { lang, profile, clock }, 'snippet').text)];
    // And with the plausible values a user types (test/unit/lint/templates-good.test.ts fills them so).
    const real = Object.fromEntries(Object.keys(template.meta.variables).filter((k) => k in values).map((k) => [k, values[k]!]));
    return [renderNote(template, { lang, profile, clock, set }, 'text').text, renderNote(template, { lang, profile, clock, set: real }, 'text').text, ...blank]
      .flatMap((text) => noteSentences(text, lang));
  });
}

/** Every training unit of a language (`without`: a probe folder left out, to measure on it), each text once (a text labelled both ok and bad keeps the bad label). */
export function trainingUnits(lang: Lang, without?: string): Unit[] {
  const units: Unit[] = [];
  const corpus = join(PHRASES, `sentences.${lang}.txt`);
  units.push(...labelled(corpus, lang, 'phrases'));
  // probe-* (sets measured once, then trained on) and train-* (written as training data, docs/model.md).
  for (const d of readdirSync(PHRASES).filter((n) => /^(?:probe|train)-/.test(n) && n !== without).sort()) {
    const f = join(PHRASES, d, `sentences.${lang}.txt`);
    if (existsSync(f)) units.push(...labelled(f, lang, d));
  }
  for (const p of PACK_DATA.filter((d) => d.lang === lang && MODEL_RULES.includes(d.rule))) {
    for (const text of p.examples.invalid) units.push({ label: p.rule, text, features: featuresOf(text, lang), source: 'packs', group: 'packs' });
    for (const text of p.examples.valid) units.push({ label: 'ok', text, features: featuresOf(text, lang), source: 'packs', group: 'packs' });
  }
  for (const dir of GOOD_NOTES) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
      for (const text of noteSentences(readFileSync(join(dir, f), 'utf8'), lang)) units.push({ label: 'ok', text, features: featuresOf(text, lang), source: 'good notes', group: dir });
    }
  }
  for (const text of templateSentences(lang)) units.push({ label: 'ok', text, features: featuresOf(text, lang), source: 'templates', group: 'templates' });
  const byText = new Map<string, Unit>();
  for (const u of units) {
    const had = byText.get(u.text);
    if (!had || (had.label === 'ok' && u.label !== 'ok')) byText.set(u.text, u);
  }
  return [...byText.values()].filter((u) => u.features.length > 0);
}

const NEAR_MISS = /^(?:probe-|train-|packs$|phrases$)/;

/** softmax(z) written into `out`, as softmax() computes it, without allocating (the fit's inner loop). */
function softmaxInto(z: Float64Array, out: Float64Array): void {
  let max = -Infinity;
  for (let k = 0; k < z.length; k++) if (z[k]! > max) max = z[k]!;
  let sum = 0;
  for (let k = 0; k < z.length; k++) { const v = Math.exp(z[k]! - max); out[k] = v; sum += v; }
  for (let k = 0; k < z.length; k++) out[k]! /= sum;
}

/** Softmax regression, full-batch AdaGrad with L2: a deterministic fit of `units`. */
export function fit(units: readonly Unit[], opts: FitOptions = FIT): { bias: number[]; weights: Map<string, number[]> } {
  const K = LABELS.length;
  const { epochs: EPOCHS, rate: RATE, l2: L2 } = opts;
  // A feature seen in one sentence only is that sentence, not a way of writing: left out.
  const count = new Map<string, number>();
  for (const u of units) for (const f of u.features) count.set(f, (count.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  const rows = units.map((u) => u.features.filter((f) => count.get(f)! >= opts.minCount)
    .map((f) => { let i = index.get(f); if (i === undefined) { i = index.size; index.set(f, i); } return i; }));
  const y = units.map((u) => LABELS.indexOf(u.label));
  const perLabel = LABELS.map((_l, k) => y.filter((v) => v === k).length);
  const labelWeight = perLabel.map((n) => (n ? (perLabel[0]! / n) ** opts.balance : 0));
  const sw = y.map((k, n) => labelWeight[k]! * (k === 0 && NEAR_MISS.test(units[n]!.source) ? opts.nearMiss : 1));
  const N = sw.reduce((a, v) => a + v, 0);
  const F = index.size;
  const W = new Float64Array(F * K), G = new Float64Array(F * K), GW = new Float64Array(F * K);
  const b = new Float64Array(K), Gb = new Float64Array(K), gb = new Float64Array(K);
  const z = new Float64Array(K), p = new Float64Array(K);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    GW.fill(0); gb.fill(0);
    for (let n = 0; n < rows.length; n++) {
      const row = rows[n]!;
      z.set(b);
      for (let j = 0; j < row.length; j++) { const o = row[j]! * K; for (let k = 0; k < K; k++) z[k]! += W[o + k]!; }
      softmaxInto(z, p);
      p[y[n]!]! -= 1;
      const w = sw[n]!;
      for (let k = 0; k < K; k++) { p[k]! *= w; gb[k]! += p[k]!; }
      for (let j = 0; j < row.length; j++) { const o = row[j]! * K; for (let k = 0; k < K; k++) GW[o + k]! += p[k]!; }
    }
    for (let j = 0; j < F * K; j++) {
      const g = GW[j]! / N + L2 * W[j]!;
      G[j]! += g * g;
      if (G[j]! > 0) W[j]! -= RATE * g / Math.sqrt(G[j]!);
    }
    for (let k = 0; k < K; k++) { const g = gb[k]! / N; Gb[k]! += g * g; if (Gb[k]! > 0) b[k]! -= RATE * g / Math.sqrt(Gb[k]!); }
  }
  const weights = new Map<string, number[]>();
  for (const [f, i] of index) weights.set(f, Array.from(W.subarray(i * K, i * K + K)));
  return { bias: Array.from(b), weights };
}

const round = (v: number) => Math.round(v * 100) / 100 || 0;
const PRUNE = 0.05;

function toData(lang: Lang, fitted: ReturnType<typeof fit>, thresholds: number[], meta: Record<string, unknown>): ModelData {
  const weights: Record<string, number[]> = {};
  for (const f of [...fitted.weights.keys()].sort()) {
    const w = fitted.weights.get(f)!.map(round);
    if (w.some((v) => Math.abs(v) >= PRUNE)) weights[f] = w;
  }
  const threshold = Math.min(...thresholds.slice(1));
  const perRule = thresholds.slice(1).some((t) => t !== threshold) ? { thresholds } : {};
  return { lang, labels: LABELS, bias: fitted.bias.map(round), weights, threshold, ...perRule, meta };
}

/** Out-of-sample probabilities of every unit (opts.validation: by writer, or fold = unit index mod FOLDS). */
export function crossValidate(units: readonly Unit[], opts: FitOptions = FIT): number[][] {
  return crossFit(units, opts).probs;
}

/** The fold of each unit: its writer's index, or its index mod FOLDS. */
function foldsOf(units: readonly Unit[], opts: FitOptions): { fold: number[]; count: number } {
  if (opts.validation === 'folds') return { fold: units.map((_u, i) => i % FOLDS), count: FOLDS };
  const groups = [...new Set(units.map((u) => u.group))];
  return { fold: units.map((u) => groups.indexOf(u.group)), count: groups.length };
}

/** Out-of-sample probabilities and the fold models themselves. */
function crossFit(units: readonly Unit[], opts: FitOptions) {
  const probs: number[][] = new Array(units.length);
  const fits: Array<ReturnType<typeof fit>> = [];
  const { fold: of, count } = foldsOf(units, opts);
  for (let fold = 0; fold < count; fold++) {
    const train = units.filter((_u, i) => of[i] !== fold);
    const fitted = fit(train, opts);
    fits.push(fitted);
    const model = new LinearModel(toData('en', fitted, LABELS.map(() => 1), {}));
    units.forEach((u, i) => { if (of[i] === fold) probs[i] = model.probabilitiesOf(u.features); });
  }
  return { probs, fits };
}

/** Recall and ok flagged per writer (Unit.group) at thresholds `t`, from out-of-sample probabilities: "caught/bad, flagged/ok". */
export function byWriter(units: readonly Unit[], probs: readonly number[][], t: readonly number[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const g of [...new Set(units.map((u) => u.group))].sort()) {
    const idx = units.flatMap((u, i) => (u.group === g ? [i] : []));
    const s = scores(idx.map((i) => units[i]!), idx.map((i) => probs[i]!), t);
    const bad = Object.values(s.perRule).reduce((a, r) => a + r.bad, 0);
    const caught = Object.values(s.perRule).reduce((a, r) => a + r.caught, 0);
    out[g] = `${caught}/${bad}, ${s.flagged}/${s.ok}`;
  }
  return out;
}

/** The mean of the fold models' weights (a feature a fold did not keep weighs 0 there). */
function averaged(fits: ReadonlyArray<ReturnType<typeof fit>>): ReturnType<typeof fit> {
  const K = LABELS.length;
  const bias = LABELS.map((_l, k) => fits.reduce((a, f) => a + f.bias[k]!, 0) / fits.length);
  const weights = new Map<string, number[]>();
  for (const f of fits) for (const [name, w] of f.weights) {
    const sum = weights.get(name) ?? new Array<number>(K).fill(0);
    for (let k = 0; k < K; k++) sum[k]! += w[k]! / fits.length;
    weights.set(name, sum);
  }
  return { bias, weights };
}

/** Per-rule recall and ok false alarms (with the rule each fired for) at thresholds `t` (one per label) from out-of-fold probabilities. */
export function scores(units: readonly Unit[], probs: readonly number[][], t: readonly number[]) {
  const perRule: Record<string, { bad: number; caught: number; falseAlarms: number }> = {};
  for (const r of MODEL_RULES) perRule[r] = { bad: 0, caught: 0, falseAlarms: 0 };
  let ok = 0, flagged = 0;
  units.forEach((u, i) => {
    const k = firing(probs[i]!, t);
    const fires = k < 0 ? undefined : LABELS[k];
    if (u.label === 'ok') { ok++; if (fires) { flagged++; perRule[fires]!.falseAlarms++; } return; }
    const r = perRule[u.label]!;
    r.bad++;
    if (fires === u.label) r.caught++;
  });
  return { perRule, ok, flagged };
}

/**
 * Never under this by default: the model trained on all the data is surer of itself than the fold
 * models the thresholds are chosen on, and below it the built-in templates drew findings (FR at 0.66).
 */
const uniform = (c: number) => LABELS.map((_l, k) => (k === 0 ? 1 : c / 100));

/**
 * The thresholds (one per label) that keep cross-validated false alarms at MAX_FALSE_ALARMS or under.
 * 'global': the lowest single threshold from the floor up. 'rule': each rule its own, lowered step by
 * step where a step buys the most recall (as a share of the rule's bad sentences) per false alarm,
 * while the total stays within the budget.
 */
export function chooseThresholds(units: readonly Unit[], probs: readonly number[][], opts: FitOptions = FIT): number[] {
  if (opts.thresholds === 'global') {
    for (let c = opts.floor; c < 100; c++) {
      const { ok, flagged } = scores(units, probs, uniform(c));
      if (flagged / ok <= MAX_FALSE_ALARMS) return uniform(c);
    }
    return uniform(99);
  }
  const t = uniform(99);
  let current = scores(units, probs, t);
  const budget = Math.floor(MAX_FALSE_ALARMS * current.ok);
  // The notes people actually send (good notes, templates) get a tighter budget of their own: the
  // near misses dominate the total, and a rule could spend it all on ordinary sentences ("I'm sorry.").
  const plain = units.flatMap((u, i) => (u.label === 'ok' && !NEAR_MISS.test(u.source) ? [i] : []));
  const plainFlagged = (trial: readonly number[]) => plain.reduce((n, i) => n + (firing(probs[i]!, trial) >= 0 ? 1 : 0), 0);
  // Never under what the highest thresholds already flag: a budget met nowhere would keep every rule
  // at 0.99 and silence the model (French: 8 of 674 plain sentences flagged there, a budget of 3).
  const plainBudget = Math.max(Math.floor(MAX_PLAIN_FALSE_ALARMS * plain.length), plainFlagged(t));
  for (;;) {
    let best: { k: number; c: number; next: ReturnType<typeof scores>; score: number } | undefined;
    for (let k = 1; k < LABELS.length; k++) {
      const rule = LABELS[k]!, had = current.perRule[rule]!;
      const trial = [...t];
      // Every lower threshold of this rule within the budget: recall gained per false alarm added.
      for (let c = Math.round(t[k]! * 100) - 1; c >= opts.floor; c--) {
        trial[k] = c / 100;
        const next = scores(units, probs, trial);
        if (next.flagged > budget || plainFlagged(trial) > plainBudget) break;
        const gain = (next.perRule[rule]!.caught - had.caught) / Math.max(1, had.bad);
        if (gain <= 0) continue;
        const score = gain / (next.flagged - current.flagged + 0.5);
        if (!best || score > best.score) best = { k, c, next, score };
      }
    }
    if (!best) break;
    t[best.k] = best.c / 100;
    current = best.next;
  }
  return t;
}

/** The model of a language as the JSON committed in src/core/lint/model/<lang>.json. */
export function trainModel(lang: Lang, without?: string, opts: FitOptions = FIT): ModelData {
  const units = trainingUnits(lang, without);
  const { probs, fits } = crossFit(units, opts);
  const thresholds = chooseThresholds(units, probs, opts);
  const { perRule, ok, flagged } = scores(units, probs, thresholds);
  const sources: Record<string, number> = {};
  for (const u of units) sources[u.source] = (sources[u.source] ?? 0) + 1;
  const meta = {
    trainedOn: { units: units.length, ok: ok, bySource: sources },
    crossValidation: {
      folds: opts.validation === 'writer' ? 'one writer left out' : FOLDS, threshold: Math.min(...thresholds.slice(1)),
      falseAlarms: `${flagged}/${ok}`,
      recall: Object.fromEntries(Object.entries(perRule).sort().map(([r, v]) => [r, `${v.caught}/${v.bad}`])),
      // Per rule: its threshold and the ok sentences it flagged out of fold.
      byRule: Object.fromEntries(Object.entries(perRule).sort().map(([r, v]) => [r, { threshold: thresholds[LABELS.indexOf(r)], falseAlarms: v.falseAlarms }])),
      // Per writer, scored by the model trained without it: "bad caught/bad, ok flagged/ok".
      byWriter: byWriter(units, probs, thresholds),
    },
    fit: { method: 'softmax regression, full-batch AdaGrad', epochs: opts.epochs, rate: opts.rate, l2: opts.l2, balance: opts.balance, nearMiss: opts.nearMiss, thresholds: opts.thresholds, floor: opts.floor / 100, validation: opts.validation },
  };
  return toData(lang, opts.deploy === 'average' ? averaged(fits) : fit(units, opts), thresholds, meta);
}

/** The committed file's text for a model: stable key order, one feature a line so diffs stay readable. */
export function modelJson(data: ModelData): string {
  const { weights, ...head } = data;
  const lines = Object.entries(weights).map(([f, w]) => `    ${JSON.stringify(f)}: ${JSON.stringify(w)}`);
  const top = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${top},\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`;
}
