// From a note and the project profile to what the mail client gets: the .eml draft (To from the
// profile's client email, Subject from the title) and the mailto: fallback.
import type { Profile } from '../config/profile.js';
import { buildDraft, mailtoUrl, type Mailbox } from './eml.js';
import { renderClientNote, type ClientNote, type ClientNoteOptions } from './render.js';

export interface NoteDraft {
  note: ClientNote;
  eml: string;
  mailto: string;
  /** Empty when the profile has no `client.email`: the mail client asks for the recipient. */
  to: Mailbox[];
}

export function recipientsOf(profile: Partial<Profile> | undefined): Mailbox[] {
  const email = profile?.client?.email?.trim();
  return email ? [{ name: profile?.client?.contact ?? profile?.client?.name, address: email }] : [];
}

export function senderOf(profile: Partial<Profile> | undefined): Mailbox | undefined {
  const email = profile?.freelancer?.email?.trim();
  return email ? { name: profile?.freelancer?.name, address: email } : undefined;
}

export function draftFromNote(noteText: string, profile: Partial<Profile> | undefined, date: Date, options: ClientNoteOptions = {}): NoteDraft {
  const note = renderClientNote(noteText, options);
  const to = recipientsOf(profile);
  const eml = buildDraft({ to, from: senderOf(profile), subject: note.title, text: note.text, html: note.html, date });
  return { note, eml, mailto: mailtoUrl(to.map(m => m.address), note.title, note.text), to };
}
