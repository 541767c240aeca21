// Bundles the phrase packs (src/core/lint/packs/<lang>/<rule>.yaml) into one generated TypeScript
// module, so core never reads files at run time. Checks each pack and says what to fix, with the
// file name. Run by `npm run docs:rules` (with the rule docs); a unit test fails when it is stale.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { FrameData, PackData, RewriteData } from '../src/core/lint/packs/types.js';

export const PACK_DIR = 'src/core/lint/packs';
export const GENERATED = `${PACK_DIR}/generated.ts`;
const KEYS = new Set(['rule', 'lang', 'classes', 'roles', 'phrases', 'frames', 'antiphrases', 'groups', 'examples', 'rewrites']);
const FRAME_KEYS = new Set(['who', 'does', 'within', 'order', 'negated', 'hypothesis', 'unless']);

class PackError extends Error {}

function fail(file: string, what: string): never {
  throw new PackError(`${file}: ${what}`);
}

function strings(file: string, where: string, v: unknown): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) fail(file, `${where} must be a list of lines ("- ..."), got ${typeof v}`);
  return v.map((x, i) => {
    if (typeof x !== 'string' && typeof x !== 'number') fail(file, `${where} line ${i + 1} must be text, got ${JSON.stringify(x)} (put a line holding ": " in double quotes)`);
    return String(x).trim();
  });
}

function lists(file: string, where: string, v: unknown): Record<string, string[]> {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) fail(file, `${where} must map names to lists`);
  return Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, l]) => [k, strings(file, `${where}.${k}`, l)]));
}

/** Reads and checks one pack file. */
export function readPack(file: string, lang: string, rule: string): PackData {
  const raw = parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown> | null;
  if (!raw || typeof raw !== 'object') fail(file, 'is empty');
  for (const k of Object.keys(raw)) if (!KEYS.has(k)) fail(file, `unknown section "${k}" (known: ${[...KEYS].join(', ')})`);
  if (raw.rule !== rule) fail(file, `rule: must be "${rule}" (the file name)`);
  if (raw.lang !== lang) fail(file, `lang: must be "${lang}" (the folder name)`);
  const classes = lists(file, 'classes', raw.classes);
  const roles = Object.fromEntries(Object.entries((raw.roles ?? {}) as Record<string, unknown>).map(([k, v]) => {
    if (typeof v !== 'string') fail(file, `roles.${k} must be one phrase`);
    return [k, v];
  }));
  const frames = ((raw.frames ?? []) as unknown[]).map((f, i): FrameData => {
    const fr = f as Record<string, unknown>;
    for (const k of Object.keys(fr)) if (!FRAME_KEYS.has(k)) fail(file, `frames #${i + 1}: unknown key "${k}"`);
    if (typeof fr.who !== 'string' || !(fr.who === 'writer' || fr.who === 'client' || fr.who in roles)) fail(file, `frames #${i + 1}: who: must be writer, client or a role (${Object.keys(roles).join(', ')})`);
    if (typeof fr.does !== 'string' || !classes[fr.does]) fail(file, `frames #${i + 1}: does: must name a class`);
    if (fr.unless !== undefined && fr.unless !== 'writer') fail(file, `frames #${i + 1}: unless: can only be writer`);
    if (fr.negated !== undefined && fr.negated !== true && fr.negated !== false && fr.negated !== 'only') fail(file, `frames #${i + 1}: negated: must be true, false or only`);
    if (fr.hypothesis !== undefined && fr.hypothesis !== 'counterfactual' && fr.hypothesis !== 'only') fail(file, `frames #${i + 1}: hypothesis: must be counterfactual or only`);
    return fr as unknown as FrameData;
  });
  const ex = (raw.examples ?? {}) as Record<string, unknown>;
  const rewrites = ((raw.rewrites ?? []) as unknown[]).map((r, i): RewriteData => {
    const rw = r as Record<string, unknown>;
    const t = rw.title as Record<string, unknown> | undefined;
    if (!t || typeof t.en !== 'string' || typeof t.fr !== 'string') fail(file, `rewrites #${i + 1}: title needs en: and fr:`);
    if (typeof rw.text !== 'string') fail(file, `rewrites #${i + 1}: text: is missing`);
    return { title: { en: t.en, fr: t.fr }, text: rw.text };
  });
  const pack: PackData = {
    rule, lang: lang as PackData['lang'], source: file, classes, roles,
    phrases: strings(file, 'phrases', raw.phrases), frames, antiphrases: strings(file, 'antiphrases', raw.antiphrases),
    groups: lists(file, 'groups', raw.groups),
    examples: { invalid: strings(file, 'examples.invalid', ex.invalid), valid: strings(file, 'examples.valid', ex.valid) },
    rewrites,
  };
  const known = new Set([...Object.keys(classes), ...Object.keys(roles)]);
  const lines = [...pack.phrases, ...pack.antiphrases, ...Object.values(roles), ...Object.values(classes).flat(), ...Object.values(pack.groups).flat()];
  for (const l of lines) {
    for (const m of l.matchAll(/\{([^}]*)\}/g)) if (!known.has(m[1]!)) fail(file, `"${l}": {${m[1]}} is neither a class nor a role`);
    if (/[\\[\]^$+]/.test(l)) fail(file, `"${l}": packs hold words, not regex (see docs/packs.md)`);
    if ((l.match(/\(/g) ?? []).length !== (l.match(/\)/g) ?? []).length) fail(file, `"${l}": a bracket is not closed`);
  }
  return pack;
}

/** Every pack, sorted by rule then language. */
export function readPacks(dir = PACK_DIR): PackData[] {
  const out: PackData[] = [];
  for (const lang of ['en', 'fr']) {
    const d = join(dir, lang);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).filter((x) => x.endsWith('.yaml')).sort()) out.push(readPack(join(d, f).replace(/\\/g, '/'), lang, f.slice(0, -5)));
  }
  return out.sort((a, b) => a.rule.localeCompare(b.rule) || a.lang.localeCompare(b.lang));
}

/** The generated module's text. */
export function packsModule(packs = readPacks()): string {
  return [
    '// Generated by scripts/gen-packs.ts from src/core/lint/packs/<lang>/<rule>.yaml: do not edit.',
    '// Edit the YAML files, then run `npm run docs:rules`.',
    "import type { PackData } from './types.js';",
    '',
    `export const PACK_DATA: readonly PackData[] = ${JSON.stringify(packs, null, 1)};`,
    '',
  ].join('\n');
}
