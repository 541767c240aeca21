// The engine's contract with rules and users: note type and language, front matter problems,
// control comments, severities and options from config, a throwing rule, huge notes.
import assert from 'node:assert/strict';
import { lintNote, isLiaisonMessage } from '../../../src/core/lint/engine.js';
import { TODAY as today, testClock as clock } from '../helpers/clock.js';
import type { LintRule, NoteContext } from '../../../src/core/lint/types.js';

/** A rule that reports every line containing "BAD", and records the context it saw. */
function probe(types?: LintRule['types']): LintRule & { seen?: NoteContext } {
  const rule: LintRule & { seen?: NoteContext } = {
    id: 'probe', summary: { en: 'probe', fr: 'sonde' }, principles: [], why: { en: 'test probe', fr: 'sonde de test' }, defaultSeverity: 'warning',
    options: { word: { type: 'string', default: 'BAD', description: 'word' } }, types,
    examples: { valid: [], invalid: [] },
    check(ctx, opts) {
      rule.seen = ctx;
      const out = [];
      const word = String(opts.word);
      for (let i = ctx.text.indexOf(word); i !== -1; i = ctx.text.indexOf(word, i + 1)) {
        out.push({ span: { start: i, end: i + word.length }, message: { en: `found ${word}`, fr: `trouvé ${word}` } });
      }
      return out;
    },
  };
  return rule;
}

const lint = (text: string, extra: Parameters<typeof lintNote>[1] = {}, rule = probe()) => ({ file: lintNote(text, { clock, rules: [rule], ...extra }), rule });

describe('lint engine', () => {
  describe('note type', () => {
    const typeOf = (text: string, path?: string) => { const r = probe(['status', 'incident', 'reply']); lint(text, { path }, r); return r.seen?.type; };
    it('from front matter', () => assert.equal(typeOf('---\ntype: incident\n---\nhello\n'), 'incident'));
    it('from the title, in English and French', () => {
      assert.equal(typeOf('# Weekly update: 20 November\n\ntext\n'), 'status');
      assert.equal(typeOf('# Point hebdomadaire\n\ntexte\n'), 'status');
      assert.equal(typeOf('# Imprévu : le serveur\n\ntexte\n'), 'incident');
    });
    it('from the file name', () => assert.equal(typeOf('no title here\n', 'notes/2026-11-20-unforeseen-issue.md'), 'incident'));
    it('unknown: only rules without types run', () => {
      assert.equal(typeOf('# Shopping list\n\neggs BAD\n'), undefined);
      assert.equal(lint('# Shopping list\n\neggs BAD\n').file.messages.length, 1);
    });
  });

  describe('language', () => {
    const langsOf = (text: string, lang?: 'en' | 'fr') => { const r = probe(); lint(text, { lang }, r); return r.seen!.langs; };
    it('front matter lang wins', () => assert.deepEqual(langsOf('---\nlang: fr\n---\nThe server is down and we are working on it.\n'), ['fr']));
    it('detected when not set', () => assert.deepEqual(langsOf('Le serveur est tombé hier soir et nous travaillons à le remettre en ligne.\n'), ['fr']));
    it('setting joined by the detected language when they differ', () => assert.deepEqual(langsOf('Le serveur est tombé hier soir et nous travaillons à le remettre en ligne.\n', 'en').sort(), ['en', 'fr']));
  });

  it('sections() lists every heading in order and Sentence.section indexes into it', () => {
    const r = probe();
    lint('# Weekly update\n\nIntro text here.\n\n## Done this week\n- One thing done.\n\n> ## Quoted heading\n> Their words.\n\n## Next update\nFriday 27 November.\n', {}, r);
    const sections = r.seen!.sections();
    assert.deepEqual(sections.map(s => s.heading), ['Weekly update', 'Done this week', 'Quoted heading', 'Next update']);
    assert.equal(sections[1]!.sectionId, 'done');
    assert.equal(sections[3]!.sectionId, 'next-contact');
    for (const s of r.seen!.sentences()) {
      const owner = sections[s.section];
      assert.ok(owner && s.span.start >= owner.headingSpan.end, `sentence "${s.text}" maps to section ${s.section}`);
    }
  });

  it('refDate is the front matter date, else today', () => {
    const r = probe();
    lint('---\ndate: 2026-12-01\n---\nx\n', {}, r);
    assert.equal(r.seen!.refDate.getDate(), 1);
    lint('x\n', {}, r);
    assert.equal(r.seen!.refDate.getTime(), today.getTime());
  });

  describe('front matter problems are findings, never throws', () => {
    it('malformed YAML', () => {
      const { file } = lint('---\ntype: [status\n---\n# Weekly update\n');
      const m = file.messages.find(x => x.ruleId === 'front-matter');
      assert.ok(m && /not valid YAML/.test(m.reason) && m.fatal === true);
    });
    it('unknown type names the known ones', () => {
      const { file } = lint('---\ntype: weekly\n---\ntext\n');
      assert.match(file.messages.find(x => x.ruleId === 'front-matter')!.reason, /Unknown note type `weekly`.*status/);
    });
  });

  describe('control comments', () => {
    it('disable-next-line silences only the next line', () => {
      const { file } = lint('<!-- liaison-disable-next-line probe -->\nBAD one\nBAD two\n');
      assert.deepEqual(file.messages.map(m => m.line), [3]);
    });
    it('disable ... enable silences a region; other rule ids are not affected', () => {
      const { file } = lint('BAD 1\n<!-- liaison-disable probe -->\nBAD 2\n<!-- liaison-enable -->\nBAD 3\n<!-- liaison-disable other-rule -->\nBAD 4\n');
      assert.deepEqual(file.messages.map(m => m.line), [1, 5, 7]);
    });
    it('disable without ids silences every rule', () => {
      const { file } = lint('<!-- liaison-disable -->\nBAD\n');
      assert.equal(file.messages.length, 0);
    });
  });

  describe('configuration', () => {
    it('error severity makes a fatal message with ruleId, source, url and both languages', () => {
      const { file } = lint('BAD\n', { config: { rules: { probe: { severity: 'error', options: {} } } }, uiLang: 'fr' });
      const m = file.messages[0]!;
      assert.equal(m.fatal, true);
      assert.equal(m.ruleId, 'probe');
      assert.equal(m.source, 'liaison');
      assert.equal(m.url, 'docs/rules/probe.md', 'relative to the package: no web URL');
      assert.equal(m.reason, 'trouvé BAD');
      assert.ok(isLiaisonMessage(m) && m.liaison.severity === 'error' && m.liaison.message.en === 'found BAD');
      assert.deepEqual([m.line, m.column, m.place && 'end' in m.place ? m.place.end.column : 0], [1, 1, 4]);
    });
    it('off disables, options reach the rule', () => {
      assert.equal(lint('BAD\n', { config: { rules: { probe: { severity: 'off', options: {} } } } }).file.messages.length, 0);
      assert.equal(lint('WORSE\n', { config: { rules: { probe: { severity: 'warning', options: { word: 'WORSE' } } } } }).file.messages.length, 1);
    });
    it('config problems are reported with their key path', () => {
      const { file } = lint('x\n', { configProblems: [{ path: 'rules.probe', message: 'expected off|warning|error', source: '/a/.liaisonrc.json' }] });
      assert.equal(file.messages[0]!.reason, '.liaisonrc.json: rules.probe: expected off|warning|error');
      assert.equal(file.messages[0]!.ruleId, 'lint-config');
    });
  });

  it('a rule that throws becomes one finding naming it; other rules still run', () => {
    const boom: LintRule = { ...probe(), id: 'boom', check() { throw new Error('kaput'); } };
    const file = lintNote('BAD\n', { clock, rules: [boom, probe()] });
    assert.deepEqual(file.messages.map(m => m.ruleId).sort(), ['boom', 'probe']);
    assert.match(file.messages.find(m => m.ruleId === 'boom')!.reason, /Rule boom failed.*kaput/);
  });

  it('a note past maxFullLintBytes gets line-level checks and one finding saying so', () => {
    const typed = probe(['status']);
    const big = '---\ntype: status\n---\n# Weekly update\n\n' + 'A line of text for the client.\n'.repeat(200) + 'BAD here\n';
    const file = lintNote(big, { clock, rules: [probe(), typed], maxFullLintBytes: 2048 });
    assert.deepEqual(file.messages.map(m => m.ruleId).sort(), ['note-too-large', 'probe']);
    assert.equal(typed.seen, undefined, 'typed rules do not run');
  });
});
