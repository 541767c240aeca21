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

// The tone models' JSON (src/core/lint/model/load.ts) goes into the bundles as a string parsed on
// first use, not as a 1.7 MB object literal every process evaluates at load.
const modelAsText = {
  name: 'model-json-as-text',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]lint[\\/]model[\\/][a-z]+\.json$/ }, a => ({ contents: readFileSync(a.path, 'utf8'), loader: 'text' }));
  },
};

// tinyld builds its n-gram tables when its module is evaluated (~25-35 ms of CPU per process and
// per lint thread), and the sentence detector (src/core/lint/language/detect.ts) calls it only for
// the sentences its stopword scorer cannot tell: 34 of the 51 good fixture notes have none. In the
// bundles `tinyld/light` is a stand-in that evaluates the real module (the same ESM file the import
// reads) on the first call to `detect`; tests and scripts under tsx import it as before.
const tinyldReal = join(process.cwd(), 'node_modules', 'tinyld', 'dist', 'tinyld.light.node.mjs');
const lazyTinyld = {
  name: 'lazy-tinyld',
  setup(b) {
    b.onResolve({ filter: /^tinyld\/light$/ }, a => (a.kind === 'import-statement' ? { path: 'tinyld/light', namespace: 'lazy-tinyld' } : undefined));
    b.onResolve({ filter: /^tinyld-real$/, namespace: 'lazy-tinyld' }, () => ({ path: tinyldReal }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-tinyld' }, () => ({
      contents: "let real;\nexport function detect(text, opts) { return (real ??= require('tinyld-real')).detect(text, opts); }\n",
      loader: 'js', resolveDir: process.cwd(),
    }));
  },
};

// The CLI's bundles (dist/cli-*.js, dist/lint-worker-main.js) leave the models out: each is written
// beside them (dist/model-en.json, dist/model-fr.json) and read on first use, so a run does not read,
// compile and keep 2.4 MB of model text with the bundle's code, and an English-only run never reads
// the French one.
const modelBeside = {
  name: 'model-json-beside-bundle',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]lint[\\/]model[\\/][a-z]+\.json$/ }, a => {
      const name = `model-${a.path.replace(/^.*[\\/]/, '')}`;
      mkdirSync('dist', { recursive: true });
      writeFileSync(join('dist', name), readFileSync(a.path));
      return { contents: `module.exports = () => require('fs').readFileSync(require('path').join(__dirname, ${JSON.stringify(name)}), 'utf8');`, loader: 'js' };
    });
  },
};

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
  plugins: [modelAsText, lazyTinyld],
};

// The CLI imports each command's module when the command runs (src/cli/main.ts). The log commands'
// module is a bundle of its own (dist/cli-log.js), the others share dist/cli-rest.js, so that
// `liaison log verify` or `log search` compiles the log code and not the linter's too (start-up
// 110 -> 90 ms CPU); one bundle per module made the full help compile 12 MB. main.ts gets a
// require() of them, not an import(): Node sends import() of CommonJS through its ESM loader,
// which doubled the start-up.
const cliCommands = [...new Set([...readFileSync('src/cli/main.ts', 'utf8').matchAll(/import\('\.\/commands\/([a-z-]+)\.js'\)/g)].map(m => m[1]))];
const cliGroup = c => (c === 'log' ? 'log' : 'rest');
const mainTs = join('src', 'cli', 'main.ts');
const lazyCommands = {
  name: 'lazy-cli-commands',
  setup(b) {
    b.onResolve({ filter: /^\.\/commands\/[a-z-]+\.js$/ }, a =>
      (a.importer.endsWith(mainTs) ? { path: `${cliGroup(a.path.slice(11, -3))}/${a.path.slice(11, -3)}`, namespace: 'cli-group' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'cli-group' }, a => {
      const [group, command] = a.path.split('/');
      if (!cliCommands.includes(command)) throw new Error(`src/cli/main.ts imports ./commands/${command}.js in a form esbuild.mjs does not list: write import('./commands/${command}.js')`);
      // Through the compile cache (src/cli/compile-cache.ts): V8 compiles a bundle once per build.
      return { contents: `const { loadBundle } = require('./src/cli/compile-cache.ts');\n` +
        `module.exports = loadBundle(require('path').join(__dirname, 'cli-${group}.js'))[${JSON.stringify(command)}]();`, loader: 'js', resolveDir: process.cwd() };
    });
    b.onResolve({ filter: /^\.\/cli-[a-z-]+\.js$/, namespace: 'cli-group' }, a => ({ path: a.path, external: true }));
  },
};
// The entry of each group bundle: a loader per command module, evaluated only when called (a
// require() that esbuild keeps lazy), so `liaison lint` evaluates no template or send code.
const cliGroupEntries = {
  name: 'cli-group-entries',
  setup(b) {
    b.onResolve({ filter: /^cli-group:/ }, a => ({ path: a.path.slice('cli-group:'.length), namespace: 'cli-group-entry' }));
    b.onLoad({ filter: /.*/, namespace: 'cli-group-entry' }, a => ({
      contents: `module.exports = {${cliCommands.filter(c => cliGroup(c) === a.path).map(c => `${JSON.stringify(c)}: () => require('./src/cli/commands/${c}.ts')`).join(', ')}};`,
      resolveDir: process.cwd(), loader: 'js',
    }));
  },
};

const builds = [
  { ...common, entryPoints: { extension: 'src/vscode/extension.ts' }, outdir: 'dist' },
  // Heavy features (remark, chrono, the log store) load only when first needed.
  { ...common, entryPoints: files('src/vscode/lazy', /\.ts$/), outdir: 'dist/lazy' },
  { ...common, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist', plugins: [modelAsText, lazyTinyld, lazyCommands],
    banner: { js: '#!/usr/bin/env node\n' + common.banner.js } },
  { ...common, entryPoints: Object.fromEntries([...new Set(cliCommands.map(cliGroup))].map(g => [`cli-${g}`, `cli-group:${g}`])), outdir: 'dist', plugins: [modelBeside, lazyTinyld, cliGroupEntries] },
  // The CLI's lint threads (src/cli/lint-pool.ts) load this next to dist/cli.js: a small entry
  // that loads the worker's code (lint-worker-main.js) through the compile cache.
  { ...common, entryPoints: { 'lint-worker': 'src/cli/lint-worker-boot.ts', 'lint-worker-main': 'src/cli/lint-worker.ts' }, outdir: 'dist', plugins: [modelBeside, lazyTinyld] },
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
