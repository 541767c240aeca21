// The shape of a phrase pack (src/core/lint/packs/<lang>/<rule>.yaml), as docs/packs.md explains it
// to the people who write them. scripts/gen-packs.ts checks each file against this and bundles them.
import type { Lang } from '../../ports.js';

/** A frame: someone (a role) and something they do (a class of predicates), in one clause. */
export interface FrameData {
  /** 'writer' (I, we, je, nous, on), 'client' (you, vous, tu), or a role of `roles`. */
  who: string;
  /** A class whose entries are matched by stem: "overlook" also finds "overlooked", « planté » « plantés ». */
  does: string;
  /** Most words allowed between the two (default 4). */
  within?: number;
  /** 'any' (default): either order ("the host broke it", "it was broken by the host"); 'who-first'. */
  order?: 'any' | 'who-first';
  /**
   * true: match also after a negation in the clause (entries that carry their own negation);
   * 'only': match only after one ("did not test", « n'a jamais livré »), for omissions.
   */
  negated?: boolean | 'only';
  /**
   * 'counterfactual': also inside "if you had…" / « si vous aviez… » (a reproach), never in an open "if";
   * 'only': only there ("if the courier had delivered on time", "had you replied", « si le livreur avait livré »).
   */
  hypothesis?: 'counterfactual' | 'only';
  /** 'writer': not when the writer (I, we, je, on) is the action's subject: "I forgot to tell the designer". */
  unless?: 'writer';
}

export interface RewriteData {
  /** Quick-fix title in both UI languages. */
  title: Record<Lang, string>;
  /** The suggested sentence, in the pack's language; ${1:…} marks what the writer fills in. */
  text: string;
}

export interface PackData {
  rule: string;
  lang: Lang;
  /** Path of the source file, for messages. */
  source: string;
  /** Named word lists; a phrase writes {name} for "one of these". */
  classes: Record<string, string[]>;
  /** Classes found first and stood for by one placeholder word, so frames and phrases stay short. */
  roles: Record<string, string>;
  /** Ways of saying it, one a line, over words and {classes}: any match fires the rule. */
  phrases: string[];
  frames: FrameData[];
  /** Must not fire: a finding that overlaps one of these is dropped. */
  antiphrases: string[];
  /** Named phrase lists a rule reads for its own logic (promise cues, exemptions). */
  groups: Record<string, string[]>;
  examples: { invalid: string[]; valid: string[] };
  rewrites: RewriteData[];
}
