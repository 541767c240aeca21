// The Node implementation of the FileSystem port, for the CLI and unit tests.
import { promises as fsp } from 'node:fs';
import { sep } from 'node:path';
import type { FileSystem, FileStat } from '../core/ports.js';

export const nodeFileSystem: FileSystem = {
  readFile: p => fsp.readFile(p),
  writeFile: (p, data) => fsp.writeFile(p, data),
  async stat(p): Promise<FileStat | undefined> {
    try {
      const s = await fsp.stat(p);
      return { type: s.isDirectory() ? 'directory' : 'file', size: s.size, mtimeMs: s.mtimeMs };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  },
  async readDirectory(p) {
    const entries = await fsp.readdir(p, { withFileTypes: true });
    return entries.map(e => [e.name, e.isDirectory() ? 'directory' : 'file'] as [string, FileStat['type']]);
  },
  createDirectory: async p => { await fsp.mkdir(p, { recursive: true }); },
};

/** A native path in the ports' convention: "/" separators (only Windows has another). */
export function toPortPath(path: string): string {
  return sep === '\\' ? path.replace(/\\/g, '/') : path;
}
