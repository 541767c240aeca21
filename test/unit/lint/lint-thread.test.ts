// The editor's lint on its worker thread (src/vscode/lazy/lint-thread.ts), run as the extension runs
// it: dist/lazy/lint-engine.js starts dist/lazy/lint-thread.js (both built by the unit root hook).
// It reports what the in-process lint reports, and a request made stale by a newer edit, or
// cancelled by the host, stops instead of finishing.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintNote } from '../../../src/core/lint/engine.js';
import type * as Engine from '../../../src/vscode/lazy/lint-engine.js';

const root = join(__dirname, '../../..');
const engine = createRequire(__filename)(join(root, 'dist/lazy/lint-engine.js')) as typeof Engine;
const fs = { readFile: () => Promise.reject(new Error('none')), writeFile: () => Promise.resolve(), stat: () => Promise.resolve(undefined), readDirectory: () => Promise.resolve([]), createDirectory: () => Promise.resolve() };
const note = (name: string) => readFileSync(join(root, 'test/fixtures/lint/bad', name), 'utf8');
const req = (text: string, key: string, extra: Partial<Engine.LintRequest> = {}): Engine.LintRequest =>
  ({ text, key, trusted: false, uiLang: 'fr', maxFullLintBytes: 256 * 1024, fs, ...extra });
const view = (fs: ReadonlyArray<{ ruleId: string; span: { start: number }; reason: string }>) => fs.map(f => `${f.span.start} ${f.ruleId} ${f.reason}`);
/** A note of many steps, so a second request arrives while the first is still running. */
const long = (name: string) => note(name) + '\n' + Array.from({ length: 80 }, (_, i) => `Paragraph ${i}. We will send it soon, as I already told you.\n`).join('\n');

describe('lint thread (the editor)', function () {
  this.timeout(60_000);
  after(() => engine.disposeEngine());

  for (const name of ['status-en-wrong-weekday.md', 'status-fr-b06-delais-vagues.md']) {
    it(`${name}: the thread reports what the lint in process reports`, async () => {
      const text = note(name);
      const got = await engine.lintDocument(req(text, name));
      // Same day on both sides: the note's `date:` or today, read when each lint runs.
      const fresh = lintNote(text, { uiLang: 'fr', maxFullLintBytes: 256 * 1024 }).messages.map(m => ({ ruleId: String(m.ruleId), span: { start: m.place && 'start' in m.place ? m.place.start.offset ?? 0 : 0 }, reason: m.reason }));
      assert.ok(got && got.length > 0, 'the bad note has findings');
      assert.equal(engine.lintsOnThread(), true, 'the run went to the thread');
      assert.deepEqual(view(got), view(fresh));
    });
  }

  it('a newer request for the same note stops the one in progress; another note is not affected', async () => {
    const text = long('status-en-wrong-weekday.md');
    const [first, other, second] = await Promise.all([
      engine.lintDocument(req(text, 'a')), engine.lintDocument(req(text, 'b')), engine.lintDocument(req(text + '\nOne more line.\n', 'a'))]);
    assert.equal(first, undefined, 'the stale run reported nothing');
    assert.ok(other && other.length > 0);
    assert.ok(second && second.length >= other.length);
  });

  it('the host cancels a run when its document changes', async () => {
    let edited = false;
    const run = engine.lintDocument(req(long('status-fr-vague.md'), 'c', { isCancelled: () => edited }));
    edited = true;
    assert.equal(await run, undefined);
    assert.ok(await engine.lintDocument(req(long('status-fr-vague.md'), 'c')), 'the next run reports');
  });
});
