// One read of the log for every command and view asking at once (src/vscode/log/shared-read.ts):
// each waiter sees the progress and may cancel alone; the read stops only when all have cancelled,
// and a waiter that comes after starts a fresh one.
import { strict as assert } from 'node:assert';
import { ReadCancelled, type CancelToken, type LoadProgress } from '../../../src/core/log/store.js';
import { SharedReads, type WaiterToken } from '../../../src/vscode/log/shared-read.js';

/** A token as VS Code's CancellationTokenSource gives one. */
function source(): { token: WaiterToken; cancel(): void } {
  const listeners = new Set<() => void>();
  const token = {
    isCancellationRequested: false,
    onCancellationRequested(l: () => void) { listeners.add(l); return { dispose: () => listeners.delete(l) }; },
  };
  return { token, cancel() { token.isCancellationRequested = true; listeners.forEach(l => l()); } };
}

/** A read driven by the test: `step()` reports progress and checks the abort flag, `finish()` resolves it. */
function controlledRead() {
  let starts = 0;
  let abort: CancelToken | undefined;
  let report: ((p: LoadProgress) => void) | undefined;
  let settle: { resolve(v: string): void; reject(e: unknown): void } | undefined;
  return {
    get starts() { return starts; },
    start: (a: CancelToken, onProgress: (p: LoadProgress) => void) => {
      starts++;
      abort = a;
      report = onProgress;
      return new Promise<string>((resolve, reject) => { settle = { resolve, reject }; });
    },
    step(records: number) {
      if (abort?.isCancellationRequested) { settle!.reject(new ReadCancelled()); return false; }
      report!({ bytes: records, totalBytes: 100, records });
      return true;
    },
    finish: (v: string) => settle!.resolve(v),
  };
}

const turn = () => new Promise(r => setImmediate(r));

describe('a log read shared by the commands and views asking at once', () => {
  it('starts one read for two waiters of the same version; both get its progress and its value', async () => {
    const reads = new SharedReads<string>();
    const r = controlledRead();
    const seenA: number[] = [], seenB: number[] = [];
    const a = reads.wait('/log', 'v1', r.start, { onProgress: p => seenA.push(p.records) });
    const b = reads.wait('/log', 'v1', r.start, { onProgress: p => seenB.push(p.records) });
    r.step(10);
    r.step(20);
    r.finish('log v1');
    assert.deepEqual(await Promise.all([a, b]), ['log v1', 'log v1']);
    assert.equal(r.starts, 1);
    assert.deepEqual([seenA, seenB], [[10, 20], [10, 20]]);
    assert.equal(reads.underWay, 0);
  });

  it('one waiter cancelling gets ReadCancelled at once; the read goes on for the other', async () => {
    const reads = new SharedReads<string>();
    const r = controlledRead();
    const s = source();
    const verify = reads.wait('/log', 'v1', r.start, { cancel: s.token });
    const view = reads.wait('/log', 'v1', r.start);
    s.cancel();
    await assert.rejects(verify, ReadCancelled);
    assert.equal(r.step(50), true, 'not aborted: the view still waits');
    r.finish('log v1');
    assert.equal(await view, 'log v1');
  });

  it('every waiter cancelling stops the read; the next waiter starts a fresh one', async () => {
    const reads = new SharedReads<string>();
    const r = controlledRead();
    const s1 = source(), s2 = source();
    const a = reads.wait('/log', 'v1', r.start, { cancel: s1.token });
    const b = reads.wait('/log', 'v1', r.start, { cancel: s2.token });
    s1.cancel();
    await assert.rejects(a, ReadCancelled);
    s2.cancel();
    await assert.rejects(b, ReadCancelled);
    await turn();
    assert.equal(r.step(60), false, 'the read saw the abort at its next piece');
    assert.equal(reads.underWay, 0);
    const c = reads.wait('/log', 'v1', r.start);
    assert.equal(r.starts, 2, 'a fresh read, not the aborted one');
    r.finish('log v1 again');
    assert.equal(await c, 'log v1 again');
  });

  it('a token already cancelled is rejected at once, and the read it began is aborted', async () => {
    const reads = new SharedReads<string>();
    const r = controlledRead();
    const s = source();
    s.cancel();
    await assert.rejects(reads.wait('/log', 'v1', r.start, { cancel: s.token }), ReadCancelled);
    assert.equal(r.step(1), false, 'its read is aborted, nobody else waits for it');
  });

  it('a new version of the files is a new read; a failure reaches every waiter', async () => {
    const reads = new SharedReads<string>();
    const r1 = controlledRead(), r2 = controlledRead();
    const old = reads.wait('/log', 'v1', r1.start);
    const fresh = reads.wait('/log', 'v2', r2.start);
    assert.deepEqual([r1.starts, r2.starts], [1, 1]);
    r2.finish('log v2');
    r1.finish('log v1');
    assert.deepEqual(await Promise.all([old, fresh]), ['log v1', 'log v2']);
    const broken = new SharedReads<string>();
    const failing = () => Promise.reject(new Error('the log folder is a file, not a folder'));
    const both = [broken.wait('/log', 'v1', failing), broken.wait('/log', 'v1', failing)];
    for (const p of both) await assert.rejects(p, /is a file, not a folder/);
  });
});
