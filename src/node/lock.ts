// An advisory lock file per writer chain, so that reading the previous hash and appending are one
// atomic step across windows and processes. Created with O_EXCL; a lock left by a dead process
// (same host) or older than STALE_MS is broken by renaming it away first, so two processes that
// both see it stale cannot both break it.
import { openSync, writeSync, closeSync, readFileSync, renameSync, unlinkSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';

const STALE_MS = 30_000;
const EMPTY_STALE_MS = 2_000;

export class LockTimeoutError extends Error {
  /** Read by the log store's error words (core/log/store.ts), as a system error's code is. */
  readonly code = 'ELOCKED';
  constructor(readonly lockPath: string) {
    super(`another Liaison window or process has held the log lock for too long (${lockPath}); if none is running, delete that file`);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isStale(lockPath: string): string | undefined {
  let text: string;
  let mtime: number;
  try {
    text = readFileSync(lockPath, 'utf8');
    mtime = statSync(lockPath).mtimeMs;
  } catch {
    return undefined;
  }
  const [pid, host, nonce] = text.split('\n');
  const deadOwner = host === hostname() && Number(pid) > 0 && !alive(Number(pid));
  // An empty lock is one whose creator died between open and write (or is writing it right now).
  const age = Date.now() - mtime;
  const looksOld = age > STALE_MS || (text === '' && age > EMPTY_STALE_MS);
  return deadOwner || (looksOld && unchangedFor(lockPath, `${mtime}\n${text}`) >= SEEN_MS) ? (nonce ?? '') : undefined;
}

// The age above compares this process's clock with the file system's: they differ on a synced or
// network folder, or when the system clock moves. So an old-looking lock is broken only once this
// process has also seen it unchanged for SEEN_MS on its own monotonic clock.
const SEEN_MS = 1_000;
const seen = new Map<string, { key: string; since: number }>();
function unchangedFor(lockPath: string, key: string): number {
  const s = seen.get(lockPath);
  if (s?.key === key) return performance.now() - s.since;
  seen.set(lockPath, { key, since: performance.now() });
  return 0;
}

function breakStale(lockPath: string, nonce: string): void {
  const aside = `${lockPath}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return; // someone else broke it first
  }
  const text = readFileSync(aside, 'utf8');
  if ((text.split('\n')[2] ?? '') !== nonce) {
    // We moved a fresh lock taken in between: put it back if the place is still free.
    try { renameSync(aside, lockPath); } catch { /* ignore */ }
    return;
  }
  try { unlinkSync(aside); } catch { /* ignore */ }
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

/** Runs `fn` while holding `lockPath`. */
export async function withLock<T>(lockPath: string, fn: () => T, timeoutMs = 30_000): Promise<T> {
  const nonce = randomBytes(8).toString('hex');
  const start = Date.now();
  let delay = 1;
  for (;;) {
    let fd: number | undefined;
    try {
      fd = openSync(lockPath, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    if (fd !== undefined) {
      seen.delete(lockPath);
      try {
        writeSync(fd, `${process.pid}\n${hostname()}\n${nonce}\n`);
      } finally {
        closeSync(fd);
      }
      try {
        return fn();
      } finally {
        try { unlinkSync(lockPath); } catch { /* already gone */ }
      }
    }
    const staleNonce = isStale(lockPath);
    if (staleNonce !== undefined) {
      breakStale(lockPath, staleNonce);
      continue;
    }
    if (Date.now() - start > timeoutMs) throw new LockTimeoutError(lockPath);
    await sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 20);
  }
}
