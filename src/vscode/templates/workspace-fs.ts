// The FileSystem port over vscode.workspace.fs, so core code reads the workspace the way the
// editor sees it (remote, unsaved-safe) and never touches Node's fs directly.
import * as vscode from 'vscode';
import type { FileStat, FileSystem } from '../../core/ports';

const uri = (p: string): vscode.Uri => vscode.Uri.file(p);

export const workspaceFileSystem: FileSystem = {
  readFile: async p => vscode.workspace.fs.readFile(uri(p)),
  writeFile: async (p, data) => vscode.workspace.fs.writeFile(uri(p), data),
  async stat(p): Promise<FileStat | undefined> {
    try {
      const s = await vscode.workspace.fs.stat(uri(p));
      return { type: s.type & vscode.FileType.Directory ? 'directory' : 'file', size: s.size, mtimeMs: s.mtime };
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
      throw e;
    }
  },
  async readDirectory(p) {
    const entries = await vscode.workspace.fs.readDirectory(uri(p));
    return entries.map(([name, type]) => [name, type & vscode.FileType.Directory ? 'directory' : 'file'] as [string, FileStat['type']]);
  },
  createDirectory: async p => vscode.workspace.fs.createDirectory(uri(p)),
};
