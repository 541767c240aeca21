// Turns the answers of "Set Up Project Profile…" into the profile file's text, keeping what the
// file already holds (glossary, lint settings, emails) and validating before anything is written.
import type { Lang } from '../ports.js';
import { parseProfile, PROFILE_DEFAULTS, type ProfileProblem } from './profile.js';

export interface ProfileAnswers {
  clientName: string;
  clientContact: string;
  project: string;
  freelancerName: string;
  lang: Lang;
  cadenceDays: number;
  notesFolder: string;
}

/** Defaults for the questions, from an existing profile when there is one. */
export function answersFrom(existing: Record<string, unknown> | undefined, fallback: { project: string; lang: Lang }): ProfileAnswers {
  const e = (existing ?? {}) as { client?: { name?: string; contact?: string }; project?: string; freelancer?: { name?: string }; lang?: Lang; cadenceDays?: number; notesFolder?: string };
  return {
    clientName: e.client?.name ?? '',
    clientContact: e.client?.contact ?? '',
    project: e.project ?? fallback.project,
    freelancerName: e.freelancer?.name ?? '',
    lang: e.lang ?? fallback.lang,
    cadenceDays: e.cadenceDays ?? PROFILE_DEFAULTS.cadenceDays,
    notesFolder: e.notesFolder ?? PROFILE_DEFAULTS.notesFolder,
  };
}

/** The file text, with "$schema" first; or the problems (by key path) that stop it from being written. */
export function profileText(existing: Record<string, unknown> | undefined, a: ProfileAnswers, schemaRef: string): { text?: string; problems: ProfileProblem[] } {
  const old = existing ?? {};
  const client = { ...(old.client as object | undefined), name: a.clientName.trim() } as Record<string, unknown>;
  if (a.clientContact.trim()) client.contact = a.clientContact.trim(); else delete client.contact;
  const data = {
    ...old,
    $schema: schemaRef,
    client,
    project: a.project.trim(),
    freelancer: { ...(old.freelancer as object | undefined), name: a.freelancerName.trim() },
    lang: a.lang,
    cadenceDays: a.cadenceDays,
    notesFolder: a.notesFolder.trim() || PROFILE_DEFAULTS.notesFolder,
  };
  const { $schema, ...rest } = data;
  const text = JSON.stringify({ $schema, ...rest }, null, 2) + '\n';
  const { problems } = parseProfile(text);
  return problems.length ? { problems } : { text, problems };
}

/** Validation of one answer, for the input box (undefined when fine). */
export function checkCadence(text: string): string | undefined {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= 60 ? undefined : 'cadence';
}
