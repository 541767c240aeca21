// A writer file's lines from its bytes, read piece by piece: each line is decoded on its own (an
// ASCII line stays a one-byte string, which JSON.parse reads faster than a slice of a whole file
// holding one accent) and handed over with its bytes as stored, so the hash is computed over them.
// "\n" (0x0A) never occurs inside a UTF-8 sequence, so the lines are those of the decoded text.

/** Called with each line, without its "\n": its text and its bytes (valid only during the call). */
export type OnLine = (text: string, bytes: Uint8Array) => void;

// Copied: the storage may reuse its buffer for the next piece (and a Node Buffer's slice() is a view, not a copy).
const copy = (bytes: Uint8Array) => new Uint8Array(bytes);

const join = (parts: Uint8Array[], size: number): Uint8Array => {
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
};

/** Takes a file's pieces in order and calls `onLine` for each whole line (the sync and async readers share it). */
export interface LineSplitter {
  push(chunk: Uint8Array): void;
  /** The file is over: passes the last line even when no "\n" ends it; whether the file ends with "\n" (false when empty). */
  end(): boolean;
}

export function lineSplitter(onLine: OnLine): LineSplitter {
  // ignoreBOM: a byte-order mark stays in the text, as a whole-file UTF-8 read keeps it.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  // A line cut by the end of a piece: its pieces, joined once its "\n" arrives.
  let carry: Uint8Array[] = [];
  let carried = 0;
  let lastByte = -1;
  function push(chunk: Uint8Array): void {
    if (!chunk.length) return;
    lastByte = chunk[chunk.length - 1]!;
    let start = 0;
    let nl = chunk.indexOf(10);
    if (carried) {
      if (nl < 0) { carry.push(copy(chunk)); carried += chunk.length; return; }
      const line = join([...carry, chunk.subarray(0, nl)], carried + nl);
      onLine(decoder.decode(line), line);
      carry = [];
      carried = 0;
      start = nl + 1;
      nl = chunk.indexOf(10, start);
    }
    for (; nl >= 0; nl = chunk.indexOf(10, start)) {
      const line = chunk.subarray(start, nl);
      onLine(decoder.decode(line), line);
      start = nl + 1;
    }
    if (start < chunk.length) { carry.push(copy(chunk.subarray(start))); carried += chunk.length - start; }
  }
  function end(): boolean {
    if (carried) {
      const line = join(carry, carried);
      carry = [];
      carried = 0;
      onLine(decoder.decode(line), line);
    }
    return lastByte === 10;
  }
  return { push, end };
}

/**
 * Calls `onLine` for every line of the file whose bytes `chunks` yields in order; the last line is
 * passed even when no "\n" ends it. Returns whether the file ends with "\n" (false when empty).
 * `onChunk`: told each piece's size once its lines are read (progress).
 */
export function forEachLine(chunks: Iterable<Uint8Array>, onLine: OnLine, onChunk?: (bytes: number) => void): boolean {
  const s = lineSplitter(onLine);
  for (const chunk of chunks) {
    s.push(chunk);
    onChunk?.(chunk.length);
  }
  return s.end();
}

/** What a long read checks between pieces: VS Code's CancellationToken has this shape. */
export interface CancelToken { readonly isCancellationRequested: boolean }

/** The read was cancelled (CancelToken): nothing it would have produced was produced. */
export class ReadCancelled extends Error {
  constructor() { super('the read of the log was cancelled'); }
}

/**
 * forEachLine over pieces that arrive asynchronously: between two pieces the caller's event loop
 * runs (the editor stays responsive), and a cancellation asked for stops the read there.
 */
export async function forEachLineAsync(chunks: AsyncIterable<Uint8Array>, onLine: OnLine, o: { onChunk?: (bytes: number) => void; cancel?: CancelToken } = {}): Promise<boolean> {
  const s = lineSplitter(onLine);
  for await (const chunk of chunks) {
    if (o.cancel?.isCancellationRequested) throw new ReadCancelled();
    s.push(chunk);
    o.onChunk?.(chunk.length);
  }
  if (o.cancel?.isCancellationRequested) throw new ReadCancelled();
  return s.end();
}

/** The same over text already in memory (a file read whole, a test): lines without bytes. */
export function forEachTextLine(text: string, onLine: (text: string) => void): boolean {
  const endsWithNewline = text.endsWith('\n');
  const end = endsWithNewline ? text.length - 1 : text.length;
  let start = 0;
  for (let nl = text.indexOf('\n'); nl >= 0 && nl < end; nl = text.indexOf('\n', start)) {
    onLine(text.slice(start, nl));
    start = nl + 1;
  }
  // As text.split('\n') with the empty piece after a final "\n" dropped: "" is one empty line.
  onLine(text.slice(start, end));
  return endsWithNewline;
}

/** Where `needle` next occurs in `bytes` from `from` on, or -1. Node passes Buffer's native search. */
export type FindBytes = (bytes: Uint8Array, needle: Uint8Array, from: number) => number;

/** The same in plain JavaScript: `needle`'s first byte by the native indexOf, then the rest compared. */
export const findBytes: FindBytes = (bytes, needle, from) => {
  const first = needle[0]!;
  next: for (let i = bytes.indexOf(first, from); i >= 0 && i + needle.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue next;
    return i;
  }
  return -1;
};

/**
 * Calls `onLine` with the text of each line whose bytes hold `needle` (ASCII), in order, and decodes
 * no other line: a pass that looks for a few lines (the amendments of a search) costs a byte search
 * instead of a decoded string per line. Lines are those of forEachLine.
 */
export function forEachLineWith(chunks: Iterable<Uint8Array>, needle: string, onLine: (text: string) => void, find: FindBytes = findBytes): void {
  const pat = new TextEncoder().encode(needle);
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const take = (line: Uint8Array) => { if (find(line, pat, 0) >= 0) onLine(decoder.decode(line)); };
  // The start of a line cut by the end of a piece (copied: the next piece may reuse the buffer).
  let carry: Uint8Array[] = [];
  let carried = 0;
  for (const chunk of chunks) {
    if (!chunk.length) continue;
    let start = 0;
    if (carried) {
      const nl = chunk.indexOf(10);
      if (nl < 0) { carry.push(copy(chunk)); carried += chunk.length; continue; }
      take(join([...carry, chunk.subarray(0, nl)], carried + nl));
      carry = [];
      carried = 0;
      start = nl + 1;
    }
    const last = chunk.lastIndexOf(10);
    for (let at = last < start ? -1 : find(chunk, pat, start); at >= 0 && at < last; at = find(chunk, pat, start)) {
      const from = chunk.lastIndexOf(10, at) + 1;
      const to = chunk.indexOf(10, at);
      onLine(decoder.decode(chunk.subarray(Math.max(from, start), to)));
      start = to + 1;
    }
    const tail = Math.max(start, last + 1);
    if (tail < chunk.length) { carry.push(copy(chunk.subarray(tail))); carried += chunk.length - tail; }
  }
  if (carried) take(join(carry, carried));
}
