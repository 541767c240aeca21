// The lint options "Mark Note as Sent" checks a note with, in the CLI and the editor alike: the one
// configuration resolution (profile language, cadence, glossary and `lint.rules`, then the
// nearest .liaisonrc*), as the linter itself uses it.
import type { Clock, FileSystem, Lang } from '../ports.js';
import type { LintOptions } from '../lint/engine.js';
import { resolveLintSettings } from '../lint/settings.js';

export async function sendLintOptions(fs: FileSystem, notePath: string, root: string | undefined, uiLang: Lang, clock: Clock): Promise<LintOptions> {
  const s = await resolveLintSettings(fs, notePath, root);
  return {
    path: notePath, lang: s.profile?.lang, cadenceDays: s.profile?.cadenceDays, glossary: s.profile?.glossary, uiLang, clock,
    config: s.config, configProblems: s.problems,
  };
}
