// Code of dist/lint-worker-main.js (loaded by lint-worker-boot.ts): lints the notes the CLI's pool
// sends (see lint-pool.ts) and sends their findings back as plain data, a batch at a time. Options
// arrive once per distinct set, then by id.
import { parentPort } from 'node:worker_threads';
import { lintNote } from '../core/lint/engine.js';
import { toPlain } from './lint-messages.js';
import { optionsFor, type PlainOptions, type WorkerReply, type WorkerRequest, type WorkerResult } from './lint-pool.js';

const optionSets = new Map<number, PlainOptions>();
parentPort?.on('message', (req: WorkerRequest) => {
  const results = req.notes.map((note): WorkerResult => {
    if (note.options) optionSets.set(note.optionsId, note.options);
    try {
      return { id: note.id, messages: toPlain(lintNote(note.text, optionsFor(optionSets.get(note.optionsId) ?? {}, note))) };
    } catch (e) {
      return { id: note.id, error: e instanceof Error ? e.message : String(e) };
    }
  });
  parentPort!.postMessage({ results } satisfies WorkerReply);
});
