// Client emails into the log: the new text only (quoted history trimmed, EN and FR mail clients),
// the Date header's own offset, direction from the profile, fixtures in several encodings.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newText } from '../../../src/core/mail/quoted.js';
import { htmlToText } from '../../../src/core/mail/html-text.js';
import { directionOf, emailRecord, parseEmail, rfc5322ToIso } from '../../../src/core/mail/import.js';
import { inputProblems } from '../../../src/core/log/record.js';

const MAIL = join(__dirname, '../../fixtures/mail');
const PROFILE = { client: { name: 'Boulangerie Tremblay' }, freelancer: { name: 'Alex', email: 'Alex@Cote.example' } };

describe('mail: import an email into the log', () => {
  it('trims the quoted history of Gmail, Apple Mail, Outlook (EN and FR) and signatures', () => {
    assert.equal(newText('Sounds good.\n\nOn Tue, Dec 1, 2026 at 9:30 AM Alex <a@b.example>\nwrote:\n> old'), 'Sounds good.');
    assert.equal(newText('D’accord.\n\nLe mar. 1 déc. 2026 à 09:30, Alex <a@b.example> a écrit :\n> ancien'), 'D’accord.');
    assert.equal(newText('OK for me.\r\n\r\n-----Original Message-----\r\nFrom: Alex\r\nSent: Monday\r\n\r\nold text'), 'OK for me.');
    assert.equal(newText('Très bien.\n\n________________________________\nDe : Alex <a@b.example>\nEnvoyé : lundi 30 novembre 2026 17:20\nObjet : Devis'), 'Très bien.');
    assert.equal(newText('Yes.\nFrom: Alex <a@b.example>\nSent: Monday, November 30, 2026 5:20 PM\nTo: Sam'), 'Yes.');
    assert.equal(newText('Inline reply:\n> your question\nmy answer\n\n-- \nSam Carter\nNorthwind'), 'Inline reply:\nmy answer');
    assert.equal(newText('From: the start, the plan was fine.\nThanks'), 'From: the start, the plan was fine.\nThanks', 'a sentence starting with "From:" is not a header block');
  });

  it('reads an HTML-only body without its gmail_quote or blockquote', () => {
    assert.equal(htmlToText('<div><p>Go ahead&nbsp;with B &amp; C.</p><p>Sam</p></div><div class="gmail_quote">On … wrote:<blockquote>old</blockquote></div>'), 'Go ahead\u00a0with B & C.\nSam');
    assert.equal(htmlToText('<p>Merci&#8239;!</p><blockquote>ancien</blockquote>'), 'Merci\u202f!');
  });

  it('keeps the Date header\'s offset, and understands zone names', () => {
    assert.equal(rfc5322ToIso('Tue, 1 Dec 2026 11:02:04 -0500'), '2026-12-01T11:02:04-05:00');
    assert.equal(rfc5322ToIso('2 Dec 2026 08:47 +0100 (CET)'), '2026-12-02T08:47:00+01:00');
    assert.equal(rfc5322ToIso('Mon, 30 Nov 26 22:14:09 GMT'), '2026-11-30T22:14:09+00:00');
    assert.equal(rfc5322ToIso('yesterday'), undefined);
  });

  it('parses the fixtures (quoted-printable, base64, ISO-8859-1, HTML-only) into valid records', async () => {
    for (const [file, from, direction, words] of [
      ['en-reply-quoted-printable.eml', 'sam@northwind.example', 'from-client', /^Hi Alex,[\s\S]*board meets on the 7th\.\n\nSam$/],
      ['fr-reponse-base64.eml', 'julie@boulangerie.example', 'from-client', /^Bonjour Alex,[\s\S]*Julie$/],
      ['fr-outlook-iso-8859-1.eml', 'marc@dufresne.example', 'from-client', /^Bonjour,\n\nNous n'avons toujours pas reçu la facture[\s\S]*Cabinet Dufresne$/],
      ['en-html-only.eml', 'sam@northwind.example', 'from-client', /^Hi Alex,\nApproved: go ahead with option B \(2 days, €800\)\.\nThanks,\nSam$/],
      ['en-sent-by-me.eml', 'alex@cote.example', 'to-client', undefined],
    ] as const) {
      const bytes = new Uint8Array(readFileSync(join(MAIL, file)));
      const p = await parseEmail(bytes);
      assert.equal(p.email.from, from, file);
      assert.equal(directionOf(p.email, PROFILE), direction, file);
      const rec = emailRecord(p, PROFILE);
      assert.deepEqual(inputProblems(rec), [], file);
      if (words) assert.match(rec.quotes![0]!, words, file);
      else assert.equal(rec.quotes, undefined, 'my own email is not "the client\'s words"');
      assert.match(p.email.file, /^mail\/[0-9a-f]{64}\.eml$/);
    }
  });

  it('refuses what is not an email, saying what it expects', async () => {
    await assert.rejects(parseEmail(new TextEncoder().encode('just some text')), /no From address: is it an \.eml file/);
    await assert.rejects(parseEmail(new TextEncoder().encode('From: a@b.example\r\nSubject: x\r\n\r\nbody')), /no Message-ID header/);
  });
});
