// Finds the built-in templates folder from wherever the code runs: dist/cli.js, dist/lazy/*.js,
// or src/ under tsx in tests. The templates ship next to dist/ (package.json "files" / .vsix).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function findBuiltinTemplatesDir(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, 'en', 'status.md'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`built-in templates not found above ${start}`);
  }
}
