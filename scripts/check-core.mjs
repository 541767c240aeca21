#!/usr/bin/env node
// Core without Node, checked by the compiler: `tsc -p tsconfig.core.json` (no ambient types, a web
// worker's globals), so `process`, `Buffer`, `require` or a `node:` import in src/core fail.
// TEMP: log-defend helper removes Node from the log files listed in eslint.config.mjs
// (CORE_NODE_TEMP); until then their own diagnostics are reported as exempt, every other fails.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { CORE_NODE_TEMP } from '../eslint.config.mjs';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.core.json', '--pretty', 'false'], { encoding: 'utf8' });
if (r.error) { console.error(r.error.message); process.exit(2); }
const lines = r.stdout.split('\n').filter(l => /^\S.*\(\d+,\d+\): error /.test(l));
const exempt = lines.filter(l => CORE_NODE_TEMP.some(f => l.startsWith(f + '(')));
const failing = lines.filter(l => !exempt.includes(l));
if (exempt.length) console.log(`core check: ${exempt.length} diagnostic(s) in ${new Set(exempt.map(l => l.split('(')[0])).size} TEMP-exempt log file(s)`);
if (failing.length || (r.status !== 0 && !lines.length)) {
  console.error(failing.join('\n') || r.stdout + r.stderr);
  console.error('\nsrc/core must run without Node: use the ports in src/core/ports.ts; Node code goes in src/node.');
  process.exit(1);
}
console.log('core check: src/core type-checks without Node');
