// (lazy part) The editor's lint, run on a worker thread (dist/lazy/lint-thread.js) so a large note
// never holds the extension host's thread: its first lint runs rules for 50-300 ms at a time. The
// thread keeps the parsed chunks and the sentence memo of the notes being edited; a newer request
// for the same note, or a cancel, stops the run in progress between steps. The host resolves the
// configuration and the log facts (they read files) and sends plain options.
import { isMainThread, parentPort, workerData } from 'worker_threads';
import { isLiaisonMessage, type LiaisonData, type LintOptions } from '../../core/lint/engine';
import { ChunkCache, LintMemo, lintNoteIncremental } from '../../core/lint/incremental';

export interface EditorFinding extends LiaisonData { reason: string; url: string; }

/** What the host sends: a note to lint (`key` names the document), or a run to stop. */
export type ThreadRequest =
  | { type: 'lint'; id: number; key: string; text: string; options: LintOptions }
  | { type: 'cancel'; id: number };
/** The findings of request `id`; none when it was cancelled; `error` when the lint threw. */
export interface ThreadReply { id: number; findings?: EditorFinding[]; error?: string }

/** Parsed chunks and sentence answers kept across runs, and how a run yields between steps. */
export interface LintState { cache: ChunkCache; memo: LintMemo; pause: () => Promise<void>; }

/** The note's findings as the editor shows them, or undefined when `isCancelled` stopped the run. */
export async function editorFindings(text: string, options: LintOptions, state: LintState, isCancelled?: () => boolean): Promise<EditorFinding[] | undefined> {
  const file = await lintNoteIncremental(text, options, { cache: state.cache, memo: state.memo, isCancelled, pause: state.pause });
  return file?.messages.filter(isLiaisonMessage).map(m => ({ ...m.liaison, reason: m.reason, url: m.url ?? '' }));
}

/** Serves the host's requests (the thread's entry calls this with its port). */
export function serve(port: { on(event: 'message', f: (r: ThreadRequest) => void): unknown; postMessage(r: ThreadReply): void }): void {
  // setImmediate, not a resolved promise: the port's messages (a newer edit, a cancel) get in between steps.
  const state: LintState = { cache: new ChunkCache(), memo: new LintMemo(), pause: () => new Promise(r => setImmediate(r)) };
  const latest = new Map<string, number>();
  const cancelled = new Set<number>();
  port.on('message', (req) => {
    if (req.type === 'cancel') { cancelled.add(req.id); return; }
    latest.set(req.key, req.id);
    const stale = () => latest.get(req.key) !== req.id || cancelled.has(req.id);
    editorFindings(req.text, req.options, state, stale)
      .then(findings => port.postMessage({ id: req.id, findings }))
      .catch((e: unknown) => port.postMessage({ id: req.id, error: e instanceof Error ? e.stack ?? e.message : String(e) }))
      .finally(() => cancelled.delete(req.id));
  });
}

if (!isMainThread && parentPort && (workerData as { liaisonLint?: boolean } | undefined)?.liaisonLint) serve(parentPort);
