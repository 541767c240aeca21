// The note as the client receives it (text, HTML, .eml draft), EN and FR. The draft is read back
// with a real MIME parser (postal-mime), as a mail client would.
import { strict as assert } from 'node:assert';
import PostalMime from 'postal-mime';
import { renderClientNote } from '../../../src/core/send/render.js';
import { draftFromNote } from '../../../src/core/send/draft.js';
import { encodedWords, headerText, mailtoUrl } from '../../../src/core/send/eml.js';

const FR = `---
type: status
lang: fr
title: Point hebdomadaire
status: draft
---
<!-- liaison-disable vague-timing -->
# Point hebdomadaire

Bonjour Julie,

Voici **où en est** le projet [la boutique](https://boutique.example) <!-- à vérifier --> et [ceci](javascript:alert(1)) <img src=x onerror=alert(1)>.

## Fait cette semaine

- Maquette « accueil »
- Panier

## Notes internes

Ne pas parler du retard du sous-traitant.

### Détail interne

Toujours interne.

## Prochain contact

Vous recevrez le prochain point le mardi 8 décembre.
`;

const EN = `---
type: status
lang: en
---
# Weekly update

Hello Sam,

| Option | Cost |
|---|---|
| A | 2 days |

## Internal notes

Sam pays late.

## Next contact

Friday 4 December.
`;

const PROFILE = { client: { name: 'Boulangerie Tremblay', contact: 'Julie Tremblay-Lefèvre', email: 'julie@boulangerie.example' },
  project: 'Site', freelancer: { name: 'Alex Côté', email: 'alex@cote.example' } };

describe('send: the note as the client receives it', () => {
  it('drops front matter, comments, internal sections and the title (it becomes the subject), FR', () => {
    const n = renderClientNote(FR);
    assert.equal(n.title, 'Point hebdomadaire');
    assert.deepEqual(n.omitted, ['Notes internes']);
    assert.doesNotMatch(n.text, /status: draft|liaison-disable|à vérifier|sous-traitant|Toujours interne|^Point hebdomadaire/m);
    assert.match(n.text, /^Bonjour Julie,\n\nVoici où en est le projet la boutique \(https:\/\/boutique\.example\) +et ceci/);
    assert.match(n.text, /\n- Maquette « accueil »\n- Panier\n/);
    assert.match(n.text, /Prochain contact\n\nVous recevrez le prochain point le mardi 8 décembre\.\n$/);
  });

  it('HTML: escaped, no raw HTML or script link from the note, EN table kept', () => {
    const fr = renderClientNote(FR).html;
    assert.match(fr, /^<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Point hebdomadaire<\/title>/);
    assert.match(fr, /<strong>où en est<\/strong>/);
    assert.doesNotMatch(fr, /javascript:|onerror|<img|sous-traitant/);
    const en = renderClientNote(EN);
    assert.equal(en.title, 'Weekly update');
    assert.match(en.html, /<table>[\s\S]*<td>2 days<\/td>/);
    assert.match(en.text, /Option \| Cost\nA \| 2 days/);
    assert.doesNotMatch(en.text + en.html, /pays late/);
  });

  it('eml: an unsent draft a MIME parser reads back, accents intact in To and Subject', async () => {
    const d = draftFromNote(FR.replace('title: Point hebdomadaire', 'title: "Point hebdomadaire : l’équipe a livré la maquette « accueil » et le panier"'), PROFILE, new Date(2026, 11, 1, 9, 30));
    assert.match(d.eml, /^From: =\?UTF-8\?B\?[^\r\n]+\?=\r\n <alex@cote\.example>\r\nTo: =\?UTF-8\?B\?/);
    assert.match(d.eml, /\r\nX-Unsent: 1\r\nMIME-Version: 1\.0\r\nContent-Type: multipart\/alternative; boundary="/);
    for (const line of d.eml.split('\r\n')) assert.ok(line.length <= 78, `line too long: ${line}`);
    const mail = await PostalMime.parse(d.eml);
    assert.equal(mail.subject, 'Point hebdomadaire : l’équipe a livré la maquette « accueil » et le panier');
    assert.deepEqual(mail.to?.map(a => [a.name, a.address]), [['Julie Tremblay-Lefèvre', 'julie@boulangerie.example']]);
    assert.equal(mail.text?.replace(/\r\n/g, '\n'), d.note.text);
    assert.match(mail.html ?? '', /<li>Maquette « accueil »<\/li>/);
    assert.equal(mail.headers.find(h => h.key === 'x-unsent')?.value, '1');
  });

  it('eml without a client email has no To (the mail client asks), and mailto: is the fallback', () => {
    const d = draftFromNote(EN, { client: { name: 'Sam' } }, new Date(2026, 11, 1));
    assert.doesNotMatch(d.eml, /^To:/m);
    assert.deepEqual(d.to, []);
    assert.match(mailtoUrl(['sam@example.com'], 'Weekly update', 'Hello Sam,\nbye'), /^mailto:sam%40example\.com\?subject=Weekly%20update&body=Hello%20Sam%2C%0D%0Abye$/);
  });

  it('RFC 2047: ASCII stays plain; encoded words stay under 76 characters and never split a character', () => {
    assert.equal(headerText('Weekly update'), 'Weekly update');
    const words = encodedWords('é'.repeat(40) + '😀');
    for (const w of words) assert.ok(w.length <= 75, w);
    const decoded = words.map(w => new TextDecoder().decode(Uint8Array.from(atob(w.slice(10, -2)), c => c.charCodeAt(0)))).join('');
    assert.equal(decoded, 'é'.repeat(40) + '😀');
  });
});
