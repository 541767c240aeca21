// Lint configuration: per-rule `off` | `warning` | `error` | [severity, options], from the profile's
// `lint.rules` and the nearest `.liaisonrc*` file. Validation is by hand (not ajv) so problems read
// like `rules.vague-timing: expected off|warning|error`, with the key path first; never a throw.
import YAML from 'yaml';
import type { FileSystem } from '../ports.js';
import type { LintRule, OptionDef, Severity } from './types.js';
import { jsonProblemText, jsonProblemTextFr, parseJsonText } from '../config/json-text.js';

export interface RuleConfig { severity: Severity; options: Record<string, unknown>; }

export interface LintConfig {
  /** Only the rules the user configured; the engine fills in defaults. */
  rules: Record<string, RuleConfig>;
  /** Notes larger than this get line-level checks only (micromark is superlinear). */
  maxFullLintBytes?: number;
}

/** `fr`: the message in French (a French user's lint report); `message` stays the English one JSON gives. */
export interface ConfigProblem { path: string; message: string; fr?: string; source?: string; }

export const CONFIG_FILE_NAMES = ['.liaisonrc', '.liaisonrc.json', '.liaisonrc.yaml', '.liaisonrc.yml'];
export const DEFAULT_MAX_FULL_LINT_BYTES = 256 * 1024;
const SEVERITIES: Severity[] = ['off', 'warning', 'error'];
/** An option's expected type, as a French sentence names it. */
const TYPE_FR: Record<OptionDef['type'], string> = { 'string': 'un texte entre guillemets', 'number': 'un nombre', 'boolean': 'true ou false', 'string[]': 'une liste de textes ["…"]' };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function optionMatches(def: OptionDef, value: unknown): boolean {
  if (def.type === 'string[]') return Array.isArray(value) && value.every(v => typeof v === 'string');
  if (def.type === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeof value === def.type;
}

/** Validates a `rules` object against the registered rules. Bad entries are dropped, with a problem each. */
export function normalizeRules(raw: unknown, rules: readonly LintRule[], base = 'rules'): { rules: Record<string, RuleConfig>; problems: ConfigProblem[] } {
  const out: Record<string, RuleConfig> = {};
  const problems: ConfigProblem[] = [];
  if (raw === undefined) return { rules: out, problems };
  if (!isRecord(raw)) return { rules: out, problems: [{ path: base, message: 'expected an object of rule ids', fr: `attendu\u00a0: un objet dont les clés sont des identifiants de règles, par ex. { "vague-timing": "warning" }` }] };
  for (const [id, value] of Object.entries(raw)) {
    const path = `${base}.${id}`;
    const rule = rules.find(r => r.id === id);
    if (!rule) {
      const known = rules.map(r => r.id).join(', ');
      problems.push({ path, message: `unknown rule (known: ${known})`, fr: `règle inconnue\u00a0: écrivez l’une de celles-ci\u00a0: ${known}` });
      continue;
    }
    const [sev, opts] = Array.isArray(value) ? [value[0], value[1]] : [value, undefined];
    if (typeof sev !== 'string' || !SEVERITIES.includes(sev as Severity)) {
      problems.push({ path: Array.isArray(value) ? `${path}[0]` : path, message: 'expected off|warning|error or [severity, options]',
        fr: `attendu\u00a0: off, warning ou error, ou [gravité, options], par ex. ["warning", {}]` });
      continue;
    }
    if (Array.isArray(value) && value.length > 2) problems.push({ path, message: 'expected [severity, options] (extra items ignored)', fr: `attendu\u00a0: [gravité, options]\u00a0; les éléments en trop sont ignorés, retirez-les` });
    const options: Record<string, unknown> = {};
    if (opts !== undefined) {
      if (!isRecord(opts)) { problems.push({ path: `${path}[1]`, message: 'expected an object of options', fr: `attendu\u00a0: un objet d’options, par ex. {}` }); }
      else {
        for (const [key, v] of Object.entries(opts)) {
          const def = (rule.options as Record<string, OptionDef>)[key];
          if (!def) {
            const known = Object.keys(rule.options).join(', ');
            problems.push({ path: `${path}[1].${key}`, message: `unknown option (known: ${known || 'none'})`,
              fr: known ? `option inconnue\u00a0: cette règle accepte ${known}` : `option inconnue\u00a0: cette règle n’a pas d’option, retirez-la` });
            continue;
          }
          if (!optionMatches(def, v)) { problems.push({ path: `${path}[1].${key}`, message: `expected ${def.type}`, fr: `attendu\u00a0: ${TYPE_FR[def.type]}` }); continue; }
          options[key] = v;
        }
      }
    }
    out[id] = { severity: sev as Severity, options };
  }
  return { rules: out, problems };
}

/** Validates a whole config file's data: `{ rules?, maxFullLintBytes? }`. */
export function normalizeConfig(raw: unknown, rules: readonly LintRule[], source?: string): { config: LintConfig; problems: ConfigProblem[] } {
  if (raw === undefined || raw === null) return { config: { rules: {} }, problems: [] };
  if (!isRecord(raw)) return { config: { rules: {} }, problems: [{ path: '', message: 'expected an object with `rules`', fr: `attendu\u00a0: un objet avec \`rules\`, par ex. { "rules": {} }`, source }] };
  const { rules: r, problems } = normalizeRules(raw.rules, rules);
  const config: LintConfig = { rules: r };
  for (const key of Object.keys(raw)) {
    if (key === 'rules' || key === '$schema') continue;
    if (key === 'maxFullLintBytes') {
      const v = raw[key];
      if (typeof v === 'number' && Number.isFinite(v) && v >= 1024) config.maxFullLintBytes = v;
      else problems.push({ path: key, message: 'expected a number of bytes >= 1024', fr: `attendu\u00a0: un nombre d’octets supérieur ou égal à 1024` });
      continue;
    }
    problems.push({ path: key, message: 'unknown key (expected rules, maxFullLintBytes)', fr: `clé inconnue\u00a0: ce fichier accepte rules et maxFullLintBytes, retirez-la ou déplacez-la` });
  }
  return { config, problems: problems.map(p => ({ ...p, source })) };
}

/** Later configs win, rule by rule. */
export function mergeConfigs(...configs: Array<LintConfig | undefined>): LintConfig {
  const out: LintConfig = { rules: {} };
  for (const c of configs) {
    if (!c) continue;
    Object.assign(out.rules, c.rules);
    if (c.maxFullLintBytes !== undefined) out.maxFullLintBytes = c.maxFullLintBytes;
  }
  return out;
}

/** Parses a config file's text; `.liaisonrc` without extension is JSON (YAML accepted as a fallback). */
export function parseConfigText(text: string, name: string): { data?: unknown; problem?: ConfigProblem } {
  const yamlFile = /\.ya?ml$/i.test(name);
  if (!yamlFile) {
    const json = parseJsonText(text);
    if (!json.problem) return { data: json.value };
    if (/\.json$/i.test(name)) return { problem: { path: '', message: jsonProblemText(json.problem), fr: jsonProblemTextFr(json.problem), source: name } };
  }
  try {
    return { data: YAML.parse(text) };
  } catch (e) {
    const at = (e as { linePos?: Array<{ line: number; col: number }> }).linePos?.[0];
    const where = at ? ` ligne ${at.line}, colonne ${at.col}` : '';
    return { problem: { path: '', message: `not valid YAML: ${(e as Error).message.split('\n')[0]}`, fr: `YAML invalide${where}\u00a0: vérifiez l’indentation et les deux-points, puis enregistrez`, source: name } };
  }
}

function dirname(p: string): string {
  const i = p.replace(/\/+$/, '').lastIndexOf('/');
  return i <= 0 ? (p.startsWith('/') ? '/' : '') : p.slice(0, i);
}

/**
 * Finds the nearest `.liaisonrc*` from the note's folder up to `root` (inclusive), the same names
 * and order the CLI's unified-engine uses. Paths use `/`.
 */
export async function findConfigFile(fs: FileSystem, notePath: string, root?: string): Promise<string | undefined> {
  let dir = dirname(notePath);
  for (let guard = 0; guard < 64; guard++) {
    for (const name of CONFIG_FILE_NAMES) {
      const file = `${dir === '/' ? '' : dir}/${name}`;
      const st = await fs.stat(file).catch(() => undefined);
      if (st?.type === 'file') return file;
    }
    if (!dir || dir === '/' || (root && dir.replace(/\/+$/, '') === root.replace(/\/+$/, ''))) return undefined;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
  return undefined;
}

/** A file that cannot be read, in both languages (the error's code, not Node's English sentence, in French). */
export function cannotRead(e: unknown): ConfigProblem {
  const code = (e as { code?: unknown }).code;
  return { path: '', message: `cannot read: ${(e as Error).message}`,
    fr: `lecture impossible${typeof code === 'string' ? ` (${code})` : ''}\u00a0: vérifiez que le fichier existe et que vous avez le droit de le lire` };
}

/** Loads and validates the nearest config file for a note. */
export async function loadConfigFor(fs: FileSystem, notePath: string, rules: readonly LintRule[], root?: string): Promise<{ config: LintConfig; problems: ConfigProblem[]; file?: string }> {
  const file = await findConfigFile(fs, notePath, root);
  if (!file) return { config: { rules: {} }, problems: [] };
  let text: string;
  try { text = new TextDecoder().decode(await fs.readFile(file)); }
  catch (e) { return { config: { rules: {} }, problems: [{ ...cannotRead(e), source: file }], file }; }
  const { data, problem } = parseConfigText(text, file);
  if (problem) return { config: { rules: {} }, problems: [problem], file };
  const { config, problems } = normalizeConfig(data, rules, file);
  return { config, problems, file };
}
