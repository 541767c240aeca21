// First contact: the walkthrough, the empty views' welcome content and the log view's name are
// contributed in English and French, with their media; the status bar's next contact is read
// from the log.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nextContactDay } from '../../src/core/log/status-scan.js';

const root = join(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const en = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
const fr = JSON.parse(readFileSync(join(root, 'package.nls.fr.json'), 'utf8')) as Record<string, string>;
const key = (s: string) => /^%(.+)%$/.exec(s)?.[1];

describe('first contact', () => {
  it('contributes a five-step walkthrough: profile, weekly update, call, send, export', () => {
    const [w] = pkg.contributes.walkthroughs;
    assert.equal(w.id, 'gettingStarted');
    assert.deepEqual(w.steps.map((s: { id: string }) => s.id), ['profile', 'update', 'call', 'send', 'export']);
    for (const s of w.steps) {
      assert.ok(existsSync(join(root, s.media.markdown)), s.media.markdown);
      assert.match(en[key(s.description)!]!, /\n\[[^\]]+\]\(command:liaison\.\w+\)$/, `${s.id}: ends with a button`);
      assert.ok(s.completionEvents.length > 0);
    }
    assert.ok(readFileSync(join(root, '.vscodeignore'), 'utf8').includes('!media/walkthrough/*.md'), 'media ship in the .vsix');
  });

  it('every walkthrough and welcome string exists in English and French', () => {
    const strings = [pkg.contributes.walkthroughs[0].title, pkg.contributes.walkthroughs[0].description,
      ...pkg.contributes.walkthroughs[0].steps.flatMap((s: { title: string; description: string }) => [s.title, s.description]),
      ...pkg.contributes.viewsWelcome.map((v: { contents: string }) => v.contents)];
    for (const s of strings) {
      const k = key(s)!;
      assert.ok(en[k] && fr[k], k);
      assert.notEqual(en[k], fr[k], `${k} is translated`);
    }
  });

  it('shows welcome content with buttons in each empty log view, and names the log view Client Log', () => {
    const views = new Set(pkg.contributes.viewsWelcome.map((v: { view: string }) => v.view));
    assert.deepEqual([...views].sort(), ['liaisonLog.awaiting', 'liaisonLog.commitments', 'liaisonLog.nextContact', 'liaisonLog.search', 'liaisonLog.timeline']);
    assert.match(en['welcome.log.noProfile']!, /\n\[Set Up Project Profile\]\(command:liaison\.setUpProfile\)\n/);
    assert.equal(en['view.log.timeline'], 'Client Log');
    assert.equal(fr['view.log.timeline'], 'Journal client');
  });

  it('reads the next contact from the latest record that sets one', () => {
    const lines = [
      { at: '2026-11-20T10:00:00+01:00', nextContact: '2026-11-27' },
      { at: '2026-11-30T16:00:00+01:00', nextContact: '2026-12-04' },
      { at: '2026-11-25T09:00:00+01:00', nextContact: '2026-12-01' },
    ].map(r => JSON.stringify(r)).join('\n');
    assert.equal(nextContactDay([lines, '{"torn']), '2026-12-04');
    assert.equal(nextContactDay(['{"at":"2026-11-20T10:00:00+01:00"}']), undefined);
  });
});
