// The tone models' data, read on first use per language. The bundles (esbuild.mjs, "model JSON as
// text") carry each model's JSON as a string, parsed here: JSON.parse of 0.8 MB costs about half
// what evaluating the same object literal does (~25 ms per process and per lint thread), and a
// process that lints only English notes never reads the French model. Run from sources (tests,
// scripts under tsx) the import is the object itself.
import type { Lang } from '../../ports.js';
import EN from './en.json';
import FR from './fr.json';
import type { ModelData } from './linear.js';

// The CLI's bundles (esbuild.mjs, "model JSON beside the bundle") carry a reader of the JSON file
// written next to them instead: a 1 MB string a process never parses is still read, compiled and
// kept with the bundle's code on every run.
type Raw = ModelData | string | (() => string);
const RAW: Record<Lang, Raw> = { en: EN as Raw, fr: FR as Raw };

/** The model of `lang` as trained (scripts/train-model.ts writes en.json and fr.json). */
export function modelData(lang: Lang): ModelData {
  const raw = RAW[lang];
  if (typeof raw === 'function') return JSON.parse(raw()) as ModelData;
  return typeof raw === 'string' ? (JSON.parse(raw) as ModelData) : raw;
}
