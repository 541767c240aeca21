// The LogStorage port on Node: O_APPEND writes under a lock file (lock.ts), one write() per record
// and fsync; the folder's entry is synced too when a file is created (its name must survive a crash).
import {
  openSync, closeSync, writeSync, fsyncSync, fstatSync, readSync, mkdirSync, readdirSync,
  readFileSync, existsSync, writeFileSync, constants as C, statSync, ftruncateSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AppendTail, LogStorage } from '../core/ports.js';
import { withLock } from './lock.js';

// Writer files are read in 1 MiB pieces: big enough that the calls cost nothing, small enough to stay in cache.
const CHUNK = 1 << 20;
// Read asynchronously (the editor), 256 KiB: about 5 ms of verifying each, so the extension host
// answers between pieces well within a frame or two.
const ASYNC_CHUNK = 1 << 18;

function fsyncDir(dir: string): void {
  // Durability of a new file's name needs the directory synced; not possible on Windows.
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch { /* best effort */ } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function appendLocked<T>(file: string, compose: (tail: AppendTail) => { text: string; value: T }): T {
  const created = !existsSync(file);
  const fd = openSync(file, C.O_RDWR | C.O_APPEND | C.O_CREAT, 0o644);
  try {
    const st = fstatSync(fd);
    // A pipe or a device would take the line and keep nothing (fsync fails after the write).
    if (!st.isFile()) throw Object.assign(new Error(`${file} is not a regular file`), { code: 'ESPECIAL', path: file });
    const size = st.size;
    const tail: AppendTail = {
      size,
      read(bytes) {
        const n = Math.min(size, bytes);
        const buf = Buffer.alloc(n);
        readSync(fd, buf, 0, n, size - n);
        return buf.toString('utf8');
      },
    };
    const { text, value } = compose(tail);
    const buf = Buffer.from(text, 'utf8');
    let off = 0;
    try {
      while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
      fsyncSync(fd);
    } catch (e) {
      // A failed write (disk full) leaves nothing behind: a partial line would read as damage.
      try { ftruncateSync(fd, size); fsyncSync(fd); } catch { /* keep the first error */ }
      throw e;
    }
    if (created) fsyncDir(dirname(file));
    return value;
  } finally {
    closeSync(fd);
  }
}

export const nodeLogStorage: LogStorage = {
  kind(path) {
    try {
      const s = statSync(path);
      return s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other';
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  },
  list: dir => readdirSync(dir),
  read: path => readFileSync(path, 'utf8'),
  *readChunks(path) {
    const fd = openSync(path, 'r');
    // One buffer for every piece (the port lets the next piece reuse it), as a plain Uint8Array:
    // the views the reader takes of it are then cheaper than a Buffer's.
    const buf = new Uint8Array(CHUNK);
    try {
      for (;;) {
        const n = readSync(fd, buf, 0, CHUNK, null);
        if (n === 0) return;
        yield n === CHUNK ? buf : buf.subarray(0, n);
      }
    } finally {
      closeSync(fd);
    }
  },
  async *readChunksAsync(path) {
    const fh = await open(path, 'r');
    const buf = new Uint8Array(ASYNC_CHUNK);
    try {
      for (;;) {
        const { bytesRead } = await fh.read(buf, 0, ASYNC_CHUNK, null);
        if (bytesRead === 0) return;
        yield bytesRead === ASYNC_CHUNK ? buf : buf.subarray(0, bytesRead);
      }
    } finally {
      await fh.close();
    }
  },
  size: path => statSync(path).size,
  ensureFolder(dir, files) {
    if (!existsSync(dir)) {
      mkdirSync(dir, { recursive: true });
      fsyncDir(dirname(dir));
    }
    for (const [name, text] of Object.entries(files)) {
      const p = join(dir, name);
      if (existsSync(p)) continue;
      try {
        writeFileSync(p, text, { flag: 'wx' });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
  },
  append: (file, compose) => withLock(file + '.lock', () => appendLocked(file, compose)),
};
