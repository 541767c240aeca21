// `liaison lint` across the cores: notes are queued and taken by worker threads
// (`os.availableParallelism() - 1` of them, at least 1) and by the main thread itself between its
// own work, so a 2-core machine lints on both. Workers start only once enough notes are waiting to
// pay for their start-up; a handful of notes is linted in process. Every note's findings come back
// as plain data and are rebuilt into the same messages, so the report is the same as in one thread.
// LIAISON_LINT_WORKERS sets the number of workers (0: single-threaded).
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { lintNote, type LintOptions } from '../core/lint/engine.js';
import { fixedClock } from '../core/ports.js';
import { toPlain, type PlainMessage } from './lint-messages.js';

/** Options cross threads as data: the clock becomes the reference day (ms since the epoch). */
export type PlainOptions = Omit<LintOptions, 'clock' | 'rules' | 'parseCache'>;
export interface WorkerRequest { id: number; text: string; optionsId: number; options?: PlainOptions; today: number; }
export type WorkerReply = { id: number; messages: PlainMessage[] } | { id: number; error: string };

/** Notes waiting before workers are worth starting (a worker loads the whole linter: ~100 ms). */
export const MIN_QUEUED_FOR_WORKERS = 24;

interface Job { id: number; text: string; optionsId: number; options: PlainOptions; today: number; resolve(m: PlainMessage[]): void; }

/** The engine's options for one note, on any thread. */
export function optionsFor(options: PlainOptions, today: number): LintOptions {
  return { ...options, clock: fixedClock(new Date(today)) };
}
interface Slot { worker: Worker; busy?: Job; known: Set<number>; }

export function workerCount(env = process.env.LIAISON_LINT_WORKERS): number {
  const n = env === undefined || env === '' ? availableParallelism() - 1 : Number(env);
  return Number.isInteger(n) && n >= 0 ? Math.max(env === undefined || env === '' ? 1 : 0, n) : 1;
}

export class LintPool {
  private readonly queue: Job[] = [];
  private readonly slots: Slot[] = [];
  private readonly optionIds = new Map<string, number>();
  private nextId = 0;
  private seen = 0;
  private mainScheduled = false;
  private broken = false;

  constructor(private readonly workers = workerCount(), private readonly script = join(__dirname, 'lint-worker.js')) {
    if (!existsSync(script)) this.workers = 0; // run from sources (tests under tsx): in process
  }

  /** Lints `text` with `options` on whichever thread is free first; resolves with its findings. */
  lint(text: string, options: PlainOptions, today: number): Promise<PlainMessage[]> {
    const key = JSON.stringify(options);
    let optionsId = this.optionIds.get(key);
    if (optionsId === undefined) this.optionIds.set(key, (optionsId = this.optionIds.size));
    return new Promise(resolve => {
      this.queue.push({ id: this.nextId++, text, optionsId: optionsId!, options, today, resolve });
      this.seen++;
      if (!this.slots.length && !this.broken && this.workers > 0 && this.queue.length >= MIN_QUEUED_FOR_WORKERS) this.start();
      this.pump();
    });
  }

  private start(): void {
    for (let i = 0; i < this.workers; i++) {
      const slot: Slot = { worker: new Worker(this.script), known: new Set() };
      slot.worker.on('message', (r: WorkerReply) => {
        const job = slot.busy!;
        slot.busy = undefined;
        // A note the worker could not lint is linted here: same engine, so the same findings or error.
        if ('error' in r) this.queue.unshift(job); else job.resolve(r.messages);
        this.pump();
      });
      slot.worker.on('error', () => this.retire(slot));
      this.slots.push(slot);
      this.started++;
    }
  }

  /** A worker that died gives its note back to the queue; the main thread carries on alone. */
  private retire(slot: Slot): void {
    this.broken = true;
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    if (slot.busy) this.queue.unshift(slot.busy);
    slot.busy = undefined;
    void slot.worker.terminate();
    this.pump();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy || !this.queue.length) continue;
      const job = (slot.busy = this.queue.shift()!);
      const req: WorkerRequest = { id: job.id, text: job.text, optionsId: job.optionsId, today: job.today };
      if (!slot.known.has(job.optionsId)) { req.options = job.options; slot.known.add(job.optionsId); }
      slot.worker.postMessage(req);
    }
    // The main thread takes a note too, one per turn of the event loop so file reads and worker
    // replies keep flowing.
    if (this.queue.length && !this.mainScheduled) {
      this.mainScheduled = true;
      setImmediate(() => {
        this.mainScheduled = false;
        const job = this.queue.shift();
        if (job) job.resolve(toPlain(lintNote(job.text, optionsFor(job.options, job.today))));
        this.pump();
      });
    }
  }

  /** Worker threads started so far. */
  started = 0;

  /** Stops the workers (the CLI calls this once every note is done). */
  async close(): Promise<void> {
    await Promise.all(this.slots.splice(0).map(s => s.worker.terminate()));
  }
}
