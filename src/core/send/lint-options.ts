// The lint options "Mark Note as Sent" checks a note with, in the CLI and the editor alike:
// the profile's language, cadence, glossary and `lint.rules`, then the nearest .liaisonrc*.
import type { FileSystem, Lang } from '../ports.js';
import type { Profile } from '../config/profile.js';
import type { LintOptions } from '../lint/engine.js';
import { RULES } from '../lint/registry.js';
import { loadConfigFor, mergeConfigs, normalizeRules } from '../lint/config.js';

export async function sendLintOptions(fs: FileSystem, notePath: string, root: string | undefined, profile: Profile | undefined,
  uiLang: Lang, today: Date): Promise<LintOptions> {
  const fromProfile = normalizeRules(profile?.lint?.rules, RULES, 'lint.rules');
  const rc = await loadConfigFor(fs, notePath, RULES, root).catch(() => ({ config: { rules: {} }, problems: [] }));
  return {
    path: notePath, lang: profile?.lang, cadenceDays: profile?.cadenceDays, glossary: profile?.glossary, uiLang, today,
    config: mergeConfigs({ rules: fromProfile.rules }, rc.config),
    configProblems: [...fromProfile.problems.map(p => ({ ...p, source: '.liaison/profile.json' })), ...rc.problems],
  };
}
