// The lint engine as the editor loads it on the first note (dist/lazy/lint-engine.js): remark,
// chrono and the rules live here, never in the activation bundle. Configuration is resolved with
// the same core logic as the CLI (profile lint.rules, then the nearest .liaisonrc*), through the
// FileSystem port; an untrusted workspace gets defaults only. The lint itself runs on a worker
// thread (lint-thread.ts) when the thread's bundle is there, else here between yields.
import * as path from 'path';
import { existsSync } from 'fs';
import { Worker } from 'worker_threads';
import type { FileSystem, Lang } from '../../core/ports';
import type { LintOptions } from '../../core/lint/engine';
import { ChunkCache, LintMemo } from '../../core/lint/incremental';
import { editorFindings, type EditorFinding, type LintState, type ThreadReply, type ThreadRequest } from './lint-thread';
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
  /** Names the document for the lint thread (a newer request for it stops the older one); the path by default. */
  key?: string;
  /** True once a newer edit or lint made this one stale: the run stops between rules. */
  isCancelled?: () => boolean;
}

export type { EditorFinding } from './lint-thread';

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

/** In-process runs (no thread): parsed chunks and sentence answers of the notes being edited, and a
 *  yield to the extension host's event loop between steps (typing, other extensions). */
const local: LintState = { cache: new ChunkCache(), memo: new LintMemo(), pause: () => new Promise<void>(r => setTimeout(r, 0)) };

/** The note's findings, or undefined when `isCancelled` stopped the run. */
export async function lintDocument(req: LintRequest): Promise<EditorFinding[] | undefined> {
  const { profile, config, problems, hints } = await resolve(req);
  const options: LintOptions = {
    path: req.path, lang: profile?.lang, cadenceDays: profile?.cadenceDays, glossary: profile?.glossary,
    config, configProblems: problems, uiLang: req.uiLang, placeholderHints: hints,
    maxFullLintBytes: config.maxFullLintBytes ?? req.maxFullLintBytes,
    sent: req.trusted ? sentFactsFor(req.text, req.path, req.root, profile?.logFolder) : undefined,
  };
  const t = thread();
  if (t) {
    try { return await t.lint(req.path ?? req.key ?? 'untitled', req.text, options, req.isCancelled); }
    catch { /* the thread failed: lint here */ }
  }
  return editorFindings(req.text, options, local, req.isCancelled);
}

/** How often a waiting request asks `isCancelled` (a newer edit), to stop the thread's run. */
const CANCEL_POLL_MS = 25;

class LintThread {
  private readonly pending = new Map<number, { resolve(f: EditorFinding[] | undefined): void; reject(e: Error): void }>();
  private next = 1;
  failed = false;

  constructor(private readonly worker: Worker) {
    worker.unref(); // never keeps the host alive
    worker.on('message', (r: ThreadReply) => {
      const p = this.pending.get(r.id);
      this.pending.delete(r.id);
      if (r.error !== undefined) p?.reject(new Error(r.error)); else p?.resolve(r.findings);
    });
    const fail = (e: unknown) => {
      this.failed = true;
      for (const p of this.pending.values()) p.reject(e instanceof Error ? e : new Error(String(e)));
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', code => fail(new Error(`lint thread exited (${code})`)));
  }

  lint(key: string, text: string, options: LintOptions, isCancelled?: () => boolean): Promise<EditorFinding[] | undefined> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      const timer = isCancelled && setInterval(() => {
        if (!isCancelled()) return;
        this.post({ type: 'cancel', id });
        this.pending.delete(id);
        done(undefined);
      }, CANCEL_POLL_MS);
      const done = (f: EditorFinding[] | undefined, e?: Error) => { if (timer) clearInterval(timer); if (e) reject(e); else resolve(f); };
      // A reply that lands between two polls is stale all the same once the document changed.
      this.pending.set(id, { resolve: f => done(isCancelled?.() ? undefined : f), reject: e => done(undefined, e) });
      this.post({ type: 'lint', id, key, text, options });
    });
  }

  private post(r: ThreadRequest): void { this.worker.postMessage(r); }
  terminate(): Promise<number> { return this.worker.terminate(); }
}

let worker: LintThread | undefined;
let unavailable = false;

/** The lint thread, started on first use; undefined without its bundle (tests run from source) or after it failed. */
function thread(): LintThread | undefined {
  if (worker?.failed) { worker = undefined; unavailable = true; }
  if (worker || unavailable) return worker;
  const script = path.join(__dirname, 'lint-thread.js');
  if (process.env.LIAISON_LINT_THREAD === '0' || !existsSync(script)) { unavailable = true; return undefined; }
  try { worker = new LintThread(new Worker(script, { workerData: { liaisonLint: true } })); }
  catch { unavailable = true; }
  return worker;
}

/** True while lints run on the thread (false without its bundle, or once it failed). */
export function lintsOnThread(): boolean { return thread() !== undefined; }

/** Stops the lint thread (the extension's deactivation). */
export async function disposeEngine(): Promise<void> {
  const w = worker;
  worker = undefined;
  unavailable = true;
  await w?.terminate();
}
