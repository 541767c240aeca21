// The hints a template leaves when a value is not filled in. `liaison new` writes them as
// "[hint]"; the editor inserts them as tab stops, so a hint nobody typed over stays as plain text.
// Plain text is only recognisable by its words and by the template text around it, so each hint
// keeps the literal text that surrounds it on its template line.
import type { FileSystem } from '../../ports.js';
import { LANGS } from '../../ports.js';
import { joinPath } from '../../config/profile.js';
import { OVERRIDES_PATH } from '../../templates/store.js';
import { parseTemplate, type ParsedTemplate } from '../../templates/syntax.js';
import { builtinHint } from '../../templates/variables.js';

export interface PlaceholderHint {
  /** The hint as the writer sees it (a variable's hint, or a built-in one). */
  hint: string;
  /** Template text just before the variable on its line ("Hello "), up to three words. */
  before: string;
  /** Template text just after it (", so that"), up to three words. */
  after: string;
}

const tail = (s: string): string => (/(?:\S+\s*){0,3}$/.exec(s)?.[0] ?? '');
const head = (s: string): string => (/^(?:\s*\S+){0,3}/.exec(s)?.[0] ?? '');

/** The hints of one parsed template, with their line context. */
export function templateHints(template: ParsedTemplate): PlaceholderHint[] {
  const out: PlaceholderHint[] = [];
  const body = template.body;
  body.forEach((t, i) => {
    if (t.kind !== 'var') return;
    const hint = template.meta.variables[t.name] ?? builtinHint(t.name, template.meta.lang);
    if (!hint) return;
    const prev = body[i - 1];
    const next = body[i + 1];
    const before = prev?.kind === 'text' ? tail(prev.text.slice(prev.text.lastIndexOf('\n') + 1)) : '';
    const after = next?.kind === 'text' ? head(next.text.split('\n')[0]!) : '';
    out.push({ hint, before, after });
  });
  return out;
}

/** Drops repeats (same hint and context). */
export function uniqueHints(hints: PlaceholderHint[]): PlaceholderHint[] {
  const seen = new Set<string>();
  return hints.filter(h => {
    const key = `${h.before}\u0000${h.hint}\u0000${h.after}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Hints of the workspace's own templates (`.liaison/templates/<lang>/*.md`). A template that does not
 * parse is skipped: the template commands report it, the linter has nothing to learn from it.
 */
export async function workspaceTemplateHints(fs: FileSystem, workspaceRoot: string): Promise<PlaceholderHint[]> {
  const out: PlaceholderHint[] = [];
  for (const lang of LANGS) {
    const dir = joinPath(workspaceRoot, OVERRIDES_PATH, lang);
    const entries = await fs.readDirectory(dir).catch(() => []);
    for (const [name, type] of entries) {
      if (type !== 'file' || !name.endsWith('.md')) continue;
      try {
        const path = joinPath(dir, name);
        out.push(...templateHints(parseTemplate(new TextDecoder().decode(await fs.readFile(path)), path)));
      } catch { /* not a valid template */ }
    }
  }
  return uniqueHints(out);
}
