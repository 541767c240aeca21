// The last line of what is sent: a reference to the project log as it is now (core/log/anchor.ts).
// Once it is in the client's inbox, the freelancer can no longer rewrite the log before it without
// the reference failing to verify: the client's copy witnesses the log (domain brief, section 5).
import type { Lang } from '../ports.js';

export function anchorLine(ref: string, lang: Lang): string {
  return lang === 'fr' ? `Référence de notre journal de projet\u00a0: ${ref}` : `Reference in our project log: ${ref}`;
}
