// One read of the log shared by every command and view that asks for the same version of it at
// once: each waiter gets the progress and can cancel on its own; the read itself stops only when
// every waiter has cancelled. No VS Code here: a unit test drives it with plain tokens.
import { ReadCancelled, type CancelToken, type LoadProgress } from '../../core/log/store';

/** A cancellation a waiter can be told about: VS Code's CancellationToken has this shape. */
export interface WaiterToken extends CancelToken { onCancellationRequested(listener: () => void): { dispose(): void } }
export interface Waiter { onProgress?: (p: LoadProgress) => void; cancel?: WaiterToken }
export type StartRead<T> = (abort: CancelToken, onProgress: (p: LoadProgress) => void) => Promise<T>;

interface Flight<T> { stamp: string; promise: Promise<T>; listeners: Set<(p: LoadProgress) => void>; waiting: number; abort: { isCancellationRequested: boolean } }

export class SharedReads<T> {
  private readonly flights = new Map<string, Flight<T>>();

  /** Reads under way (tests). */
  get underWay(): number { return this.flights.size; }

  /**
   * The value of the read of `key` at version `stamp`: joins the one under way, or starts it with
   * `start`. Rejects with ReadCancelled once the waiter's token is cancelled.
   */
  async wait(key: string, stamp: string, start: StartRead<T>, w: Waiter = {}): Promise<T> {
    const existing = this.flights.get(key);
    const flight = existing && existing.stamp === stamp ? existing : this.begin(key, stamp, start);
    flight.waiting++;
    if (w.onProgress) flight.listeners.add(w.onProgress);
    let sub: { dispose(): void } | undefined;
    try {
      return await new Promise<T>((resolve, reject) => {
        flight.promise.then(resolve, reject);
        if (w.cancel?.isCancellationRequested) reject(new ReadCancelled());
        sub = w.cancel?.onCancellationRequested(() => reject(new ReadCancelled()));
      });
    } finally {
      sub?.dispose();
      if (w.onProgress) flight.listeners.delete(w.onProgress);
      // The last waiter gone by cancelling: stop reading; a later waiter starts a fresh read.
      if (--flight.waiting === 0 && w.cancel?.isCancellationRequested) {
        flight.abort.isCancellationRequested = true;
        if (this.flights.get(key) === flight) this.flights.delete(key);
      }
    }
  }

  private begin(key: string, stamp: string, start: StartRead<T>): Flight<T> {
    const flight: Flight<T> = { stamp, listeners: new Set(), waiting: 0, abort: { isCancellationRequested: false }, promise: Promise.resolve(undefined as never) };
    flight.promise = start(flight.abort, p => flight.listeners.forEach(l => l(p)))
      .finally(() => { if (this.flights.get(key) === flight) this.flights.delete(key); });
    flight.promise.catch(() => undefined); // each waiter handles a failure; none left is no unhandled rejection
    this.flights.set(key, flight);
    return flight;
  }
}
