#!/usr/bin/env node
// Proves the packaged .vsix works on its own: installs it (not this checkout) into a fresh
// code-server host, opens a copy of sample/, checks that Liaison activates, then runs
// "Liaison: New Weekly Status Update" from the command palette and checks the note lands on disk,
// and that every rule doc (docs/rules/*.md, opened by the diagnostics' code links) was packaged.
//   node scripts/check-vsix.mjs [path/to/liaison.vsix]   (default: liaison.vsix, built when missing)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { hostPaths, hostReady, repoRoot } from './lib/host-paths.mjs';
import { isolatedEnv, launchBrowser, startCodeServer, workbenchUrl } from './lib/code-server-host.mjs';
import { openPalette, waitActivated } from './lib/workbench-check.mjs';

const log = m => console.log(`[check-vsix] ${m}`);
const vsix = resolve(process.argv[2] ?? join(repoRoot, 'liaison.vsix'));
if (!existsSync(vsix)) {
  log(`${vsix} missing: packaging`);
  const r = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}
if (!hostReady()) { console.error('[check-vsix] code-server host missing: npm run setup:host'); process.exit(1); }
const paths = hostPaths();
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const extId = `${pkg.publisher}.${pkg.name}`;

const tmp = mkdtempSync(join(tmpdir(), 'liaison-vsix-'));
const env = isolatedEnv(tmp);
const extensionsDir = join(tmp, 'extensions');
const folder = join(tmp, 'sample');
cpSync(join(repoRoot, 'sample'), folder, { recursive: true });

let ok = false;
let cs, browser;
try {
  const inst = spawnSync(paths.node24, [join(paths.codeServerDir, 'out', 'node', 'entry.js'), '--extensions-dir', extensionsDir,
    '--user-data-dir', join(tmp, 'user-data'), '--install-extension', vsix], { env, encoding: 'utf8' });
  if (inst.status !== 0) throw new Error(`install failed:\n${inst.stdout}${inst.stderr}`);
  const installed = readdirSync(extensionsDir).find(d => d.startsWith(`${extId}-`));
  log(`installed: ${installed}`);
  // Diagnostic code links open these from the installed extension: every rule doc must be packaged.
  const missingDocs = readdirSync(join(repoRoot, 'docs', 'rules')).filter(f => !existsSync(join(extensionsDir, installed ?? '-', 'docs', 'rules', f)));
  if (missingDocs.length) throw new Error(`rule docs missing from the package: ${missingDocs.join(', ')}`);
  log(`rule docs packaged: ${readdirSync(join(extensionsDir, installed, 'docs', 'rules')).length}`);

  cs = await startCodeServer({ paths, tmp, env, extensionsDir, testDriver: false });
  browser = await launchBrowser(paths, env);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(workbenchUrl(cs, { folder }));
  const activated = await waitActivated(join(tmp, 'user-data', 'logs'), extId);
  log(activated ? `activated: ${activated}` : 'NOT activated');

  const before = new Set(readdirSync(join(folder, 'notes')));
  const rows = await openPalette(page, 'Liaison: New Weekly Status', 'New Weekly Status');
  if (rows) await page.keyboard.press('Enter');
  const created = await waitFor(() => readdirSync(join(folder, 'notes')).find(f => !before.has(f) && f.endsWith('-status.md')), 30000);
  // The note opens as a snippet in the editor; saving it is what a user does next.
  let text = '';
  if (created) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+S');
    text = await waitFor(() => { const t = readFileSync(join(folder, 'notes', created), 'utf8'); return t.includes('type:') ? t : ''; }, 15000) ?? '';
  }
  log(created ? `command created notes/${created} (${text.length} chars, type: ${/^type:\s*(\S+)/m.exec(text)?.[1]})` : 'the command created no note');
  ok = !!activated && !!created && /^type:\s*status/m.test(text);
} catch (e) {
  console.error(`[check-vsix] ${e.message}`);
} finally {
  await browser?.close().catch(() => undefined);
  await cs?.stop();
  rmSync(tmp, { recursive: true, force: true });
}
log(ok ? 'the packaged extension works' : 'FAILED');
process.exit(ok ? 0 : 1);

async function waitFor(fn, ms) {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v || Date.now() > end) return v;
    await new Promise(r => setTimeout(r, 250));
  }
}
