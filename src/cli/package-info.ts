// Facts about the installed Liaison package, read from where the CLI runs (dist/cli.js in the
// package, or src/cli under tsx): its folder, its version, and the rule docs it ships.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

let root: string | undefined;

/** The folder of Liaison's package.json: the first one found walking up from this file. */
export function packageRoot(): string {
  if (root) return root;
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return (root = dir);
}

/** The version in package.json: the one place it is written (CHANGELOG.md is checked against it). */
export function packageVersion(): string {
  return String((JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: unknown }).version);
}

/** A finding's `url` (`docs/rules/<id>.md`, relative to the package) as a file URL into the installed package. */
export function packageFileUrl(relative: string): string {
  return pathToFileURL(join(packageRoot(), relative)).href;
}
