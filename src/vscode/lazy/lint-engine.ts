// The lint engine as the editor loads it on the first note (dist/lazy/lint-engine.js): remark,
// chrono and the rules live here, never in the activation bundle. Configuration is resolved with
// the same core logic as the CLI (profile lint.rules, then the nearest .liaisonrc*), through the
// FileSystem port; an untrusted workspace gets defaults only.
import type { FileSystem, Lang } from '../../core/ports';
import { isLiaisonMessage, type LiaisonData } from '../../core/lint/engine';
import { ChunkCache, LintMemo, lintNoteIncremental } from '../../core/lint/incremental';
import { RULES } from '../../core/lint/registry';
import type { ConfigProblem, LintConfig } from '../../core/lint/config';
import { resolveLintSettings } from '../../core/lint/settings';
import type { Profile } from '../../core/config/profile';
import { workspaceTemplateHints, type PlaceholderHint } from '../../core/lint/placeholders/hints';
import { sentFactsFor } from '../lint/sent-lookup';

export interface LintRequest {
  text: string;
  /** Absolute file path (posix separators); undefined for untitled documents. */
  path?: string;
  /** Workspace folder containing the note. */
  root?: string;
  trusted: boolean;
  uiLang: Lang;
  maxFullLintBytes: number;
  fs: FileSystem;
  /** True once a newer edit or lint made this one stale: the run stops between rules. */
  isCancelled?: () => boolean;
}

export interface EditorFinding extends LiaisonData { reason: string; url: string; }

interface Resolved { profile?: Profile; config: LintConfig; problems: ConfigProblem[]; hints?: PlaceholderHint[]; }
const cache = new Map<string, Promise<Resolved>>();

/** Drops cached profiles and config files (a watcher calls this when one changes). */
export function invalidateConfig(): void { cache.clear(); }

async function resolve(req: LintRequest): Promise<Resolved> {
  if (!req.trusted || !req.path) return { config: { rules: {} }, problems: [] };
  const dir = req.path.replace(/\/[^/]*$/, '');
  const key = `${req.root ?? ''}|${dir}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = (async () => {
      // The same resolution as the CLI's (core/lint/settings.ts): profile lint.rules, then the nearest .liaisonrc*.
      const { profile, config, problems } = await resolveLintSettings(req.fs, req.path!, req.root, undefined, RULES);
      // Workspace templates are read only in a trusted workspace, like the rest of its configuration.
      const hints = req.root ? await workspaceTemplateHints(req.fs, req.root).catch(() => []) : [];
      return { profile, config, problems, hints };
    })();
    cache.set(key, hit);
  }
  return hit;
}

/** Parsed chunks of the notes being edited: a keystroke re-parses only the chunk it touches. */
const chunks = new ChunkCache();
/** Sentence answers (language, phrases, dates) of the notes being edited: a keystroke redoes the changed sentence only. */
const memo = new LintMemo();
/** Between rules the run yields to the extension host's event loop (typing, other extensions). */
const pause = () => new Promise<void>(r => setTimeout(r, 0));

/** The note's findings, or undefined when `isCancelled` stopped the run. */
export async function lintDocument(req: LintRequest): Promise<EditorFinding[] | undefined> {
  const { profile, config, problems, hints } = await resolve(req);
  const file = await lintNoteIncremental(req.text, {
    path: req.path, lang: profile?.lang, cadenceDays: profile?.cadenceDays, glossary: profile?.glossary,
    config, configProblems: problems, uiLang: req.uiLang, placeholderHints: hints,
    maxFullLintBytes: config.maxFullLintBytes ?? req.maxFullLintBytes,
    sent: req.trusted ? sentFactsFor(req.text, req.path, req.root, profile?.logFolder) : undefined,
  }, { cache: chunks, memo, isCancelled: req.isCancelled, pause });
  return file?.messages.filter(isLiaisonMessage).map(m => ({ ...m.liaison, reason: m.reason, url: m.url ?? '' }));
}
