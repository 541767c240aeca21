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
