// Every lint rule, in the order findings are reported. Adding a rule: one file in rules/, one line here.
import type { LintRule } from './types.js';
// structural rules
import requiredSections from './rules/required-sections.js';
import nextContactDate from './rules/next-contact-date.js';
import incidentOptions from './rules/incident-options.js';
import decisionDeadline from './rules/decision-deadline.js';
import riskMitigation from './rules/risk-mitigation.js';
import acknowledgeFirst from './rules/acknowledge-first.js';
import unfilledPlaceholder from './rules/unfilled-placeholder.js';
import dateMismatch from './rules/date-mismatch.js';
// phrase rules (one import line each, owned by the phrase engineer)
import vagueTiming from './rules/vague-timing.js';
import blameColleague from './rules/blame-colleague.js';
import blameClient from './rules/blame-client.js';
import defensiveTone from './rules/defensive-tone.js';
import shouting from './rules/shouting.js';
import unexplainedJargon from './rules/unexplained-jargon.js';
import sarcasm from './rules/sarcasm.js';
import nonApology from './rules/non-apology.js';
import dismissive from './rules/dismissive.js';

export const RULES: readonly LintRule[] = [
  requiredSections, nextContactDate, incidentOptions, decisionDeadline, riskMitigation, acknowledgeFirst, unfilledPlaceholder, dateMismatch,
  // phrase rules
  vagueTiming, blameColleague, blameClient, defensiveTone, shouting, unexplainedJargon, sarcasm, nonApology, dismissive,
] as unknown as readonly LintRule[];
