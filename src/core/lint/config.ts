// Lint configuration: per-rule `off` | `warning` | `error` | [severity, options], from the profile's
// `lint.rules` and the nearest `.liaisonrc*` file. Validation is by hand (not ajv) so problems read
// like `rules.vague-timing: expected off|warning|error`, with the key path first; never a throw.
import YAML from 'yaml';
import type { FileSystem } from '../ports.js';
import type { LintRule, OptionDef, Severity } from './types.js';
import { jsonProblemText, parseJsonText } from '../config/json-text.js';

export interface RuleConfig { severity: Severity; options: Record<string, unknown>; }

export interface LintConfig {
  /** Only the rules the user configured; the engine fills in defaults. */
  rules: Record<string, RuleConfig>;
  /** Notes larger than this get line-level checks only (micromark is superlinear). */
  maxFullLintBytes?: number;
}

export interface ConfigProblem { path: string; message: string; source?: string; }

export const CONFIG_FILE_NAMES = ['.liaisonrc', '.liaisonrc.json', '.liaisonrc.yaml', '.liaisonrc.yml'];
export const DEFAULT_MAX_FULL_LINT_BYTES = 256 * 1024;
const SEVERITIES: Severity[] = ['off', 'warning', 'error'];

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
  if (!isRecord(raw)) return { rules: out, problems: [{ path: base, message: 'expected an object of rule ids' }] };
  for (const [id, value] of Object.entries(raw)) {
    const path = `${base}.${id}`;
    const rule = rules.find(r => r.id === id);
    if (!rule) { problems.push({ path, message: `unknown rule (known: ${rules.map(r => r.id).join(', ')})` }); continue; }
    const [sev, opts] = Array.isArray(value) ? [value[0], value[1]] : [value, undefined];
    if (typeof sev !== 'string' || !SEVERITIES.includes(sev as Severity)) {
      problems.push({ path: Array.isArray(value) ? `${path}[0]` : path, message: 'expected off|warning|error or [severity, options]' });
      continue;
    }
    if (Array.isArray(value) && value.length > 2) problems.push({ path, message: 'expected [severity, options] (extra items ignored)' });
    const options: Record<string, unknown> = {};
    if (opts !== undefined) {
      if (!isRecord(opts)) { problems.push({ path: `${path}[1]`, message: 'expected an object of options' }); }
      else {
        for (const [key, v] of Object.entries(opts)) {
          const def = (rule.options as Record<string, OptionDef>)[key];
          if (!def) { problems.push({ path: `${path}[1].${key}`, message: `unknown option (known: ${Object.keys(rule.options).join(', ') || 'none'})` }); continue; }
          if (!optionMatches(def, v)) { problems.push({ path: `${path}[1].${key}`, message: `expected ${def.type}` }); continue; }
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
  if (!isRecord(raw)) return { config: { rules: {} }, problems: [{ path: '', message: 'expected an object with `rules`', source }] };
  const { rules: r, problems } = normalizeRules(raw.rules, rules);
  const config: LintConfig = { rules: r };
  for (const key of Object.keys(raw)) {
    if (key === 'rules' || key === '$schema') continue;
    if (key === 'maxFullLintBytes') {
      const v = raw[key];
      if (typeof v === 'number' && Number.isFinite(v) && v >= 1024) config.maxFullLintBytes = v;
      else problems.push({ path: key, message: 'expected a number of bytes >= 1024' });
      continue;
    }
    problems.push({ path: key, message: 'unknown key (expected rules, maxFullLintBytes)' });
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
    if (/\.json$/i.test(name)) return { problem: { path: '', message: jsonProblemText(json.problem), source: name } };
  }
  try {
    return { data: YAML.parse(text) };
  } catch (e) {
    return { problem: { path: '', message: `not valid YAML: ${(e as Error).message.split('\n')[0]}`, source: name } };
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

/** Loads and validates the nearest config file for a note. */
export async function loadConfigFor(fs: FileSystem, notePath: string, rules: readonly LintRule[], root?: string): Promise<{ config: LintConfig; problems: ConfigProblem[]; file?: string }> {
  const file = await findConfigFile(fs, notePath, root);
  if (!file) return { config: { rules: {} }, problems: [] };
  let text: string;
  try { text = new TextDecoder().decode(await fs.readFile(file)); }
  catch (e) { return { config: { rules: {} }, problems: [{ path: '', message: `cannot read: ${(e as Error).message}`, source: file }], file }; }
  const { data, problem } = parseConfigText(text, file);
  if (problem) return { config: { rules: {} }, problems: [problem], file };
  const { config, problems } = normalizeConfig(data, rules, file);
  return { config, problems, file };
}
