// Paths the profile names (notesFolder, logFolder) stay inside the workspace: relative, no `..`
// segment, not the workspace root itself (a log folder there would write its .gitignore of
// `*.lock` over the project's, hiding yarn.lock or Cargo.lock). Symlinks are the edge's job
// (src/node/workspace-path.ts): only the real file system knows where a link goes.

/** A problem with a folder setting, or undefined when it is a plain workspace-relative folder. */
export function relativeFolderProblem(value: string): { en: string; fr: string } | undefined {
  const v = value.trim();
  if (v === '' || /^[./\\]*$/.test(v)) {
    return { en: 'must name a folder inside the workspace, not the workspace itself (e.g. ".liaison/log")', fr: 'doit nommer un dossier dans l’espace de travail, pas l’espace de travail lui-même (par ex. ".liaison/log")' };
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(v) || v.startsWith('/') || v.startsWith('\\')) {
    return { en: 'must be relative to the workspace, not an absolute path', fr: 'doit être relatif à l’espace de travail, pas un chemin absolu' };
  }
  if (v.split(/[\\/]/).some(seg => seg === '..')) return { en: 'must stay inside the workspace (no "..")', fr: 'doit rester dans l’espace de travail (pas de "..")' };
  if (/[\u0000-\u001f]/.test(v)) return { en: 'contains control characters', fr: 'contient des caractères de contrôle' };
  return undefined;
}
