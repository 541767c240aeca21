// Where templates come from: the built-in ones shipped with Liaison, and the workspace's own
// overrides in .liaison/templates/<lang>/<type>.md, which win when present (and allowed).
import { LANGS, type FileSystem, type Lang } from '../ports.js';
import { joinPath } from '../config/profile.js';
import { NOTE_TYPES, type NoteTypeId } from '../notes/note-types.js';
import { TemplateError } from './errors.js';
import { parseTemplate, type ParsedTemplate } from './syntax.js';

export const OVERRIDES_PATH = '.liaison/templates';

export interface TemplateSource {
  fs: FileSystem;
  /** Folder holding en/ and fr/ built-in templates. */
  builtinDir: string;
  /** Workspace folder whose .liaison/templates may override; omit to ignore overrides (untrusted workspace). */
  workspaceRoot?: string;
}

export interface LoadedTemplate {
  template: ParsedTemplate;
  overridden: boolean;
}

export function builtinTemplatePath(builtinDir: string, type: string, lang: Lang): string {
  return joinPath(builtinDir, lang, `${type}.md`);
}

export function overrideTemplatePath(workspaceRoot: string, type: string, lang: Lang): string {
  return joinPath(workspaceRoot, OVERRIDES_PATH, lang, `${type}.md`);
}

export async function loadTemplate(src: TemplateSource, type: NoteTypeId, lang: Lang): Promise<LoadedTemplate> {
  const override = src.workspaceRoot ? overrideTemplatePath(src.workspaceRoot, type, lang) : undefined;
  const overridden = !!override && (await src.fs.stat(override))?.type === 'file';
  const file = overridden ? override! : builtinTemplatePath(src.builtinDir, type, lang);
  const text = new TextDecoder().decode(await src.fs.readFile(file));
  const template = parseTemplate(text, file);
  if (template.meta.type !== type) throw new TemplateError(file, lineOf(text, 'type'), 1, `this file is for type "${type}" but declares type "${template.meta.type}"`);
  if (template.meta.lang !== lang) throw new TemplateError(file, lineOf(text, 'lang'), 1, `this file is for language "${lang}" but declares lang "${template.meta.lang}"`);
  return { template, overridden };
}

function lineOf(text: string, key: string): number {
  const i = text.split(/\r?\n/).findIndex(l => l.startsWith(`${key}:`));
  return i < 0 ? 1 : i + 1;
}

export interface TemplateListing { type: NoteTypeId; lang: Lang; description: string; overridden: boolean; }

/** Every type × language, with its one-line description and whether the workspace overrides it. */
export async function listTemplates(src: TemplateSource): Promise<TemplateListing[]> {
  const out: TemplateListing[] = [];
  for (const t of NOTE_TYPES) {
    for (const lang of LANGS) {
      const override = src.workspaceRoot ? overrideTemplatePath(src.workspaceRoot, t.id, lang) : undefined;
      const overridden = !!override && (await src.fs.stat(override))?.type === 'file';
      out.push({ type: t.id, lang, description: t.description[lang], overridden });
    }
  }
  return out;
}
