// How many worker threads `liaison lint` starts (src/cli/lint-pool.ts), and that a pool run from
// sources (no built worker script) lints in process with the same findings as lintNote.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LintPool, MIN_NOTES_FOR_WORKERS, workerCount } from '../../../src/cli/lint-pool.js';
import { toPlain } from '../../../src/cli/lint-messages.js';
import { lintNote } from '../../../src/core/lint/engine.js';
import { fixedClock } from '../../../src/core/ports.js';

const bad = join(__dirname, '../../fixtures/lint/bad');

describe('lint-pool: threads for liaison lint', () => {
  it('one worker per core the machine leaves free, the main thread keeping one', () => {
    assert.equal(workerCount(undefined, 2, 0.2), 1, 'an idle 2-core machine lints on both cores');
    assert.equal(workerCount(undefined, 2, 1.0), 1, 'one core busy elsewhere: still one free');
    assert.equal(workerCount(undefined, 2, 1.3), 0, 'no free core: a worker would only add its start-up');
    assert.equal(workerCount(undefined, 2, 12), 0);
    assert.equal(workerCount(undefined, 8, 3.5), 4);
    assert.equal(workerCount(undefined, 8, 0), 7);
    assert.equal(workerCount(undefined, 1, 0), 0, 'one core: single-threaded');
  });

  it('LIAISON_LINT_WORKERS decides when set, whatever the load; nonsense means none', () => {
    assert.equal(workerCount('1', 2, 12), 1);
    assert.equal(workerCount('0', 8, 0), 0);
    assert.equal(workerCount('3', 2, 0), 3);
    assert.equal(workerCount('many', 2, 0), 0);
  });

  it(`lints in process from sources, same findings as lintNote (EN and FR), ${MIN_NOTES_FOR_WORKERS}+ notes`, async () => {
    const texts = ['status-en-wrong-weekday.md', 'status-fr-vague.md'].map(f => readFileSync(join(bad, f), 'utf8'));
    const today = new Date(2026, 10, 20).getTime();
    const pool = new LintPool(1, join(__dirname, 'no-such-worker.js'));
    const notes = Array.from({ length: MIN_NOTES_FOR_WORKERS + 2 }, (_, i) => texts[i % 2]!);
    const got = await Promise.all(notes.map((t, i) => pool.lint(t, { path: `n${i}.md` }, today)));
    await pool.close();
    assert.equal(pool.started, 0, 'no worker script: no thread started');
    const want = notes.map((t, i) => toPlain(lintNote(t, { path: `n${i}.md`, clock: fixedClock(new Date(today)) })));
    assert.deepEqual(got, want);
    assert.ok(got[0]!.some(m => m.ruleId === 'date-mismatch') && got[1]!.some(m => m.ruleId === 'decision-deadline'), JSON.stringify(got.slice(0, 2).map(g => g.map(m => m.ruleId))));
  });
});
