// From a template and what is known (profile, clock, values given by the writer) to a note:
// front matter (type, lang, client, project, date, status: draft) then the template body.
import type { Clock, FileSystem, Lang } from '../ports.js';
import type { Profile } from '../config/profile.js';
import { joinPath } from '../config/profile.js';
import { addDays, addWorkingDays, dayOf, formatLongDate, isoDay, nextWorkingDayFrom, parseIsoDay, type Day } from './dates.js';
import { render, type NoteToken, type RenderResult, type RenderTarget, type Values } from './render.js';
import type { ParsedTemplate } from './syntax.js';
import { BUILTIN_NAMES, builtinHint, SET_ALIASES } from './variables.js';
import { closing, greeting } from './courtesy.js';

/** Working days the client gets to decide (incident, change request, risk). */
export const DECISION_WORKING_DAYS = 3;

export interface NoteContext {
  lang: Lang;
  /** Missing when there is no profile: its values become blanks for the writer. */
  profile?: Partial<Profile>;
  /** The note is dated on this clock's day (the writer's `--date` is a fixed clock). */
  clock: Clock;
  /** Values given by the writer (`--set key=value`), aliases allowed. */
  set?: Record<string, string>;
}

/** The built-in values: profile fields and dates in the note's language. */
export function builtinValues(ctx: NoteContext): Values {
  const { profile, lang } = ctx;
  const today = dayOf(ctx.clock.now());
  const cadence = profile?.cadenceDays ?? 7;
  const contract = profile?.contractDate ? parseIsoDay(profile.contractDate) : undefined;
  return {
    'client.name': profile?.client?.name,
    'client.contact': profile?.client?.contact,
    'greeting': greeting(profile?.client, lang),
    'closing': closing(today, lang),
    'project': profile?.project,
    'freelancer.name': profile?.freelancer?.name,
    'freelancer.business': profile?.freelancer?.business ?? profile?.freelancer?.name,
    'date.today': formatLongDate(today, lang),
    'date.yesterday': formatLongDate(addDays(today, -1), lang),
    'date.nextWorkingDay': formatLongDate(addWorkingDays(today, 1), lang),
    'date.decision': formatLongDate(addWorkingDays(today, DECISION_WORKING_DAYS), lang),
    'date.nextUpdate': formatLongDate(nextWorkingDayFrom(addDays(today, cadence)), lang),
    'date.contract': contract ? formatLongDate(contract, lang) : undefined,
    'cadence.days': String(cadence),
  };
}

/** Every key `--set` accepts for this template (built-ins, aliases, declared variables). */
export function settableKeys(template: ParsedTemplate): string[] {
  return [...BUILTIN_NAMES, ...Object.keys(SET_ALIASES), ...Object.keys(template.meta.variables)];
}

/** Resolves aliases; rejects keys the template does not know. Dates given as YYYY-MM-DD are written out. */
export function applySet(template: ParsedTemplate, set: Record<string, string>, lang: Lang): { values: Values; unknown: string[] } {
  const values: Values = {};
  const unknown: string[] = [];
  for (const [rawKey, value] of Object.entries(set)) {
    const key = SET_ALIASES[rawKey] ?? rawKey;
    if (!BUILTIN_NAMES.has(key) && !(key in template.meta.variables)) { unknown.push(rawKey); continue; }
    const day = key.startsWith('date.') ? parseIsoDay(value) : undefined;
    values[key] = day ? formatLongDate(day, lang) : value;
  }
  return { values, unknown };
}

function frontMatterTokens(template: ParsedTemplate, lang: Lang, today: Day): NoteToken[] {
  const v = (name: string): NoteToken => ({ kind: 'var', name, line: 0, column: 0, yaml: true });
  return [
    { kind: 'text', text: `---\ntype: ${template.meta.type}\nlang: ${lang}\nclient: ` }, v('client.name'),
    { kind: 'text', text: '\nproject: ' }, v('project'),
    { kind: 'text', text: `\ndate: ${isoDay(today)}\nstatus: draft\n---\n` },
  ];
}

export interface RenderNoteResult extends RenderResult {
  unknownKeys: string[];
}

export function renderNote(template: ParsedTemplate, ctx: NoteContext, target: RenderTarget): RenderNoteResult {
  const given = applySet(template, ctx.set ?? {}, ctx.lang);
  const values = { ...builtinValues(ctx), ...given.values };
  // A hint may show an example date computed from today: "e.g. {date.yesterday}" (never a fixed date that goes stale).
  const withDates = (hint: string) => hint.replace(/\{(date\.[a-zA-Z]+)\}/g, (all, key: string) => values[key] ?? all);
  const own = (name: string) => { const v = Object.hasOwn(template.meta.variables, name) ? template.meta.variables[name] : undefined; return typeof v === 'string' ? v : undefined; };
  const hints = (name: string): string => withDates(own(name) ?? builtinHint(name, ctx.lang) ?? name);
  const body = template.body.slice();
  // The body's own leading blank lines would double the gap after the front matter.
  if (body[0]?.kind === 'text') body[0] = { kind: 'text', text: body[0].text.replace(/^\n+/, '') };
  const result = render([...frontMatterTokens(template, ctx.lang, dayOf(ctx.clock.now())), ...body], values, hints, target);
  return { ...result, unknownKeys: given.unknown };
}

/** `<folder>/<YYYY-MM-DD>-<type>.md`, or `-2`, `-3`… when taken: a note is never overwritten. */
export async function uniqueNotePath(fs: FileSystem, folder: string, today: Day, type: string): Promise<string> {
  const base = joinPath(folder, `${isoDay(today)}-${type}`);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base}.md` : `${base}-${n}.md`;
    if (!(await fs.stat(candidate))) return candidate;
  }
}
