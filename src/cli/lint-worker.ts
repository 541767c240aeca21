// Entry of dist/lint-worker.js: lints the notes the CLI's pool sends (see lint-pool.ts) and sends
// their findings back as plain data. Options arrive once per distinct set, then by id.
import { parentPort } from 'node:worker_threads';
import { lintNote } from '../core/lint/engine.js';
import { toPlain } from './lint-messages.js';
import { optionsFor, type PlainOptions, type WorkerReply, type WorkerRequest } from './lint-pool.js';

const optionSets = new Map<number, PlainOptions>();
parentPort?.on('message', (req: WorkerRequest) => {
  if (req.options) optionSets.set(req.optionsId, req.options);
  let reply: WorkerReply;
  try {
    reply = { id: req.id, messages: toPlain(lintNote(req.text, optionsFor(optionSets.get(req.optionsId) ?? {}, req.today))) };
  } catch (e) {
    reply = { id: req.id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
