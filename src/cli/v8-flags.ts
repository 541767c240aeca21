// V8 settings for `liaison lint` (flags are process-wide, so its lint threads get them too). The
// extension host is VS Code's process: its flags are not ours to set.
//
// A regular expression runs in V8's regexp interpreter until it has run `ticks` times, then is
// compiled to machine code (V8's default: after 1 run). The packs' phrase families and chrono's
// parsers are ~480 expressions, ~220 KB of source; compiling them costs ~330 ms of CPU per process
// and per lint thread, most of it for expressions a run uses a handful of times (two of chrono's
// case-insensitive time-unit patterns take ~48 ms each). At 10 runs the hot ones still become
// machine code within a note or two, and the rare ones are never compiled: the first note of a
// `liaison lint` took 450-477 ms instead of 324-361 (bench/README.md, sixth session). Matches are
// the same whichever tier runs an expression.
//
// Set for `liaison lint` only, before the linter's bundle loads (main.ts): a flag set changes V8's
// flag hash, and Node's built-in modules loaded after that are compiled again instead of from their
// code cache (+9 ms on `liaison log search --help`, which needs no such setting). Not later either:
// an expression the bundle creates while it loads keeps the setting of that moment (set just
// before the first note instead, a one-note lint took ~600 ms of CPU instead of ~510).
import { setFlagsFromString } from 'node:v8';

const REGEXP_TIER_UP_TICKS = 10;
let set = false;

export function lintRegexpTier(): void {
  if (set) return;
  set = true;
  try { setFlagsFromString(`--regexp-tier-up-ticks=${REGEXP_TIER_UP_TICKS}`); } catch { /* an engine without the flag: as before */ }
}
