// `--today YYYY-MM-DD` (or LIAISON_TODAY): the one reference day of every command that depends on
// the date (lint, new, log export), so a run is reproducible. Without it, the system clock.
import { InvalidArgumentError, Option } from 'commander';
import { fixedClock, systemClock, type Clock } from '../core/ports.js';
import { parseIsoDay } from '../core/templates/dates.js';

export const TODAY_ENV = 'LIAISON_TODAY';

/** Local noon of a real calendar day (2026-02-30 is null): no time zone moves it to another day. */
export function parseDay(text: string): Date | null {
  const d = parseIsoDay(text);
  return d ? new Date(d.year, d.month - 1, d.day, 12) : null;
}

function parseTodayOption(text: string): Clock {
  const d = parseDay(text);
  if (!d) throw new InvalidArgumentError(`expected a real date YYYY-MM-DD, e.g. 2026-11-20.`);
  return fixedClock(d);
}

/** The shared option; commander turns a bad value (flag or env) into a usage error, exit 2. */
export function todayOption(what: string): Option {
  return new Option('--today <YYYY-MM-DD>', `${what} (default: the system date)`).env(TODAY_ENV).argParser(parseTodayOption);
}

/** The clock a command runs on: the `--today` one, else the system clock. */
export function clockOf(flags: { today?: Clock }): Clock {
  return flags.today ?? systemClock;
}
