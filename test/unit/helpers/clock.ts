// The one "today" of the unit tests: Friday 20 November 2026. Tests never read the real clock
// (`npm run test:otheryear` runs the suite with the system clock in another year to prove it).
import { fixedClock } from '../../../src/core/ports.js';

export const TODAY = new Date(2026, 10, 20);
export const testClock = fixedClock(TODAY);
/** A clock stopped on another day, e.g. clockOn(2026, 11, 24) for 24 November 2026. */
export const clockOn = (year: number, month: number, day: number) => fixedClock(new Date(year, month - 1, day, 12));
