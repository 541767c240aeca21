#!/usr/bin/env node
// Core without Node, checked by the compiler: `tsc -p tsconfig.core.json` (no ambient types, a web
// worker's globals), so `process`, `Buffer`, `require` or a `node:` import in src/core fail.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.core.json', '--pretty', 'false'], { encoding: 'utf8' });
if (r.error) { console.error(r.error.message); process.exit(2); }
const lines = r.stdout.split('\n').filter(l => /^\S.*\(\d+,\d+\): error /.test(l));
const failing = lines;
if (failing.length || (r.status !== 0 && !lines.length)) {
  console.error(failing.join('\n') || r.stdout + r.stderr);
  console.error('\nsrc/core must run without Node: use the ports in src/core/ports.ts; Node code goes in src/node.');
  process.exit(1);
}
console.log('core check: src/core type-checks without Node');
