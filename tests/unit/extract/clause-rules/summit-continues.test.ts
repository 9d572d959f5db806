import { describe, expect, it } from 'vitest';
import { run } from '../helpers';

// clause/rules/summit-continues.ts: "the work continues on Friday" runs the open summit to Friday.
describe('a summit whose work continues runs to that day', () => {
  it.each([
    ['en', 'EU leaders gathered in Brussels on Thursday for a summit attended by Ursula von der Leyen, António Costa and Friedrich Merz. Talks continue on Friday.', 'António Costa + Friedrich Merz + Ursula von der Leyen'],
    ['fr', "Le sommet européen s'est ouvert jeudi à Bruxelles en présence d'Emmanuel Macron et de Friedrich Merz. Les travaux se poursuivent vendredi.", 'Emmanuel Macron + Friedrich Merz'],
    ['it', 'Il vertice europeo si è aperto giovedì a Bruxelles alla presenza di Giorgia Meloni e Friedrich Merz. I lavori proseguono venerdì.', 'Friedrich Merz + Giorgia Meloni'],
  ] as const)('%s', (lang, text, attendees) => {
    expect(run(text, '2026-03-05', lang)).toEqual([`summit 2026-03-05..2026-03-06 Brussels scheduled ${attendees}`]);
  });
});

describe('a summit that opens on one day and closes on another spans them', () => {
  it.each([
    ['fr', 'Le 5ème sommet afro-européen s’est ouvert depuis mercredi 29 novembre, à Abidjan, et sera clos de jeudi 30. Angela Merkel et Emmanuel Macron y participent.', 'Angela Merkel + Emmanuel Macron'],
    ['it', 'Il vertice si è aperto mercoledì 29 novembre ad Abidjan e si chiuderà giovedì 30. Partecipano Angela Merkel ed Emmanuel Macron.', 'Angela Merkel + Emmanuel Macron'],
  ] as const)('%s', (lang, text, attendees) => {
    expect(run(text, '2017-11-30', lang)).toEqual([`summit 2017-11-29..2017-11-30 Abidjan scheduled ${attendees}`]);
  });
});
