// A multinomial logistic regression over sentence features (model/features.ts): one weight per
// feature and label, a bias per label, softmax. Transparent on purpose: the words behind a finding
// are the features with the largest weights for its label, and a linguist can read the JSON.
// Trained by scripts/train-model.ts from the labelled sentences of the repository.
import type { Lang } from '../../ports.js';
import { Kind, parseFeature, sentenceFeatures, walkFeatures } from './features.js';

export interface ModelData {
  lang: Lang;
  /** 'ok' first, then the rule ids. */
  labels: string[];
  bias: number[];
  /** Feature name -> one weight per label (rounded; features whose weights all round to 0 are left out). */
  weights: Record<string, number[]>;
  /** A label fires when its probability is at least this (chosen by cross-validation, see docs/model.md). */
  threshold: number;
  /** Per label (index as `labels`; 'ok' unused), when given: each rule's own threshold, in place of `threshold`. */
  thresholds?: number[];
  /** How the model was made and how it did in cross-validation (for docs/model.md, not read at lint time). */
  meta: Record<string, unknown>;
}

export interface Prediction {
  label: string;
  p: number;
  /** [start, end) of the words whose features weighed most for the label, largest first (at most 3). */
  why: Array<[number, number]>;
}

/**
 * A model ready to score: weights by feature kind, so a sentence is scored while its tokens are
 * walked, with Map lookups on the stems the tokenizer already holds and no feature name built.
 * Every weight vector sits in one Float64Array and the maps hold its offset: one allocation per
 * model instead of one typed array per feature (~27,000), which halved building both models, a
 * cost every CLI process and lint thread pays before its first note.
 */
export class LinearModel {
  readonly labels: readonly string[];
  readonly thresholds: readonly number[];
  private readonly bias: Float64Array;
  /** Weights of feature i (in data.weights order) at [i * labels, (i + 1) * labels). */
  private readonly w: Float64Array;
  private readonly byKind: Array<Map<string, number>> = [];
  private readonly pairs = new Map<string, Map<string, number>>();
  /** Offsets by feature name: training and explanations only, built on first use. */
  private namedOffsets?: Map<string, number>;
  private readonly z: Float64Array;

  constructor(private readonly data: ModelData) {
    this.labels = data.labels;
    this.thresholds = data.thresholds ?? data.labels.map(() => data.threshold);
    this.bias = Float64Array.from(data.bias);
    const n = this.bias.length;
    this.z = new Float64Array(n);
    for (let k = 0; k <= Kind.Reported; k++) this.byKind.push(new Map());
    const names = Object.keys(data.weights);
    this.w = new Float64Array(names.length * n);
    names.forEach((name, i) => {
      const o = i * n;
      this.w.set(data.weights[name]!, o);
      const f = parseFeature(name);
      if (f.kind === Kind.Pair) {
        let m = this.pairs.get(f.a);
        if (!m) this.pairs.set(f.a, (m = new Map()));
        m.set(f.b, o);
      } else this.byKind[f.kind]!.set(f.a, o);
    });
  }

  private named(): Map<string, number> {
    if (!this.namedOffsets) {
      const n = this.bias.length;
      this.namedOffsets = new Map(Object.keys(this.data.weights).map((name, i) => [name, i * n]));
    }
    return this.namedOffsets;
  }

  /** Probability of every label for a sentence (folded, quotations blanked) in the model's language; undefined for a fragment it does not judge. */
  probabilities(norm: string, lang: Lang): number[] | undefined {
    const z = this.z, w = this.w, n = z.length;
    z.set(this.bias);
    const judged = walkFeatures(norm, lang, (kind, a, b) => {
      const o = kind === Kind.Pair ? this.pairs.get(a)?.get(b) : this.byKind[kind]!.get(a);
      if (o !== undefined) for (let k = 0; k < n; k++) z[k]! += w[o + k]!;
    });
    return judged ? softmax(z) : undefined;
  }

  /** Probability of every label for features given by name (training and cross-validation). */
  probabilitiesOf(features: readonly string[]): number[] {
    const z = Array.from(this.bias);
    const named = this.named(), w = this.w;
    for (const f of features) {
      const o = named.get(f);
      if (o !== undefined) for (let k = 0; k < z.length; k++) z[k]! += w[o + k]!;
    }
    return softmax(z);
  }

  /** The most probable label that is not 'ok' among those reaching their threshold, with the words that weighed most for it. */
  predict(norm: string, lang: Lang, top = 3): Prediction | undefined {
    const p = this.probabilities(norm, lang);
    if (!p) return undefined;
    const best = firing(p, this.thresholds);
    if (best < 0) return undefined;
    // Rare (a finding): the names are built only now, to say why.
    const f = sentenceFeatures(norm, lang);
    const named = this.named();
    const weight = (name: string): number => { const o = named.get(name); return o === undefined ? 0 : this.w[o + best]!; };
    const why = f.names.map((n, i) => ({ i, w: weight(n) }))
      .filter((x) => x.w > 0).sort((a, b) => b.w - a.w || a.i - b.i).slice(0, top).map((x) => f.spans[x.i]!);
    return { label: this.labels[best]!, p: p[best]!, why };
  }
}

/** The label that fires (index), or -1: the most probable rule among those at or above their threshold. Training scores with it too. */
export function firing(p: readonly number[], thresholds: readonly number[]): number {
  let best = -1;
  for (let k = 1; k < p.length; k++) if (p[k]! >= thresholds[k]! && (best < 0 || p[k]! > p[best]!)) best = k;
  return best;
}

export function softmax(z: ArrayLike<number>): number[] {
  let max = -Infinity;
  for (let k = 0; k < z.length; k++) if (z[k]! > max) max = z[k]!;
  const e: number[] = [];
  let sum = 0;
  for (let k = 0; k < z.length; k++) { const v = Math.exp(z[k]! - max); e.push(v); sum += v; }
  return e.map((v) => v / sum);
}
