// defensive-tone (P10): self-justification to the client ("not my fault", "I did my job",
// « je n'y suis pour rien »). An upset client hears an excuse; say what you will do instead.
// The phrases live in packs/<lang>/defensive-tone.yaml.
import type { Finding, LintRule } from '../types.js';
import { modelMatches, modelMessage, MODEL_OPTION } from '../model/index.js';
import { findGroup, findInSentence, hasGroup, rewriteFixes, type PackMatch } from '../packs/index.js';
import { overlaps, perSentence } from '../text/rule-kit.js';
import { dismissiveHit } from './dismissive.js';

/** The pack hits dismissive does not report: a brush-off ("that's not my problem") gets one finding, dismissive's. */
function ownHits(s: Parameters<typeof dismissiveHit>[0]): PackMatch[] {
  const hits = findInSentence('defensive-tone', s);
  const brush = hits.length ? dismissiveHit(s)?.span : undefined;
  return brush ? hits.filter((d) => !overlaps(d.span, [brush])) : hits;
}

/**
 * The writer owns the fault in the sentence (pack group `owned`), unless that fault is only what the client is said
 * to claim (group `claimed`: "it's a bit much to suggest I missed something", « de dire que j'ai oublié »).
 */
const owns = (s: Parameters<typeof dismissiveHit>[0]): boolean => hasGroup('defensive-tone', 'owned', s) && !hasGroup('defensive-tone', 'claimed', s);

/**
 * A weaker cue (pack group `weak`: the writer's own correctness, constraints or effort, "I did all I could",
 * « mes chiffres tombent juste ») is a defence only when the sentence does not move on to the client's problem
 * (group `remedy`: a next step, an offer, a question to the client, a fix done) nor own the fault (`owned`).
 */
function weakHit(s: Parameters<typeof dismissiveHit>[0]): PackMatch | undefined {
  const hit = findGroup('defensive-tone', 'weak', s)[0];
  if (!hit || hasGroup('defensive-tone', 'remedy', s) || owns(s)) return undefined;
  return hit;
}

/**
 * A limit of the writer's part conceded before a turn (pack group `turn`: but, mais) that moves on to the client's
 * problem (group `remedy` after the turn): "it's out of our hands, but I've prepared the release", « ce n'est pas de
 * mon ressort, mais je vous mets en contact ». Not a defence. A defence after the turn still is one ("I hear you, but
 * I delivered on time"), and so is a fault denied outright (group `denial`: "not my fault, but I'll look").
 */
function conceded(s: Parameters<typeof dismissiveHit>[0], hit: PackMatch): boolean {
  const hits = [hit, ...findInSentence('defensive-tone', s)];
  const end = Math.max(...hits.map((h) => h.span.end));
  const turn = findGroup('defensive-tone', 'turn', s).find((t) => t.span.start >= end);
  if (!turn || findGroup('defensive-tone', 'denial', s).some((d) => overlaps(d.span, hits.map((h) => h.span)))) return false;
  return findGroup('defensive-tone', 'remedy', s).some((r) => r.span.start >= turn.span.end);
}

const message = (text: string) => ({
  en: `"${text}" sounds defensive: acknowledge the problem and say what you will do about it.`,
  fr: `« ${text} » sonne comme une justification : reconnaissez le problème et dites ce que vous allez faire.`,
});

export default {
  id: 'defensive-tone',
  summary: {
    en: 'Self-justification ("not my fault", "I did my job"): acknowledge the problem and say what you will do.',
    fr: 'Auto-justification (« ce n\'est pas de ma faute », « je n\'y suis pour rien ») : reconnaissez le problème et dites ce que vous allez faire.',
  },
  principles: ['P10'],
  why: { en: "Defending yourself to an angry client (\"it's not my fault\", \"I did my job\") tells them you care more about being right than about their problem, and it invites an argument. Take charge of the situation and move on to what happens next.", fr: "Se défendre face à un client fâché (« ce n’est pas de ma faute », « j’ai fait mon travail ») lui dit que vous tenez plus à avoir raison qu’à régler son problème, et appelle la dispute. Prenez la situation en charge et passez à la suite." },
  defaultSeverity: 'warning',
  options: { model: MODEL_OPTION },
  examples: {
    valid: [
      { lang: 'en', text: 'I understand the outage cost you orders. Here is what we will do to prevent it.\n' },
      { lang: 'en', text: 'Nothing is lost: the backup from Sunday is complete.\n' },
      { lang: 'fr', text: 'Je comprends que la panne vous a fait perdre des commandes. Voici ce que nous allons faire.\n' },
      { lang: 'fr', text: 'Pas de panique : la sauvegarde de dimanche est complète.\n' },
    ],
    invalid: [
      { lang: 'en', text: 'It\'s not my fault, I did everything right.\n' },
      { lang: 'en', text: 'I did my job. We are not responsible for the hosting outage.\n', count: 2 },
      { lang: 'fr', text: 'Ce n\'est pas de ma faute.\n' },
      { lang: 'fr', text: 'Je n\'y suis pour rien : j\'ai fait mon travail.\n' },
    ],
  },
  check(ctx, options) {
    const findings = perSentence(ctx, 'defensive-tone', (s) => {
      const findings: Finding[] = [];
      const hit = ownHits(s)[0] ?? (findInSentence('defensive-tone', s).length ? undefined : weakHit(s));
      // The writer owns the fault in the same sentence (pack group `owned`): not a defence.
      if (!hit || owns(s) || conceded(s, hit)) return findings;
      findings.push({
        span: hit.span,
        message: message(hit.text),
        fixes: rewriteFixes('defensive-tone', hit.lang, s.span, ctx.refDate),
      });
      return findings;
    });
    // Owning the fault ("we made a mistake", « c'est notre erreur ») is the opposite of a justification;
    // a sentence whose defence is a brush-off dismissive reports is not read again by the model.
    const brushedOff = (s: Parameters<typeof ownHits>[0]) => ownHits(s).length < findInSentence('defensive-tone', s).length;
    for (const m of modelMatches('defensive-tone', ctx, findings, options, (s) => hasGroup('non-apology', 'owned', s) || owns(s) || hasGroup('defensive-tone', 'doubt', s) || brushedOff(s))) {
      findings.push({ span: m.span, message: modelMessage(message(m.text)), fixes: rewriteFixes('defensive-tone', m.lang, m.span, ctx.refDate) });
    }
    return findings;
  },
} satisfies LintRule;
