import { describe, expect, it } from 'vitest';
import { run } from '../helpers';

// clause/rules/companions.ts and companion-party.ts: "accompanied by" puts the companions on the trip.
describe('people accompanying a traveller are on the visit', () => {
  it.each([
    ['en', 'Keir Starmer will travel to Washington on Tuesday, accompanied by David Lammy and Rachel Reeves.', 'visit 2026-03-03..2026-03-03 Washington scheduled David Lammy + Keir Starmer + Rachel Reeves'],
    ['it', 'Sergio Mattarella sarà martedì a Parigi, accompagnato da Antonio Tajani.', 'visit 2026-03-03..2026-03-03 Paris scheduled Antonio Tajani + Sergio Mattarella'],
    ['fr', 'Emmanuel Macron se rendra mardi à Berlin, accompagné de Jean-Noël Barrot.', 'visit 2026-03-03..2026-03-03 Berlin scheduled Emmanuel Macron + Jean-Noël Barrot'],
    ['de', 'Friedrich Merz reist am Dienstag nach Rom, begleitet von Johann Wadephul.', 'visit 2026-03-03..2026-03-03 Rome scheduled Friedrich Merz + Johann Wadephul'],
    ['es', 'Pedro Sánchez viajará el martes a Roma, acompañado por José Manuel Albares.', 'visit 2026-03-03..2026-03-03 Rome scheduled José Manuel Albares + Pedro Sánchez'],
  ] as const)('%s', (lang, text, visit) => {
    expect(run(text, '2026-03-02', lang)).toEqual([visit]);
  });
});

describe('companions told in a sentence of their own, by a pronoun for the traveller', () => {
  it.each([
    ['es', 'El presidente Gustavo Petro llegó el lunes a Madrid. Le acompañan la canciller Laura Sarabia y el ministro de Hacienda, Ricardo Bonilla.', 'Gustavo Petro + Laura Sarabia + Ricardo Bonilla'],
    ['fr', "Le président Emmanuel Macron est arrivé lundi à Tokyo. L'accompagnent son épouse Brigitte et le ministre Jean-Noël Barrot.", 'Brigitte Macron + Emmanuel Macron + Jean-Noël Barrot'],
  ] as const)('%s', (lang, text, party) => {
    expect(run(text, '2024-06-04', lang)).toEqual([`visit 2024-06-03..2024-06-03 ${lang === 'es' ? 'Madrid' : 'Tokyo'} held ${party}`]);
  });
});
