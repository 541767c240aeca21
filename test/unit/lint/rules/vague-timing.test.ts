import { strict as assert } from 'node:assert';
import rule from '../../../../src/core/lint/rules/vague-timing.js';
import type { LintRule } from '../../../../src/core/lint/types.js';
import { flagged, run } from '../text/helpers.js';

const r = rule as unknown as LintRule;
const en = (t: string) => flagged(r, `${t}\n`, { lang: 'en' });
const fr = (t: string) => flagged(r, `${t}\n`, { lang: 'fr' });

describe('rule vague-timing', () => {
  it('flags vague promises in English, whatever the wording', () => {
    assert.deepEqual(en("I'll send the mockups soon."), ['soon']);
    assert.deepEqual(en('We will get back to you ASAP.'), ['ASAP']);
    assert.deepEqual(en('The fix should be live in a couple of days.'), ['in a couple of days']);
    assert.deepEqual(en("We're aiming to ship it in the coming weeks."), ['in the coming weeks']);
    assert.deepEqual(en('You will have it as soon as we can.'), ['as soon as we can']);
    assert.deepEqual(en('The invoice will follow shortly.'), ['shortly']);
    assert.deepEqual(en("I'll do it later."), ['later']);
    assert.deepEqual(en('Please answer at your earliest convenience.'), ['at your earliest convenience']);
  });

  it('flags vague promises in French, vous or tu, any tense', () => {
    assert.deepEqual(fr('Je vous envoie ça bientôt.'), ['bientôt']);
    assert.deepEqual(fr('Tu auras la maquette dans les prochains jours.'), ['dans les prochains jours']);
    assert.deepEqual(fr("Nous livrerons d'ici quelques jours."), ["d'ici quelques jours"]);
    assert.deepEqual(fr('La facture arrive sous peu.'), ['sous peu']);
    assert.deepEqual(fr('Je reviens vers vous dès que possible.'), ['dès que possible']);
    assert.deepEqual(fr('Nous allons corriger cela rapidement.'), ['rapidement']);
    assert.deepEqual(fr('Merci de valider la maquette au plus vite.'), ['au plus vite']);
  });

  it('is quiet, tone model included, when the timing waits on what the client does', () => {
    assert.deepEqual(en("You'll get the report as soon as you send me the sales figures."), []);
    assert.deepEqual(en("Once you've approved the copy, the page goes live."), []);
    assert.deepEqual(fr('Tu recevras le rapport dès que tu m’envoies les chiffres de ventes.'), []);
    assert.deepEqual(fr('Une fois que vous aurez validé le texte, la page sera en ligne.'), []);
  });

  it('is quiet when the same sentence gives a concrete date', () => {
    assert.deepEqual(en('I will send it soon, by Friday 27 November at the latest.'), []);
    assert.deepEqual(en('We will get back to you ASAP, tomorrow at the latest.'), []);
    assert.deepEqual(fr('Je vous envoie ça au plus vite, au plus tard le 27/11.'), []);
    assert.deepEqual(fr('Nous livrerons rapidement, jeudi 3 décembre à 10 h.'), []);
  });

  it('still flags when the only date is vague itself', () => {
    assert.deepEqual(en('We will deliver soon, probably next week.'), ['soon']);
    assert.deepEqual(fr('Nous livrerons bientôt, sans doute la semaine prochaine.'), ['bientôt']);
  });

  it('ignores wishes, greetings, dependencies, past narration and the client\'s words', () => {
    for (const t of ['Get well soon!', 'Talk soon.', 'As soon as you send the photos, we start.', 'We replied shortly after your call.',
      'Soon after the launch, traffic doubled.', 'I understand you want it ASAP.', "I'll quickly check and call you on Monday 30 November."]) {
      assert.deepEqual(en(t), [], t);
    }
    for (const t of ['À bientôt !', 'Bon rétablissement, à très bientôt.', 'Dès que vous validez, nous lançons la production.',
      "J'ai rapidement corrigé le lien hier.", 'Je comprends que vous souhaitiez une livraison au plus vite.']) {
      assert.deepEqual(fr(t), [], t);
    }
    assert.deepEqual(flagged(r, '> Please fix it ASAP.\n\n> Corrigez ça au plus vite.\n'), []);
    assert.deepEqual(en('You wrote "please fix it ASAP", and we will fix it on Friday 27 November.'), []);
  });

  it('reports one finding per sentence', () => {
    assert.equal(run(r, 'We will fix it soon, very soon, ASAP.\n', { lang: 'en' }).length, 1);
  });

  it('offers a date tab stop in the note language, relative to the note date', () => {
    const text = '---\ndate: 2026-11-23\n---\nJe vous envoie la facture bientôt.\n';
    const [f] = run(r, text);
    assert.ok(f);
    assert.equal(text.slice(f.span.start, f.span.end), 'bientôt');
    const fix = f.fixes![0]!;
    assert.equal(fix.snippet, true);
    assert.equal(fix.safe, false);
    assert.equal(fix.text, "d'ici le ${1:jeudi 26 novembre}");
    assert.match(f.message.en, /by Thursday 26 November/);
    assert.match(f.message.fr, /jeudi 26 novembre/);
    const [g] = run(r, '---\ndate: 2026-11-25\nlang: en\n---\nI will send it soon.\n');
    assert.equal(g!.fixes![0]!.text, 'by ${1:Monday 30 November}', 'skips the weekend');
  });

  it('checks both languages in a note that mixes them', () => {
    const text = 'Hello Paul, the site is almost ready and we will send the final version soon. We fixed the login bug yesterday.\n\n'
      + 'Bonjour Paul, le site est presque prêt et nous vous enverrons la version finale prochainement. Nous avons corrigé le bug de connexion hier.\n';
    assert.deepEqual(flagged(r, text), ['soon', 'prochainement']);
  });
});
