// One build for the extension, its lazily loaded parts, the CLI and the integration tests.
// `node esbuild.mjs` builds everything; `--watch` rebuilds on change; `--minify` (packaging)
// halves the lazy bundles the .vsix ships.
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

function files(dir, pattern) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter(f => pattern.test(f) && statSync(join(dir, f)).isFile())
    .map(f => join(dir, f));
}

// VS Code reads one l10n bundle per language; each feature keeps its own strings file
// (l10n/src/<feature>.fr.json) so parallel work never edits the same file.
function mergeL10n() {
  const merged = {};
  for (const f of files('l10n/src', /\.fr\.json$/).sort()) Object.assign(merged, JSON.parse(readFileSync(f, 'utf8')));
  writeFileSync('l10n/bundle.l10n.fr.json', JSON.stringify(merged, null, 2) + '\n');
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !minify,
  minify,
  logLevel: 'warning',
  external: ['vscode'],
  // Several unified packages read import.meta.url; give them a CJS equivalent.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const builds = [
  { ...common, entryPoints: { extension: 'src/vscode/extension.ts' }, outdir: 'dist' },
  // Heavy features (remark, chrono, the log store) load only when first needed.
  { ...common, entryPoints: files('src/vscode/lazy', /\.ts$/), outdir: 'dist/lazy' },
  { ...common, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist',
    banner: { js: '#!/usr/bin/env node\n' + common.banner.js } },
  // The CLI's lint threads (src/cli/lint-pool.ts) load this next to dist/cli.js.
  { ...common, entryPoints: { 'lint-worker': 'src/cli/lint-worker.ts' }, outdir: 'dist' },
  { ...common, entryPoints: files('test/integration', /\.ts$/), outdir: 'dist/test/integration',
    outbase: 'test/integration', external: ['vscode', 'mocha'] },
].filter(b => (Array.isArray(b.entryPoints) ? b.entryPoints.length : true));

mergeL10n();
mkdirSync('dist', { recursive: true });
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map(b => esbuild.build(b)));
}
