// A note edited after it was sent no longer matches what the client received (P4): the record
// in the log and the file disagree, and a reader later cannot tell which version the client saw.
// The log facts (send dates and hashes) come through the lint options; the rule reads no file.
import type { LintRule } from '../types.js';
import { titleSpan } from '../structure.js';
import { sha256Hex } from '../../log/canonical.js';
import { sentDateWords } from '../../send/dates.js';

const SENT = [{ at: '2026-11-20T16:05:00+01:00', sha256: '0'.repeat(64) }];

const rule: LintRule = {
  id: 'edited-after-sent',
  summary: { en: 'A note already sent is not edited afterwards: the client has the version in the log.', fr: 'Une note déjà envoyée n’est plus modifiée\u00a0: le client a la version du journal.' },
  why: {
    en: 'Written records only help if they match what the client received. A note changed after it was sent no longer does: the log holds the hash of the sent text, and anyone comparing later sees two versions.',
    fr: 'Une trace écrite ne sert que si elle correspond à ce que le client a reçu. Une note modifiée après l’envoi ne correspond plus\u00a0: le journal garde l’empreinte du texte envoyé, et qui compare plus tard voit deux versions.',
  },
  principles: ['P4'],
  defaultSeverity: 'warning',
  options: {},
  examples: {
    valid: [
      { lang: 'en', text: '---\ntype: status\nstatus: sent\n---\n# Weekly update\n\nThe login page is done.\n', note: 'Not in the log as sent: nothing to compare.' },
      { lang: 'fr', text: '---\ntype: status\nstatus: draft\n---\n# Point hebdomadaire\n\nLa page de connexion est terminée.\n' },
    ],
    invalid: [
      { lang: 'en', text: '---\ntype: status\nstatus: sent\n---\n# Weekly update\n\nThe login page is done (edited).\n', sent: SENT, note: 'The log holds another hash for this note.' },
      { lang: 'fr', text: '---\ntype: status\nstatus: sent\n---\n# Point hebdomadaire\n\nLa page de connexion est terminée (modifié).\n', sent: SENT },
    ],
  },
  check(ctx) {
    const sent = ctx.sent ?? [];
    if (!sent.length) return [];
    const hash = sha256Hex(ctx.text);
    if (sent.some(s => s.sha256 === hash)) return [];
    const last = sent[sent.length - 1]!;
    return [{ span: titleSpan(ctx), message: {
      en: `This note was sent to the client on ${sentDateWords(last.at, 'en')} and has changed since: the client has the earlier version. Send the change as a new note, or mark this one as sent again.`,
      fr: `Cette note a été envoyée au client le ${sentDateWords(last.at, 'fr')} et a changé depuis\u00a0: le client a la version précédente. Envoyez la modification dans une nouvelle note, ou marquez celle-ci comme envoyée à nouveau.`,
    } }];
  },
};

export default rule;
