// Helpers for integration suites: wait on events with a timeout (never a fixed sleep) and ask
// the runner for a screenshot of the real workbench.
import * as fs from 'fs';
import * as path from 'path';
import type * as vscode from 'vscode';

/**
 * How long a wait may take before it fails: generous, because a loaded 2-core machine (load 9
 * seen) can stall the extension host for seconds. A wait ends as soon as its condition holds, so
 * this costs nothing when things go well. LIAISON_WAIT_MS overrides it.
 */
export const WAIT_MS = Number(process.env.LIAISON_WAIT_MS) || 60_000;

/** Resolves with the first event that satisfies `accept`, rejects after `ms`. */
export function waitForEvent<T>(event: vscode.Event<T>, accept: (e: T) => boolean = () => true, ms = WAIT_MS, what = 'event'): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`timed out after ${ms} ms waiting for ${what}`)); }, ms);
    const sub = event(e => {
      if (!accept(e)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(e);
    });
  });
}

/**
 * Resolves once `check` returns a truthy value; re-checks whenever one of `events` fires.
 * Checks first, so a state already reached does not wait for an event.
 */
export async function waitUntil<T>(check: () => T | undefined | Promise<T | undefined>, events: vscode.Event<unknown>[], ms = WAIT_MS, what = 'condition'): Promise<T> {
  const first = await check();
  if (first) return first;
  return new Promise((resolve, reject) => {
    const subs: vscode.Disposable[] = [];
    const done = (f: () => void) => { clearTimeout(timer); subs.forEach(s => s.dispose()); f(); };
    const timer = setTimeout(() => done(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`))), ms);
    for (const ev of events) {
      subs.push(ev(async () => {
        try {
          const v = await check();
          if (v) done(() => resolve(v));
        } catch (e) { done(() => reject(e)); }
      }));
    }
  });
}

/**
 * Resolves once `check` returns a truthy value, polling every `tickMs`: for state no event
 * announces (an extension's activation, a quick input's validation message). Rejects after `ms`.
 */
export async function waitFor<T>(check: () => T | undefined | Promise<T | undefined>, ms = WAIT_MS, what = 'condition', tickMs = 50): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise(r => setTimeout(r, tickMs));
  }
}

/** True when this run takes screenshots (`npm run screenshots`, code-server host only). */
export const screenshotsEnabled = (): boolean => !!process.env.LIAISON_SCREENSHOT_ACK_DIR;

/**
 * Asks the runner to save the workbench as media/screenshot-<name>.png and waits until it has.
 * The request travels as a console line the runner reads from codeAutomationLog; the runner
 * answers with a file in LIAISON_SCREENSHOT_ACK_DIR. No-op unless screenshots are enabled.
 */
export async function screenshot(name: string, ms = 20000): Promise<void> {
  const dir = process.env.LIAISON_SCREENSHOT_ACK_DIR;
  if (!dir) return;
  const ack = path.join(dir, `${name}.done`);
  const seen = new Promise<void>((resolve, reject) => {
    const watcher = fs.watch(dir, () => { if (fs.existsSync(ack)) finish(); });
    const timer = setTimeout(() => { watcher.close(); reject(new Error(`screenshot ${name}: no answer from the runner in ${ms} ms`)); }, ms);
    function finish() { clearTimeout(timer); watcher.close(); resolve(); }
  });
  console.log(`LIAISON_SCREENSHOT ${name}`);
  await seen;
}
