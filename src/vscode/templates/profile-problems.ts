// The words of an invalid-profile notification, apart from VS Code so a unit test runs them with
// the French bundle: each problem in the display language (core words them in both), key paths
// and messages escaped (a cloned repository's profile must not put a command link in a notification).
import type { ProfileProblem } from '../../core/config/profile';
import { escapeNotification } from '../../core/log/escape';
import type { Lang } from '../../core/ports';
import type { Translator } from '../log/issue-lines';

/** "lang: use en or fr; (whole file): not valid JSON at line 4…", in `lang` where core has the French. */
export function profileProblemList(l10n: Translator, lang: Lang, problems: readonly ProfileProblem[]): string {
  // French puts a no-break space before ":" and ";", here as in the rest of the message.
  const [colon, semi] = lang === 'fr' ? ['\u00a0: ', '\u00a0; '] : [': ', '; '];
  return problems.map(p => `${escapeNotification(p.path) || l10n.t('(whole file)')}${colon}${escapeNotification(lang === 'fr' && p.fr ? p.fr : p.message)}`).join(semi);
}

/** The notification for an invalid profile; `kept`: Set Up Project Profile left the file as it was. */
export function profileProblemsMessage(l10n: Translator, lang: Lang, problems: readonly ProfileProblem[], kept?: 'kept'): string {
  const list = profileProblemList(l10n, lang, problems);
  return kept
    ? l10n.t('The project profile .liaison/profile.json was left unchanged: {0}. Fix it (or delete it), then set up the profile again.', list)
    : l10n.t('The project profile .liaison/profile.json is invalid: {0}', list);
}
