// Entry of dist/lint-worker.js: loads the worker's code (dist/lint-worker-main.js, lint-worker.ts)
// through the compile cache, and saves the cache once the first batch of notes is linted (a
// worker is terminated, not ended, so there is no exit to wait for; by then the linter's
// functions are compiled and go into the cache too).
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { loadBundle, saveCompileCache } from './compile-cache.js';

loadBundle(join(__dirname, 'lint-worker-main.js'));
parentPort?.once('message', () => setImmediate(saveCompileCache));
