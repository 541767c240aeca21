// One configuration resolution for a note, for the CLI and the editor alike: the project profile
// (`.liaison/profile.json`: language, cadence, glossary, `lint.rules`), then the nearest
// `.liaisonrc*` from the note's folder up to the profile's folder. Later wins, rule by rule;
// invalid entries become problems with their key path, never a throw.
import type { FileSystem } from '../ports.js';
import { loadProfile, type Profile } from '../config/profile.js';
import { cannotRead, loadConfigFor, mergeConfigs, normalizeRules, type ConfigProblem, type LintConfig } from './config.js';
import type { LintRule } from './types.js';
import { RULES } from './registry.js';

export const PROFILE_FILE = '.liaison/profile.json';

export interface ProfileSettings { profile?: Profile; config?: LintConfig; problems: ConfigProblem[] }

export interface LintSettings {
  profile?: Profile;
  config: LintConfig;
  problems: ConfigProblem[];
  /** The `.liaisonrc*` file that applied, if any. */
  configFile?: string;
}

/** The profile at `root` and its `lint.rules`; a missing profile is no problem, an invalid one is. */
export async function profileSettings(fs: FileSystem, root: string, rules: readonly LintRule[] = RULES): Promise<ProfileSettings> {
  const r = await loadProfile(fs, root).catch((e: Error) => ({ ok: false as const, problems: [cannotRead(e)], file: `${root}/${PROFILE_FILE}` }));
  if (!r.ok) return { problems: 'missing' in r ? [] : r.problems.map(p => ({ ...p, source: PROFILE_FILE })) };
  const { rules: ruleConfig, problems } = normalizeRules(r.profile.lint?.rules, rules, 'lint.rules');
  return { profile: r.profile, config: { rules: ruleConfig }, problems: problems.map(p => ({ ...p, source: PROFILE_FILE })) };
}

/** The folder holding the nearest `.liaison/profile.json` at or above `dir` ("/" paths). */
export async function findProfileRoot(fs: FileSystem, dir: string): Promise<string | undefined> {
  let cur = dir.replace(/\/+$/, '') || '/';
  for (let i = 0; i < 64; i++) {
    if (await fs.stat(`${cur === '/' ? '' : cur}/${PROFILE_FILE}`).catch(() => undefined)) return cur;
    const up = cur.replace(/\/[^/]*$/, '') || '/';
    if (up === cur) return undefined;
    cur = up;
  }
  return undefined;
}

/**
 * Everything the engine needs to know about a note's configuration. `root` is the project (the
 * profile's folder, the workspace folder): `.liaisonrc*` files are looked for up to it.
 */
export async function resolveLintSettings(fs: FileSystem, notePath: string, root: string | undefined, base?: ProfileSettings, rules: readonly LintRule[] = RULES): Promise<LintSettings> {
  const fromProfile = base ?? (root ? await profileSettings(fs, root, rules) : { problems: [] });
  const rc = await loadConfigFor(fs, notePath, rules, root).catch((e: Error) => ({ config: { rules: {} }, problems: [cannotRead(e)], file: undefined }));
  return {
    profile: fromProfile.profile,
    config: mergeConfigs(fromProfile.config, rc.config),
    problems: [...fromProfile.problems, ...rc.problems],
    configFile: rc.file,
  };
}
