// Ports: core reaches the file system and the clock only through these, so it runs on plain
// Node (CLI, tests) and inside VS Code (workspace.fs) alike.

export interface FileStat {
  type: 'file' | 'directory';
  size: number;
  mtimeMs: number;
}

export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Resolves to undefined when nothing exists at `path`. */
  stat(path: string): Promise<FileStat | undefined>;
  readDirectory(path: string): Promise<Array<[name: string, type: FileStat['type']]>>;
  createDirectory(path: string): Promise<void>;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];
export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'fr';
}
