#!/usr/bin/env node
// `npm test`: everything a change must pass, on a fresh clone too.
// Stages: dependencies, type check, lint, build, unit tests, extra tests (slow measurements),
// integration tests in a real VS Code.
// Every stage runs (integration only after a successful build); exit 1 if any failed.
//   npm test [-- --skip-integration] [-- --grep <pattern>]  (other arguments go to run-integration)
import { ensureDependencies, failureReport, run, runKeepingTail } from './lib/bootstrap.mjs';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { hostReady, repoRoot } from './lib/host-paths.mjs';

const argv = process.argv.slice(2).filter(a => a !== '--');
const skipIntegration = argv.includes('--skip-integration') || !!process.env.LIAISON_SKIP_INTEGRATION;
const integrationArgs = argv.filter(a => a !== '--skip-integration');

const results = [];
function stage(name, fn) {
  const t = Date.now();
  console.log(`\n=== ${name} ===`);
  const ok = fn();
  results.push({ name, ok, secs: ((Date.now() - t) / 1000).toFixed(1) });
  return ok;
}

/** A mocha stage: streamed as usual, and its failures repeated in the summary. */
async function mochaStage(name, args, opts) {
  const t = Date.now();
  console.log(`\n=== ${name} ===`);
  const r = await runKeepingTail('mocha', args, opts);
  const ok = r.status === 0;
  results.push({ name, ok, secs: ((Date.now() - t) / 1000).toFixed(1), report: ok ? '' : failureReport(r.tail) });
  return ok;
}

if (!stage('dependencies', ensureDependencies)) {
  summary();
} else {
  stage('type check (tsc --noEmit)', () => run('tsc', ['--noEmit']) === 0);
  stage('core without Node (tsconfig.core.json)', () => run(process.execPath, ['scripts/check-core.mjs']) === 0);
  stage('lint (eslint .)', () => run('eslint', ['.']) === 0);
  stage('README command list matches package.json', () => run(process.execPath, ['scripts/command-table.mjs', '--check']) === 0);
  // Stale integration bundles (a renamed suite) must not run: rebuild that folder from scratch.
  rmSync(join(repoRoot, 'dist', 'test', 'integration'), { recursive: true, force: true });
  const built = stage('build (node esbuild.mjs)', () => run(process.execPath, ['esbuild.mjs']) === 0);
  // The unit suite's root hook would build again: it was just built.
  await mochaStage('unit tests (mocha)', [], { env: { LIAISON_BUILT: built ? '1' : '' } });
  await mochaStage('extra tests (fuzz, 8 x 1,000 appends, phrase probes)', ['--config', 'test/extra/.mocharc.json']);
  if (skipIntegration) console.log('\n(integration tests skipped on request)');
  else if (built) stage('integration tests (real VS Code)', () => run(process.execPath, ['scripts/run-integration.mjs', '--no-build', ...integrationArgs]) === 0);
  else results.push({ name: 'integration tests (real VS Code)', ok: false, secs: '-', note: 'not run: the build failed' });
  // `npm start` as the README promises it, headless: the sample opens and Liaison is loaded.
  // Only where the code-server host is installed (always after the stage above on an offline box).
  if (!skipIntegration && built && hostReady()) stage('npm start --check (sample workspace)', () => run(process.execPath, ['scripts/start.mjs', '--check', '--no-build']) === 0);
  summary();
}

function summary() {
  console.log('\n=== summary ===');
  for (const r of results) console.log(`  ${r.ok ? 'ok    ' : 'FAILED'} ${r.name} (${r.secs} s)${r.note ? ` ${r.note}` : ''}`);
  const failed = results.filter(r => !r.ok);
  console.log(failed.length ? `\n${failed.length} stage(s) failed: ${failed.map(r => r.name).join('; ')}` : '\nall stages passed');
  // Last, so that a log cut to its tail still says what failed.
  for (const r of failed.filter(r => r.report)) console.log(`\n=== what failed in: ${r.name} ===\n${r.report}`);
  process.exit(failed.length ? 1 : 0);
}
