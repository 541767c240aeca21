// Paths the profile names (notesFolder, logFolder) stay inside the workspace: relative, no `..`
// segment, not the workspace root itself (a log folder there would write its .gitignore of
// `*.lock` over the project's, hiding yarn.lock or Cargo.lock). Symlinks are the edge's job
// (src/node/workspace-path.ts): only the real file system knows where a link goes.

/** A problem with a folder setting, or undefined when it is a plain workspace-relative folder. */
export function relativeFolderProblem(value: string): string | undefined {
  const v = value.trim();
  if (v === '' || /^[./\\]*$/.test(v)) return 'must name a folder inside the workspace, not the workspace itself (e.g. ".liaison/log")';
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(v) || v.startsWith('/') || v.startsWith('\\')) return 'must be relative to the workspace, not an absolute path';
  if (v.split(/[\\/]/).some(seg => seg === '..')) return 'must stay inside the workspace (no "..")';
  if (/[\u0000-\u001f]/.test(v)) return 'contains control characters';
  return undefined;
}
