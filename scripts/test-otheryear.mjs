#!/usr/bin/env node
// `npm run test:otheryear`: the unit suite with the system clock moved to another year and
// month (libfaketime), to prove no test reads the real clock. Needs the `faketime` command
// (Debian/Ubuntu: apt-get install faketime; macOS: brew install libfaketime).
//   LIAISON_FAKE_DATE='2031-01-02 08:00:00' npm run test:otheryear   (another moment)
import { spawnSync } from 'node:child_process';
import { run } from './lib/bootstrap.mjs';

const at = process.env.LIAISON_FAKE_DATE ?? '2029-06-15 10:00:00';
const probe = spawnSync('faketime', ['-f', '+0d', 'true']);
if (probe.error || probe.status !== 0) {
  console.error('test:otheryear needs libfaketime\'s `faketime` command: apt-get install faketime (Debian/Ubuntu) or brew install libfaketime (macOS).');
  process.exit(2);
}
console.log(`unit tests with the clock at ${at}`);
process.exit(run('faketime', [at, 'mocha', ...process.argv.slice(2)]));
