// Step back before answering (P9): a reply with tone findings, or written soon after an upset
// client's message, gets a gentle suggestion to reread it after a pause. Never a block: the
// caller shows it beside the send action and sends anyway if the user goes on.
import type { Lang } from '../ports.js';

/** Rules whose findings are about tone, not structure (docs/rules). */
export const TONE_RULES = ['shouting', 'sarcasm', 'blame-client', 'blame-colleague', 'defensive-tone', 'non-apology', 'dismissive'] as const;

export interface PauseInput {
  /** Lint findings on the reply (vfile messages or anything with a ruleId). */
  replyFindings: readonly { ruleId?: string | null }[];
  /** When the client's last message arrived (ISO date-time or Date). */
  lastClientMessageAt?: string | Date;
  /** Whether that message reads as upset (a tag, the user's choice, a detector). */
  upset: boolean;
  now: Date;
  /** The setting liaison.send.pauseMinutes; 0 turns the suggestion off. */
  minutes: number;
  lang?: Lang;
}

export interface PauseSuggestion { reason: 'tone' | 'soon-after-upset'; message: string; toneRules: string[]; minutesSince?: number }

export function pauseSuggestion(p: PauseInput): PauseSuggestion | undefined {
  if (!(p.minutes > 0)) return undefined;
  const fr = p.lang === 'fr';
  const tone = [...new Set(p.replyFindings.map(f => f.ruleId ?? '').filter(id => (TONE_RULES as readonly string[]).includes(id)))];
  if (tone.length) {
    return { reason: 'tone', toneRules: tone, message: fr
      ? `Cette réponse a encore des remarques de ton (${tone.join(', ')}). Rien ne vous empêche de l’envoyer\u00a0; une relecture après ${p.minutes}\u00a0minutes de pause la rend souvent plus posée.`
      : `This reply still has tone findings (${tone.join(', ')}). Nothing stops you sending it; reread after a ${p.minutes}-minute pause, it often comes out calmer.` };
  }
  const at = p.lastClientMessageAt === undefined ? NaN : new Date(p.lastClientMessageAt).getTime();
  if (!p.upset || Number.isNaN(at)) return undefined;
  const since = Math.floor((p.now.getTime() - at) / 60_000);
  if (since < 0 || since >= p.minutes) return undefined;
  return { reason: 'soon-after-upset', toneRules: [], minutesSince: since, message: fr
    ? `Le message du client, contrarié, est arrivé il y a ${since}\u00a0min. Rien ne vous empêche d’envoyer maintenant\u00a0; relue après ${p.minutes}\u00a0minutes de pause, une réponse est souvent plus posée.`
    : `The client's upset message arrived ${since} min ago. Nothing stops you sending now; reread after a ${p.minutes}-minute pause, a reply often comes out calmer.` };
}
