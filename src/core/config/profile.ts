// The project profile: one JSON file per workspace (.liaison/profile.json), validated against
// schemas/profile.schema.json, the same schema VS Code uses in the editor. Errors carry key paths.
import type { FileSystem, Lang } from '../ports.js';
import { validateAgainstSchema } from './validate.js';
import { relativeFolderProblem } from '../workspace-path.js';
import { jsonProblemText, jsonProblemTextFr, parseJsonText } from './json-text.js';
import schema from '../../../schemas/profile.schema.json';

export const PROFILE_PATH = '.liaison/profile.json';

export interface Profile {
  client: { name: string; contact?: string; addressAs?: string; email?: string; phone?: string };
  project: string;
  freelancer: { name: string; business?: string; email?: string };
  lang: Lang;
  cadenceDays: number;
  contractDate?: string;
  notesFolder: string;
  logFolder: string;
  glossary: string[];
  responseDays: number;
  lint?: { rules?: Record<string, unknown> };
}

export interface ProfileProblem {
  /** Key path in the profile, e.g. "client.name" ("" for the whole file). */
  path: string;
  message: string;
  /** The same in French (the CLI of a French user says this one). */
  fr?: string;
  /** Where a JSON syntax error is (1-based), for the editor's cursor. */
  line?: number;
  column?: number;
}

export type ProfileResult =
  | { ok: true; profile: Profile; file: string; raw: Record<string, unknown> }
  | { ok: false; problems: ProfileProblem[]; file: string }
  | { ok: false; missing: true; file: string };

export const PROFILE_DEFAULTS = { lang: 'en', cadenceDays: 7, notesFolder: 'notes', logFolder: '.liaison/log', glossary: [], responseDays: 2 } as const;

/** `raw` is the file as written, before defaults: it tells a chosen language from the default one. */
export function parseProfile(text: string): { profile?: Profile; problems: ProfileProblem[]; raw?: Record<string, unknown> } {
  const parsed = parseJsonText(text);
  if (parsed.problem) return { problems: [{ path: '', message: jsonProblemText(parsed.problem), fr: jsonProblemTextFr(parsed.problem), line: parsed.problem.line, column: parsed.problem.column }] };
  const data = parsed.value;
  const problems = validateAgainstSchema(schema, data);
  for (const key of ['notesFolder', 'logFolder'] as const) {
    const v = (data as Record<string, unknown> | null)?.[key];
    const p = typeof v === 'string' ? relativeFolderProblem(v) : undefined;
    if (p) problems.push({ path: key, message: p.en, fr: p.fr });
  }
  if (problems.length) return { problems };
  return { profile: { ...PROFILE_DEFAULTS, glossary: [], ...(data as Partial<Profile>) } as Profile, problems: [], raw: data as Record<string, unknown> };
}

/** Reads `<root>/.liaison/profile.json`. */
export async function loadProfile(fs: FileSystem, root: string): Promise<ProfileResult> {
  const file = joinPath(root, PROFILE_PATH);
  const st = await fs.stat(file);
  if (!st) return { ok: false, missing: true, file };
  // A folder or an unreadable file is a problem to show, like bad JSON, not a crash.
  if (st.type === 'directory') return { ok: false, problems: [{ path: '', message: 'this is a folder, not a file: remove it or rename it, then set up the profile again' }], file };
  let bytes: Uint8Array;
  try { bytes = await fs.readFile(file); } catch (e) {
    return { ok: false, problems: [{ path: '', message: `cannot be read (${(e as Error).message}): check that it is readable` }], file };
  }
  const text = new TextDecoder().decode(bytes);
  const { profile, problems, raw } = parseProfile(text);
  return profile ? { ok: true, profile, file, raw: raw ?? {} } : { ok: false, problems, file };
}

export function joinPath(...parts: string[]): string {
  return parts.join('/').replace(/\/+/g, '/');
}
