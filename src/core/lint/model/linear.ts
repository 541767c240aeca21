// A multinomial logistic regression over sentence features (model/features.ts): one weight per
// feature and label, a bias per label, softmax. Transparent on purpose: the words behind a finding
// are the features with the largest weights for its label, and a linguist can read the JSON.
// Trained by scripts/train-model.ts from the labelled sentences of the repository.
import type { Lang } from '../../ports.js';

export interface ModelData {
  lang: Lang;
  /** 'ok' first, then the rule ids. */
  labels: string[];
  bias: number[];
  /** Feature name -> one weight per label (rounded; features whose weights all round to 0 are left out). */
  weights: Record<string, number[]>;
  /** A label fires when its probability is at least this (chosen by cross-validation, see docs/model.md). */
  threshold: number;
  /** How the model was made and how it did in cross-validation (for docs/model.md, not read at lint time). */
  meta: Record<string, unknown>;
}

export interface Prediction {
  label: string;
  p: number;
  /** Indexes (into the features given) of the features that weighed most for the label, largest first. */
  why: number[];
}

/** A model ready to score: weights in a Map, looked up once per feature. */
export class LinearModel {
  readonly labels: readonly string[];
  readonly threshold: number;
  private readonly bias: readonly number[];
  private readonly weights: Map<string, readonly number[]>;

  constructor(data: ModelData) {
    this.labels = data.labels;
    this.threshold = data.threshold;
    this.bias = data.bias;
    this.weights = new Map(Object.entries(data.weights));
  }

  /** Probability of every label for a sentence's features. */
  probabilities(features: readonly string[]): number[] {
    const z = [...this.bias];
    for (const f of features) {
      const w = this.weights.get(f);
      if (w) for (let k = 0; k < z.length; k++) z[k]! += w[k]!;
    }
    return softmax(z);
  }

  /** The most probable label that is not 'ok', if it reaches the threshold; with the features that weighed most for it. */
  predict(features: readonly string[], top = 3): Prediction | undefined {
    const p = this.probabilities(features);
    let best = 1;
    for (let k = 2; k < p.length; k++) if (p[k]! > p[best]!) best = k;
    if (p[best]! < this.threshold) return undefined;
    const why = features.map((f, i) => ({ i, w: this.weights.get(f)?.[best] ?? 0 }))
      .filter((x) => x.w > 0).sort((a, b) => b.w - a.w || a.i - b.i).slice(0, top).map((x) => x.i);
    return { label: this.labels[best]!, p: p[best]!, why };
  }
}

export function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
