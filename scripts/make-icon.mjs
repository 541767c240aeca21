#!/usr/bin/env node
// Renders media/icon.svg to media/icon.png (128x128, what the Marketplace wants) with Debian's
// chromium through playwright-core: no image library needed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostPaths, repoRoot } from './lib/host-paths.mjs';
import { launchBrowser } from './lib/code-server-host.mjs';

const svg = readFileSync(join(repoRoot, 'media', 'icon.svg'), 'utf8');
const browser = await launchBrowser(hostPaths(), process.env);
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.screenshot({ path: join(repoRoot, 'media', 'icon.png'), omitBackground: true, clip: { x: 0, y: 0, width: 128, height: 128 } });
  console.log('media/icon.png written');
} finally {
  await browser.close();
}
