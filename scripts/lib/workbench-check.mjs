// Checks done from the outside, as a user would see them: the extension host log says Liaison
// was activated, and its commands can be run from the command palette.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The extension host's log line recording the activation of `extId`, waiting up to `ms`. */
export async function waitActivated(logsDir, extId, ms = 60000) {
  const needle = `_doActivateExtension ${extId}`;
  const end = Date.now() + ms;
  for (;;) {
    const line = grepLogs(logsDir, needle);
    if (line || Date.now() > end) return line?.trim();
    await new Promise(r => setTimeout(r, 500));
  }
}

function grepLogs(dir, needle) {
  if (!existsSync(dir)) return undefined;
  for (const f of readdirSync(dir, { recursive: true }).map(String).filter(f => f.endsWith('exthost.log'))) {
    const line = readFileSync(join(dir, f), 'utf8').split('\n').find(l => l.includes(needle));
    if (line) return line;
  }
  return undefined;
}

/** Opens the command palette and types `text`; returns the number of rows naming `expect`. */
export async function openPalette(page, text, expect) {
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  await page.locator('.monaco-workbench').click({ position: { x: 600, y: 300 } }).catch(() => undefined);
  await page.keyboard.press('F1');
  await page.keyboard.type(text);
  const rows = page.locator('.quick-input-list .monaco-list-row', { hasText: expect });
  const found = await rows.first().waitFor({ timeout: 20000 }).then(() => true, () => false);
  return found ? rows.count() : 0;
}
