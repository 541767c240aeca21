// `liaison lint` across the cores: notes are queued and taken by worker threads and by the main
// thread itself between its own work, so a 2-core machine lints on both. A worker starts for each
// MIN_NOTES_FOR_WORKERS notes the file search finds, up to one per free core (workerCount); they
// load while the search and the main thread go on, and a handful of notes is linted in process. Notes go to a worker in batches (one message each way per
// batch, smaller as the queue drains so no thread is left waiting on another's last batch). Every
// note's findings come back as plain data and are rebuilt into the same messages, so the report is
// the same as in one thread. LIAISON_LINT_WORKERS sets the number of workers (0: single-threaded).
import { availableParallelism, loadavg } from 'node:os';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { lintNote, type LintOptions } from '../core/lint/engine.js';
import { fixedClock } from '../core/ports.js';
import { toPlain, type PlainMessage } from './lint-messages.js';

/** Options cross threads as data: the clock becomes the reference day (ms since the epoch). */
export type PlainOptions = Omit<LintOptions, 'clock' | 'rules' | 'parseCache'>;
/** A note to lint: its path apart from the options, so the notes of a folder share one options set. */
export interface WorkerNote { id: number; text: string; path?: string; optionsId: number; options?: PlainOptions; today: number; }
/** One message per batch of notes; the reply holds one result per note, in the same order. */
export interface WorkerRequest { notes: WorkerNote[]; }
export type WorkerResult = { id: number; messages: PlainMessage[] } | { id: number; error: string };
export interface WorkerReply { results: WorkerResult[]; }

/** Notes before workers are worth starting (a worker loads and warms up the whole linter: ~0.3 s). */
export const MIN_NOTES_FOR_WORKERS = 48;
/** Most notes in one message to a worker. */
const MAX_BATCH = 16;

interface Job extends WorkerNote { options: PlainOptions; resolve(m: PlainMessage[]): void; }

/** The engine's options for one note, on any thread. */
export function optionsFor(options: PlainOptions, note: { path?: string; today: number }): LintOptions {
  return { ...options, path: note.path, clock: fixedClock(new Date(note.today)) };
}
interface Slot { worker: Worker; busy: Job[]; known: Set<number>; }

/**
 * Most worker threads for a run: LIAISON_LINT_WORKERS when set; else one per core left free by the
 * rest of the machine (cores minus the 1-minute load average, as `make -l` does), the main thread
 * keeping one. On a busy machine a worker has no core of its own and only adds its start-up and
 * warm-up: on 2 loaded cores (load 12) the 1 MB corpus took +45 % CPU and 1.3x the wall time with
 * one. (Windows reports no load average: one worker per core but one.)
 */
export function workerCount(env = process.env.LIAISON_LINT_WORKERS, cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  if (env !== undefined && env !== '') {
    const n = Number(env);
    return Number.isInteger(n) && n >= 0 ? n : 0;
  }
  return Math.max(0, Math.min(cores - 1, Math.floor(cores - load)));
}

export class LintPool {
  private readonly queue: Job[] = [];
  private readonly slots: Slot[] = [];
  private readonly optionIds = new Map<string, number>();
  private nextId = 0;
  private mainScheduled = false;
  private broken = false;

  constructor(private readonly workers = workerCount(), private readonly script = join(__dirname, 'lint-worker.js')) {
    if (!existsSync(script)) this.workers = 0; // run from sources (tests under tsx): in process
  }

  /** Lints `text` with `options` on whichever thread is free first; resolves with its findings. */
  lint(text: string, { path, ...options }: PlainOptions, today: number): Promise<PlainMessage[]> {
    const key = JSON.stringify(options);
    let optionsId = this.optionIds.get(key);
    if (optionsId === undefined) this.optionIds.set(key, (optionsId = this.optionIds.size));
    return new Promise(resolve => {
      this.queue.push({ id: this.nextId++, text, path, optionsId: optionsId!, options, today, resolve });
      this.grow(this.nextId);
      this.pump();
    });
  }

  /** The caller knows `count` notes are coming (the file search so far): workers start once it is worth it. */
  expect(count: number): void {
    this.grow(count);
  }

  /** One worker per MIN_NOTES_FOR_WORKERS notes, up to `workers`. */
  private grow(count: number): void {
    if (this.broken) return;
    const want = Math.min(this.workers, Math.floor(count / MIN_NOTES_FOR_WORKERS));
    while (this.started < want) {
      const slot: Slot = { worker: new Worker(this.script), busy: [], known: new Set() };
      slot.worker.on('message', (r: WorkerReply) => {
        const jobs = slot.busy;
        slot.busy = [];
        r.results.forEach((res, k) => {
          // A note the worker could not lint is linted here: same engine, so the same findings or error.
          if ('error' in res) this.queue.unshift(jobs[k]!); else jobs[k]!.resolve(res.messages);
        });
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
    this.queue.unshift(...slot.busy);
    slot.busy = [];
    void slot.worker.terminate();
    this.pump();
  }

  private pump(): void {
    const threads = this.slots.length + 1;
    for (const slot of this.slots) {
      if (slot.busy.length || !this.queue.length) continue;
      const size = Math.max(1, Math.min(MAX_BATCH, Math.floor(this.queue.length / (4 * threads))));
      slot.busy = this.queue.splice(0, size);
      const notes = slot.busy.map(job => {
        const note: WorkerNote = { id: job.id, text: job.text, path: job.path, optionsId: job.optionsId, today: job.today };
        if (!slot.known.has(job.optionsId)) { note.options = job.options; slot.known.add(job.optionsId); }
        return note;
      });
      slot.worker.postMessage({ notes } satisfies WorkerRequest);
    }
    // The main thread takes a note too, one per turn of the event loop so file reads and worker
    // replies keep flowing.
    if (this.queue.length && !this.mainScheduled) {
      this.mainScheduled = true;
      setImmediate(() => {
        this.mainScheduled = false;
        const job = this.queue.shift();
        if (job) job.resolve(toPlain(lintNote(job.text, optionsFor(job.options, job))));
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
