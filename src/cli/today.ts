// `--today YYYY-MM-DD` (or LIAISON_TODAY): the one reference day of every command that depends on
// the date (lint, new, log export), so a run is reproducible. Without it, the system clock.
import { Option } from 'commander';
import { fixedClock, systemClock, type Clock } from '../core/ports.js';
import { parseIsoDay } from '../core/templates/dates.js';
import { escapeTerminal } from '../core/log/escape.js';
import * as l10n from './l10n.js';

export const TODAY_ENV = 'LIAISON_TODAY';

/** Local noon of a real calendar day (2026-02-30 is null): no time zone moves it to another day. */
export function parseDay(text: string): Date | null {
  const d = parseIsoDay(text);
  return d ? new Date(d.year, d.month - 1, d.day, 12) : null;
}

/** Where a bad value came from: commander parses the flag before the variable, and only without the flag. */
function sourceOf(text: string): string {
  const flag = process.argv.some(a => a === '--today' || a.startsWith('--today='));
  return !flag && process.env[TODAY_ENV] === text ? TODAY_ENV : '--today';
}

function parseTodayOption(text: string): Clock {
  const d = parseDay(text);
  // A plain Error, not commander's InvalidArgumentError: that one prints the whole help after it,
  // which buries the one line that matters. main() prints this one line and exits 2.
  if (!d) throw new Error(l10n.t('{0} "{1}" is not a real date: write it as YYYY-MM-DD, e.g. 2026-11-20', sourceOf(text), escapeTerminal(text)));
  return fixedClock(d);
}

/** The shared option; commander turns a bad value (flag or env) into a usage error, exit 2. */
export function todayOption(what: string): Option {
  return new Option('--today <YYYY-MM-DD>', l10n.t('{0} (default: the system date)', what)).env(TODAY_ENV).argParser(parseTodayOption);
}

/** The clock a command runs on: the `--today` one, else the system clock. */
export function clockOf(flags: { today?: Clock }): Clock {
  return flags.today ?? systemClock;
}
