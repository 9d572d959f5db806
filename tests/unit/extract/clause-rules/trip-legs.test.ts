import { describe, expect, it } from 'vitest';
import { run } from '../helpers';

// clause/rules/trip-legs.ts and leg-days.ts: who travels where, on which days.
describe('a travel word makes a visit of the person before it to the place after it', () => {
  it.each([
    ['en', 'Friedrich Merz will travel to Paris on Wednesday.', 'visit 2026-03-04..2026-03-04 Paris scheduled Friedrich Merz'],
    ['de', 'Am Mittwoch reist Bundeskanzler Friedrich Merz nach Paris.', 'visit 2026-03-04..2026-03-04 Paris scheduled Friedrich Merz'],
    ['it', 'È arrivato oggi a Roma il presidente Emmanuel Macron.', 'visit 2026-03-02..2026-03-02 Rome held Emmanuel Macron'],
    ['es', 'Pedro Sánchez viaja hoy de Madrid a Lisboa.', 'visit 2026-03-02..2026-03-02 Lisbon scheduled Pedro Sánchez'],
    ['en', 'Emmanuel Macron will be in Berlin from Tuesday to Thursday.', 'visit 2026-03-03..2026-03-05 Berlin scheduled Emmanuel Macron'],
    ['de', 'Frank-Walter Steinmeier besucht Dienstag und Mittwoch Wien.', 'visit 2026-03-03..2026-03-04 Vienna scheduled Frank-Walter Steinmeier'],
  ] as const)('%s: %s', (lang, text, visit) => {
    expect(run(text, '2026-03-02', lang)).toEqual([visit]);
  });

  it('a leading participle has the subject after its comma (fr)', () => {
    expect(run('Arrivé à Rome lundi, Emmanuel Macron sera reçu mardi par Sergio Mattarella.', '2026-03-02', 'fr')).toEqual([
      'visit 2026-03-02..2026-03-03 Rome scheduled Emmanuel Macron',
      'meeting 2026-03-03..2026-03-03 Rome scheduled Emmanuel Macron + Sergio Mattarella',
    ]);
  });
});

// clause/rules/elliptic-legs.ts: "in A on Tuesday and in B on Wednesday" is two stops.
describe('an elided itinerary is one stop per place, each with its day', () => {
  it.each([
    ['es', 'Pedro Sánchez estará en Lisboa el martes y en Oporto el miércoles.', 'Lisbon', 'Porto', 'Pedro Sánchez'],
    ['en', 'Keir Starmer will be in Paris on Tuesday and in Berlin on Wednesday.', 'Paris', 'Berlin', 'Keir Starmer'],
  ] as const)('%s', (lang, text, first, second, who) => {
    expect(run(text, '2026-03-02', lang)).toEqual([`visit 2026-03-03..2026-03-03 ${first} scheduled ${who}`, `visit 2026-03-04..2026-03-04 ${second} scheduled ${who}`]);
  });
});
