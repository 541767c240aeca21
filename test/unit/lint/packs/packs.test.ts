// Phrase packs: each pack's examples run through its rule (in a note of the pack's language), and
// the compiler's frames behave as docs/packs.md says: roles, stems, either order, bounded gaps,
// negation, hypothesis, antiphrases, clear errors for a bad pack.
import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintNote, isLiaisonMessage } from '../../../../src/core/lint/engine.js';
import { PACK_DATA } from '../../../../src/core/lint/packs/generated.js';
import { CompiledPack } from '../../../../src/core/lint/packs/compile.js';
import type { PackData } from '../../../../src/core/lint/packs/types.js';
import { normalizeText } from '../../../../src/core/lint/text/normalize.js';
import { readPack } from '../../../../scripts/gen-packs.js';

const clock = { now: () => new Date(2026, 10, 20) };
const findings = (rule: string, lang: string, sentence: string) => lintNote(`---\nlang: ${lang}\n---\n\n${sentence}\n`, { clock })
  .messages.filter(isLiaisonMessage).filter((m) => m.liaison.ruleId === rule);

describe('phrase packs: examples', () => {
  for (const p of PACK_DATA) {
    it(`${p.rule} (${p.lang}): fires on its invalid examples, silent on its valid ones`, () => {
      const problems: string[] = [];
      for (const s of p.examples.invalid) if (!findings(p.rule, p.lang, s).length) problems.push(`missed: ${s}`);
      for (const s of p.examples.valid) for (const f of findings(p.rule, p.lang, s)) problems.push(`false alarm "${f.reason}": ${s}`);
      assert.deepEqual(problems, []);
      assert.ok(p.examples.invalid.length >= 2 && p.examples.valid.length >= 2, 'a pack needs at least two examples of each kind');
    });
  }
});

function packOf(over: Partial<PackData>): CompiledPack {
  return new CompiledPack({ rule: 't', lang: 'en', source: 'test.yaml', classes: {}, roles: {}, phrases: [], frames: [], antiphrases: [],
    groups: {}, examples: { invalid: [], valid: [] }, rewrites: [], ...over });
}
const texts = (p: CompiledPack, s: string) => p.find({ plain: s, norm: normalizeText(s) }, 0).map((m) => m.text);

describe('phrase packs: compiler', () => {
  const en = packOf({
    classes: { det: ['the', 'our'], who: ['host', 'designer', 'back-end developer'], fault: ['break', 'broken', 'overlook'] },
    roles: { them: '{det}? {who}' },
    frames: [{ who: 'them', does: 'fault', within: 3 }],
  });

  it('matches a role and a predicate by stem, in either order, across an aside', () => {
    assert.deepEqual(texts(en, 'The designer overlooked the spec change.'), ['The designer overlooked']);
    assert.deepEqual(texts(en, 'It was, frankly, broken by our host.'), ['broken by our host']);
    assert.deepEqual(texts(en, 'Our back-end developer quietly breaks it.'), ['Our back-end developer quietly breaks']);
  });

  it('reads a relative clause opened right after the role as the role\'s', () => {
    assert.deepEqual(texts(en, 'We rely on our host, who breaks the form.'), ['our host, who breaks']);
    assert.deepEqual(texts(en, 'Our host is fine, but the update breaks it.'), []);
  });

  it('keeps the gap bounded and the clause closed', () => {
    assert.deepEqual(texts(en, 'Our host restored the copy that the last update of the plugin broke.'), []);
    assert.deepEqual(texts(en, 'The host is fine; the update broke it.'), []);
  });

  it('skips negated predicates and open hypotheses', () => {
    assert.deepEqual(texts(en, 'The host did not break anything.'), []);
    assert.deepEqual(texts(en, 'If the host breaks the site, we restore it.'), []);
  });

  it('reads a possibility as no fact, and skips a comma aside in the gap', () => {
    assert.deepEqual(texts(en, 'There is a risk that the host breaks the form during the update.'), []);
    assert.deepEqual(texts(en, 'The host may break the form during the update.'), []);
    assert.deepEqual(texts(en, 'The host, as usual, again, overlooked the form.'), ['The host, as usual, again, overlooked']);
  });

  it('finds the spoken French forms of a standard pack line', () => {
    const p = packOf({ lang: 'fr', phrases: ["(ce n'est|c'est) pas (de)? (ma|notre) faute", 'je ne pouvais pas savoir'] });
    assert.deepEqual(texts(p, "C'est pas d'notre faute."), ["C'est pas d'notre faute"]);
    assert.deepEqual(texts(p, "J'pouvais pas savoir."), ["J'pouvais pas savoir"]);
    assert.deepEqual(texts(p, 'Je ne pouvais pas savoir.'), ['Je ne pouvais pas savoir']);
    const tu = packOf({ lang: 'fr', phrases: ['tu as oublié'] });
    assert.deepEqual(texts(tu, "T'as oublié."), ["T'as oublié"]);
  });

  it('matches an omission only when negated, with negated: only', () => {
    const p = packOf({ ...en.data, classes: { ...en.data.classes, omit: ['test', 'deliver'] }, frames: [{ who: 'them', does: 'omit', within: 3, negated: 'only' }] });
    assert.deepEqual(texts(p, 'The designer did not test the form.'), ['The designer did not test']);
    assert.deepEqual(texts(p, 'Our host never delivered the copy.'), ['Our host never delivered']);
    assert.deepEqual(texts(p, 'The designer tested the form.'), []);
  });

  it('reads an omission only when its negation follows the role, with negated: only', () => {
    const p = packOf({ lang: 'fr', classes: { omis: ['prévenu', 'transmis'] }, frames: [{ who: 'client', does: 'omis', within: 4, negated: 'only' }] });
    assert.deepEqual(texts(p, "Vous ne m'avez pas prévenu."), ["Vous ne m'avez pas prévenu"]);
    assert.deepEqual(texts(p, 'Toutes mes excuses de ne pas vous avoir prévenu plus tôt.'), []);
    const en = packOf({ classes: { omit: ['send', 'sent'] }, frames: [{ who: 'client', does: 'omit', within: 4, negated: 'only' }] });
    assert.deepEqual(texts(en, 'You never sent the logo.'), ['You never sent']);
  });

  it('leaves the writer\'s own fault alone, with unless: writer', () => {
    const p = packOf({ ...en.data, frames: [{ who: 'them', does: 'fault', within: 3, unless: 'writer' }] });
    assert.deepEqual(texts(p, 'I overlooked what the designer sent.'), []);
    assert.deepEqual(texts(p, 'The designer said we overlooked it.'), []);
    assert.deepEqual(texts(p, 'We think the designer overlooked it.'), ['the designer overlooked']);
    assert.deepEqual(texts(p, 'We were, sadly, broken by our host.'), ['broken by our host']);
    const fr = new CompiledPack({ ...p.data, lang: 'fr', classes: { det: ['le', "l'"], who: ['graphiste', 'livreur'], fault: ['oublié', 'trompé', 'perdu'] } });
    assert.deepEqual(texts(fr, "J'ai oublié de prévenir le graphiste."), []);
    assert.deepEqual(texts(fr, 'Nous nous sommes trompés, pas le graphiste.'), []);
    assert.deepEqual(texts(fr, 'Le livreur nous a perdu un colis.'), ['Le livreur nous a perdu']);
  });

  it('keeps an intensifier in its clause: "so late", « bien trop »', () => {
    const p = packOf({ classes: { late: ['late'] }, frames: [{ who: 'client', does: 'late', within: 4 }] });
    assert.deepEqual(texts(p, 'Your texts came so late.'), ['Your texts came so late']);
    assert.deepEqual(texts(p, 'You asked, so we came late.'), []);
    const fr = packOf({ lang: 'fr', classes: { petit: ['trop petites'] }, frames: [{ who: 'client', does: 'petit', within: 4 }] });
    assert.deepEqual(texts(fr, 'Vos photos étaient bien trop petites.'), ['Vos photos étaient bien trop petites']);
  });

  it('reads French vous before another subject\'s verb as an object, and splits hyphenated entries', () => {
    const fr = packOf({ lang: 'fr', classes: { bad: ['abîmé'] }, frames: [{ who: 'client', does: 'bad', within: 4 }] });
    assert.deepEqual(texts(fr, 'Vous avez abîmé le colis.'), ['Vous avez abîmé']);
    assert.deepEqual(texts(fr, 'Le livreur vous a abîmé le colis.'), []);
    assert.deepEqual(texts(fr, "Le livreur vous l'a abîmé."), []);
    const p = packOf({ ...en.data, classes: { ...en.data.classes, booked: ['double-booked'] }, frames: [{ who: 'them', does: 'booked', within: 3 }] });
    assert.deepEqual(texts(p, 'The host double-booked the room.'), ['The host double-booked']);
  });

  it('reads French vous after the writer as an object: « je vous prie », « nous vous remercions »', () => {
    const fr = packOf({ lang: 'fr', classes: { late: ['tardif', 'tardive'] }, frames: [{ who: 'client', does: 'late', within: 4 }] });
    assert.deepEqual(texts(fr, 'Votre réponse tardive a tout décalé.'), ['Votre réponse tardive']);
    assert.deepEqual(texts(fr, "Je vous prie d'excuser ma réponse tardive."), []);
    assert.deepEqual(texts(fr, 'Nous ne vous avons pas envoyé de réponse tardive.'), []);
  });

  it('reads a role after to/for, à/pour as an object, not who acts, unless a relative follows', () => {
    assert.deepEqual(texts(en, 'I sent the draft to our designer and it breaks the layout.'), []);
    assert.deepEqual(texts(en, 'I sent the draft to our designer, who breaks the layout.'), ['our designer, who breaks']);
    assert.deepEqual(texts(en, 'It was broken by our host.'), ['broken by our host']);
    const fr = packOf({ lang: 'fr', classes: { gone: ['supprimé'] }, frames: [{ who: 'client', does: 'gone', within: 4 }] });
    assert.deepEqual(texts(fr, "J'ai transféré le domaine à ton adresse, et supprimé mon accès."), []);
    assert.deepEqual(texts(fr, 'Ton équipe a supprimé mon accès.'), ['Ton équipe a supprimé']);
  });

  it('leaves "how to" (« comment » + infinitive) alone: it is taught, not done', () => {
    assert.deepEqual(texts(en, 'The video shows our designer how to break the grid on purpose.'), []);
    assert.deepEqual(texts(en, 'Our designer breaks the grid.'), ['Our designer breaks']);
    const fr = packOf({ lang: 'fr', classes: { block: ['bloquer', 'bloqué'] }, frames: [{ who: 'client', does: 'block', within: 4 }] });
    assert.deepEqual(texts(fr, 'Le guide montre à votre équipe comment bloquer les congés.'), []);
    assert.deepEqual(texts(fr, 'Votre équipe a bloqué les congés.'), ['Votre équipe a bloqué']);
  });

  it('reads "nobody\'s fault" as a negation', () => {
    const p = packOf({ ...en.data, classes: { ...en.data.classes, blame: ['fault'] }, frames: [{ who: 'them', does: 'blame', within: 3 }] });
    assert.deepEqual(texts(p, "It is nobody's fault that our host was slow."), []);
    assert.deepEqual(texts(p, 'It is the fault that our host made.'), ['fault that our host']);
  });

  it('leaves an action inside someone\'s report alone', () => {
    assert.deepEqual(texts(en, 'The designer says it was overlooked.'), []);
    assert.deepEqual(texts(en, 'Our host thinks the form breaks on phones.'), []);
    assert.deepEqual(texts(en, 'The designer overlooked it, as he says.'), ['The designer overlooked']);
  });

  it('reads past a name or noun phrase in apposition, in phrases and frames', () => {
    assert.deepEqual(texts(en, 'It was our designer, Kevin, who overlooked the form.'), ['our designer, Kevin, who overlooked']);
    assert.deepEqual(texts(en, 'Our host — an agency in Leeds — quietly breaks the form.'), ['Our host — an agency in Leeds — quietly breaks']);
    assert.deepEqual(texts(en, 'Our designer Sarah overlooked the spec change.'), ['Our designer Sarah overlooked']);
    assert.deepEqual(texts(en, 'Our host (OVH) sadly breaks the form.'), ['Our host (OVH) sadly breaks']);
    // A clause between commas is no apposition: its own subject breaks the frame as before.
    assert.deepEqual(texts(en, 'Our host, it seems, was fine; the update breaks it.'), []);
    const p = packOf({ classes: { who: ['designer'] }, roles: { them: 'our {who}' }, phrases: ["(it was|it's) {them} who (broke|deleted)"] });
    assert.deepEqual(texts(p, 'It was our designer, the new one, who deleted it.'), ['It was our designer, the new one, who deleted']);
    const fr = new CompiledPack({ ...en.data, lang: 'fr', classes: { det: ['mon', 'le'], who: ['stagiaire', 'sous-traitant'], fault: ['modifié', 'livré en retard'] } });
    assert.deepEqual(texts(fr, "C'est mon stagiaire, Kévin, qui a modifié le fichier."), ['mon stagiaire, Kévin, qui a modifié']);
    assert.deepEqual(texts(fr, 'Le sous-traitant — une agence de Lyon — a livré en retard.'), ['Le sous-traitant — une agence de Lyon — a livré en retard']);
  });

  it('reads a relative on the role as the role\'s, then its main verb', () => {
    assert.deepEqual(texts(en, 'Our designer, who was due on Monday, has broken the form.'), ['Our designer, who was due on Monday, has broken']);
    assert.deepEqual(texts(en, 'The designer who runs our blog has broken the form.'), ['The designer who runs our blog has broken']);
    assert.deepEqual(texts(en, 'Our host, who answered quickly, restored what the update breaks.'), []);
    const fr = new CompiledPack({ ...en.data, lang: 'fr', classes: { det: ['le', 'mon'], who: ['gars', 'prestataire'], fault: ['coupé', 'planté'] } });
    assert.deepEqual(texts(fr, "Le gars qui s'occupe du réseau a coupé l'accès."), ["Le gars qui s'occupe du réseau a coupé"]);
    assert.deepEqual(texts(fr, 'Le prestataire, qui devait livrer lundi, a planté.'), ['Le prestataire, qui devait livrer lundi, a planté']);
    const client = packOf({ classes: { bad: ['broke'] }, frames: [{ who: 'client', does: 'bad', within: 4 }] });
    assert.deepEqual(texts(client, 'Your team, who had been trained, broke the layout.'), ['Your team, who had been trained, broke']);
  });

  it('leaves a cleft on the writer alone, with unless: writer', () => {
    const p = packOf({ ...en.data, frames: [{ who: 'them', does: 'fault', within: 4, unless: 'writer' }] });
    assert.deepEqual(texts(p, 'It was me who overlooked it, not the designer.'), []);
    assert.deepEqual(texts(p, 'It was the designer who overlooked it.'), ['the designer who overlooked']);
    const fr = new CompiledPack({ ...p.data, lang: 'fr', classes: { det: ['le', "l'"], who: ['intégrateur'], fault: ['trompé'] } });
    assert.deepEqual(texts(fr, "C'est moi qui me suis trompé de version, pas l'intégrateur."), []);
    assert.deepEqual(texts(fr, "C'est l'intégrateur qui s'est trompé."), ["l'intégrateur qui s'est trompé"]);
  });

  it('reads a lone * as exactly one word', () => {
    const p = packOf({ phrases: ['our * office'] });
    assert.deepEqual(texts(p, 'Our London office called.'), ['Our London office']);
    assert.deepEqual(texts(p, 'Our office called.'), []);
  });

  it('drops a match overlapping an antiphrase', () => {
    const p = packOf({ classes: { soon: ['soon', 'shortly'] }, phrases: ['{soon}'], antiphrases: ['get well soon'] });
    assert.deepEqual(texts(p, 'We will ship it soon.'), ['soon']);
    assert.deepEqual(texts(p, 'Get well soon!'), []);
  });

  it('reads French elisions and spoken forms', () => {
    const fr = new CompiledPack({ ...en.data, lang: 'fr', classes: { det: ['le', "l'"], who: ['hébergeur', 'graphiste'], fault: ['planté', 'oublié'] } });
    assert.deepEqual(texts(fr, "L'hébergeur s'est complètement planté."), ["L'hébergeur s'est complètement planté"]);
    assert.deepEqual(texts(fr, 'Le graphiste a oublie la maquette.'), ['Le graphiste a oublie']);
    assert.deepEqual(texts(fr, "Le graphiste n'a rien oublié."), []);
  });

  it('tells the pack author what is wrong, with the file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-'));
    mkdirSync(join(dir, 'en'));
    const write = (body: string) => { writeFileSync(join(dir, 'en', 'x.yaml'), `rule: x\nlang: en\n${body}`); return join(dir, 'en', 'x.yaml'); };
    assert.throws(() => readPack(write('phrases:\n  - "{nope} later"\n'), 'en', 'x'), /x\.yaml: .*\{nope\} is neither a class nor a role/);
    assert.throws(() => readPack(write('phrases:\n  - "soon[a-z]+"\n'), 'en', 'x'), /words, not regex/);
    assert.throws(() => readPack(write('examples:\n  valid:\n    - Note: fine\n'), 'en', 'x'), /double quotes/);
    assert.throws(() => readPack(write('frases:\n  - soon\n'), 'en', 'x'), /unknown section "frases"/);
  });
});
