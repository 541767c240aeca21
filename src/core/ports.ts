// Ports: core reaches the file system and the clock only through these, so it runs on plain
// Node (CLI, tests: src/node) and inside VS Code (workspace.fs: src/vscode) alike, and could run
// where there is no Node at all (VS Code for the Web). tsconfig.core.json and ESLint enforce it.

export interface FileStat {
  type: 'file' | 'directory';
  size: number;
  mtimeMs: number;
}

/**
 * Paths are absolute and POSIX-style, one convention everywhere: "/" separators ("C:/work/x" on
 * Windows, where Node and vscode.Uri.file take them too), built with joinPath. The shells turn
 * native paths into that form where they enter core (src/node/file-system.ts toPortPath).
 */
export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Resolves to undefined when nothing exists at `path`. */
  stat(path: string): Promise<FileStat | undefined>;
  readDirectory(path: string): Promise<Array<[name: string, type: FileStat['type']]>>;
  createDirectory(path: string): Promise<void>;
}

/** Time is an input: core asks this, never `new Date()`; tests and `--today` pass a fixed one. */
export interface Clock {
  now(): Date;
}

/** The real clock: the default of the shells (CLI, editor) when nothing fixes the time. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at `at` (tests, `liaison --today`, a note dated on purpose). */
export function fixedClock(at: Date): Clock {
  const t = at.getTime();
  return { now: () => new Date(t) };
}

export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];
export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'fr';
}

/** sha256 of UTF-8 text or bytes. Core has a pure one (log/sha256.ts); Node passes its native one for speed. */
export interface Sha256 {
  hex(data: string | Uint8Array): string;
  base64(data: string | Uint8Array): string;
}

/** Facts about the machine and user the log needs. */
export interface Host {
  /** This machine's writer id (its chain's file name in the log folder). */
  writerId(): string;
  /** The user's Liaison config dir (writer id, records kept after a failed write). */
  configDir(): string;
  /** `bytes` random bytes as hex (record ids, lock nonces). */
  randomHex(bytes: number): string;
}

/** What an append sees of its file, under the lock: its size and a way to read its last bytes. */
export interface AppendTail {
  size: number;
  /** The last `bytes` bytes (fewer when the file is shorter), decoded as UTF-8. */
  read(bytes: number): string;
}

/** Error codes a LogStorage throws (as `code` on the error), as Node names them. */
export type StorageErrorCode = 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'EACCES' | 'EPERM' | 'EROFS' | 'ENOSPC' | 'ELOCKED' | string;

/**
 * Durable storage for the log folder. Reads are synchronous (the views read the log inline);
 * appends are serialised by a lock across processes, written in one write and flushed to disk.
 */
export interface LogStorage {
  /** What is at `path` (symlinks followed); undefined when nothing is. */
  kind(path: string): 'file' | 'directory' | 'other' | undefined;
  /** Names in a folder. */
  list(dir: string): string[];
  read(path: string): string;
  /**
   * The file's bytes in pieces, in order, so a big writer file is verified as it streams by and
   * never held whole (a piece may be reused once the next one is asked for). Without it, `read`.
   */
  readChunks?(path: string): Iterable<Uint8Array>;
  /**
   * The same pieces, read asynchronously: the editor verifies a big log while its event loop keeps
   * running between pieces. Without it, the async load reads through `readChunks` or `read`.
   */
  readChunksAsync?(path: string): AsyncIterable<Uint8Array>;
  /** The file's size in bytes, for progress (how much of the log is read); without it, no percentage. */
  size?(path: string): number;
  /** Creates `dir` (and parents) when missing, then each file that does not exist yet. */
  ensureFolder(dir: string, files: Record<string, string>): void;
  /**
   * Holds `file`'s lock, lets `compose` read the file's tail and returns the text to append,
   * appends it durably (fsync) and resolves to compose's value.
   */
  append<T>(file: string, compose: (tail: AppendTail) => { text: string; value: T }): Promise<T>;
}

export function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') || dir.endsWith('\\') ? dir + name : `${dir}/${name}`;
}

/** What verify asks of git, where the workspace is a repository and git is installed. */
export interface GitHistory {
  /**
   * For each line of a file (index 0 is line 1), the commit that first added it and that commit's
   * time (ms since epoch); undefined for a line not committed yet. Undefined when the file is not tracked.
   */
  blame(file: string): Array<{ commit: string; time: number } | undefined> | undefined;
  /** Every commit reachable from `commit`, itself included. */
  ancestors(commit: string): Set<string>;
  /**
   * Lines some commit took out of the file (merges aside), then those the working tree took out of
   * the last commit (`commit` undefined): an append-only file never loses a line. Lines also added
   * back by the same change (a torn fragment given its newline) are not listed.
   */
  removed?(file: string): Array<{ commit?: string; text: string }>;
}
