// Runs one integration run (a test set, with or without a folder) in the code-server host.
// Returns the extension host's exit code: 0 pass, 1 failures; throws on timeout or when no
// VS Code could be started, so the caller fails the run instead of skipping it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isolatedEnv, launchBrowser, startCodeServer, workbenchUrl } from './code-server-host.mjs';

// A test asks for a screenshot by logging this marker (see test/integration/harness.ts).
export const SCREENSHOT_MARKER = 'LIAISON_SCREENSHOT ';
// test/integration/index.ts prints this first; before it, the console is the workbench's own.
const START_MARKER = 'Running in VS Code ';
// Workbench chatter in an offline, signed-out window: not ours, hides the test report.
const NOISE = /^(\[(ChatModelSelection|DefaultAccount|AgentHost[^\]]*|AccountPolicyGate|Service Worker|reconnection-grace-time)\]|Creating a socket|Resolv(ing|ed) connection token|Updating additional builtin|Timed out waiting for authentication provider|getaddrinfo ENOTFOUND|Canceled|Extension host \(Remote\) is unresponsive|Extension host \(Remote\) is responsive)/;

export async function runInCodeServer({ paths, tmp, extPath, testsPath, folder, testEnv, timeoutMs, screenshotDir, verbose }) {
  const ackDir = join(tmp, 'screenshot-acks');
  mkdirSync(ackDir, { recursive: true });
  // The remote extension host inherits the server's environment: that is how the test set,
  // grep and screenshot channel reach test/integration/index.ts.
  const env = isolatedEnv(tmp, { ...testEnv, ...(screenshotDir ? { LIAISON_SCREENSHOT_ACK_DIR: ackDir } : {}) });
  const cs = await startCodeServer({ paths, tmp, env, verbose });
  let browser;
  try {
    browser = await launchBrowser(paths, env);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    if (verbose) {
      page.on('console', m => process.stderr.write(`[browser:${m.type()}] ${m.text()}\n`));
      page.on('pageerror', e => process.stderr.write(`[pageerror] ${e}\n`));
    }
    let resolveExit;
    const exited = new Promise(r => { resolveExit = r; });
    let shots = Promise.resolve();
    let started = false;
    const early = []; // workbench output before the suite starts: shown only if the run fails
    // The workbench forwards the extension host's console here while tests run...
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const parts = [].concat(args);
      const text = parts.map(String).join(' ');
      if (text.startsWith(SCREENSHOT_MARKER)) {
        const name = text.slice(SCREENSHOT_MARKER.length).trim().replace(/[^\w-]/g, '');
        shots = shots.then(() => takeScreenshot(page, screenshotDir, ackDir, name));
        return;
      }
      if (text.startsWith(START_MARKER)) started = true;
      if (!started && !verbose) { early.push(text); return; }
      if (!verbose && NOISE.test(text)) return;
      (console[type] || console.log)(...parts);
    });
    // ...and calls this with the extension host's exit code once run() settles.
    await page.exposeFunction('codeAutomationExit', code => resolveExit(Number(code)));
    page.once('crash', () => resolveExit('page-crash'));
    const payload = [['extensionDevelopmentPath', cs.remote(extPath)], ['extensionTestsPath', cs.remote(testsPath)],
      ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
    await page.goto(workbenchUrl(cs, { folder, payload }));
    let timer;
    const code = await Promise.race([exited,
      new Promise(r => { timer = setTimeout(() => r('timeout'), timeoutMs); }),
      cs.exited.then(c => `server-exit:${c}`)]);
    clearTimeout(timer);
    await shots;
    if (typeof code === 'number' && code !== 0 && !started) console.error(`The suite never started. Workbench console:\n${early.filter(l => !NOISE.test(l)).join('\n')}`);
    if (code === 'timeout') {
      const tail = cs.log.join('').trimEnd().split('\n').slice(-15).join('\n');
      throw new Error(`TIMEOUT: no result from VS Code after ${timeoutMs} ms (a test that never settles? LIAISON_TEST_TIMEOUT_MS to change).\n` +
        (started ? '' : `The suite never started. Workbench console:\n${early.filter(l => !NOISE.test(l)).slice(-30).join('\n')}\n`) + `Last code-server log lines:\n${tail}`);
    }
    if (code === 'page-crash') throw new Error('the workbench page crashed (chromium) before the suite reported');
    if (typeof code === 'string') throw new Error(`code-server stopped during the run (${code}).\n${cs.log.join('')}`);
    return code;
  } finally {
    try { await browser?.close(); } catch { /* closing anyway */ }
    await cs.stop();
  }
}

async function takeScreenshot(page, dir, ackDir, name) {
  if (!dir || !name) return;
  try {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `screenshot-${name}.png`);
    await page.screenshot({ path: file });
    console.log(`  [harness] screenshot saved: ${file}`);
  } catch (e) {
    console.error(`  [harness] screenshot ${name} failed: ${e.message}`);
  } finally {
    writeFileSync(join(ackDir, `${name}.done`), '');
  }
}
