import { strict as assert } from 'node:assert';
import rule from '../../../../src/core/lint/rules/shouting.js';
import type { LintRule } from '../../../../src/core/lint/types.js';
import { flagged, run } from '../text/helpers.js';

const r = rule as unknown as LintRule;
const en = (t: string) => flagged(r, `${t}\n`, { lang: 'en' });
const fr = (t: string) => flagged(r, `${t}\n`, { lang: 'fr' });

describe('rule shouting', () => {
  it('flags capitals and piled-up punctuation, once per sentence', () => {
    assert.deepEqual(en('Please do NOT touch the server.'), ['NOT']);
    assert.deepEqual(en('I NEED THE TEXTS TODAY.'), ['I NEED THE TEXTS TODAY.']);
    assert.deepEqual(en('This is IMPORTANT!!!'), ['IMPORTANT!!!']);
    assert.deepEqual(en('Really?!'), ['?!']);
    assert.deepEqual(fr('Merci de ne RIEN toucher.'), ['RIEN']);
    assert.deepEqual(fr('Le site est encore en panne !!'), ['!!']);
    assert.deepEqual(fr("C'est quoi ce bazar ???"), ['???']);
  });

  it('leaves acronyms, identifiers, code and capitalised surnames alone', () => {
    assert.deepEqual(en('The API, DNS and SSL are fine; the PDF is attached.'), []);
    assert.deepEqual(en('We fixed ERR_CONNECTION_RESET and `MAX_RETRIES`.'), []);
    assert.deepEqual(en('The GDPR page is live. Thanks!'), []);
    assert.deepEqual(fr('Bonjour Mme LEROY, la facture TTC et la TVA sont jointes.'), []);
    assert.deepEqual(fr('Rendez-vous avec Jean MARTIN jeudi.'), []);
    assert.deepEqual(fr('Merci beaucoup !'), []);
  });

  it('reads "!!" after thanks or praise as joy, three marks and requests as loud', () => {
    assert.deepEqual(en('Congrats on the first week of bookings!!'), []);
    assert.deepEqual(fr('Le site est enfin en ligne !!'), []);
    assert.deepEqual(en('Congrats on the first week of bookings!!!'), ['!!!']);
    assert.deepEqual(fr('Merci de me répondre !!'), ['!!']);
    assert.deepEqual(en('Thanks for NOTHING!!'), ['NOTHING!!']);
  });

  it('reads a label on screen, a setting\'s value and capitals said to be meant as quoted', () => {
    assert.deepEqual(en('The button now reads BOOK A TABLE.'), []);
    assert.deepEqual(fr('Le bouton affiche RÉSERVER UNE TABLE.'), []);
    assert.deepEqual(en('Set SHOP_OPEN to OFF before the holidays.'), []);
    assert.deepEqual(en('The banner says SUMMER SALE in capitals, as in your brand guide.'), []);
    assert.deepEqual(fr('ÉCRIRE TOUT EN MAJUSCULES, C\'EST CRIER.'), ['ÉCRIRE TOUT EN MAJUSCULES, C\'EST CRIER.']);
    assert.deepEqual(en('The button reads BOOK NOW but PLEASE STOP CHANGING IT.'), ['PLEASE STOP CHANGING']);
  });

  it('takes short table cells in capitals as a header style, not as shouting', () => {
    const table = '| OPTION | COST | DELAY |\n|---|---|---|\n| A. Patch now | 200 € | 2 days |\n\nPlease do NOT touch the server!!\n';
    assert.deepEqual(flagged(r, table, { lang: 'en' }), ['NOT touch the server!!']);
  });

  it('honours allowed words', () => {
    assert.deepEqual(flagged(r, 'We host on SCALEWAY.\n', { lang: 'en' }, { allow: ['SCALEWAY'] }), []);
    assert.deepEqual(flagged(r, 'We host on SCALEWAY.\n', { lang: 'en' }), ['SCALEWAY']);
  });

  it('offers a rewrite: safe for punctuation, unsafe for case', () => {
    const [p] = run(r, 'The site is live!!!\n', { lang: 'en' });
    assert.deepEqual({ text: p!.fixes![0]!.text, safe: p!.fixes![0]!.safe }, { text: '!', safe: true });
    const [c] = run(r, 'I NEED THE TEXTS TODAY.\n', { lang: 'en' });
    assert.deepEqual({ text: c!.fixes![0]!.text, safe: c!.fixes![0]!.safe }, { text: 'I need the texts today.', safe: false });
    const [f] = run(r, 'Merci de NE RIEN TOUCHER sur le serveur !!\n', { lang: 'fr' });
    assert.equal(f!.fixes![0]!.text, 'ne rien toucher sur le serveur !');
  });

  it('ignores the client\'s words', () => {
    assert.deepEqual(flagged(r, '> THIS IS UNACCEPTABLE!!!\n\nI understand your frustration.\n'), []);
    // Straight quotes cut by the sentence splitter at their own "!!!" or full stops.
    assert.deepEqual(en('The alert said "SERVER DOWN!!! CALL NOW", and it is fixed.'), []);
    assert.deepEqual(en('Your slogan "Fresh. Local. NOW." is in the header.'), []);
    assert.deepEqual(en('You wrote "urgent" and I say STOP NOW.'), ['STOP NOW']);
    // An inch mark opens no quote: the next sentence is still read.
    assert.deepEqual(flagged(r, 'The 27" screen shows it. PLEASE DO NOT UNPLUG IT.\n', { lang: 'en' }), ['PLEASE DO NOT UNPLUG IT.']);
  });
});
