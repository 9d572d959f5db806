import { describe, expect, it } from 'vitest';
import { run } from '../helpers';

// clause/rules/return-home.ts: the day of going home ends the stay the day before.
describe('going home ends the stay', () => {
  it.each([
    ['it', 'Sergio Mattarella è arrivato ieri a Tokyo. Rientrerà a Roma giovedì.', 'Sergio Mattarella'],
    ['en', 'Keir Starmer arrived in Tokyo on Sunday. He returns to London on Thursday.', 'Keir Starmer'],
    ['fr', 'Emmanuel Macron est arrivé dimanche à Tokyo. Il rentrera à Paris jeudi.', 'Emmanuel Macron'],
    ['de', 'Friedrich Merz ist am Sonntag in Tokio eingetroffen. Er kehrt am Donnerstag nach Berlin zurück.', 'Friedrich Merz'],
    ['es', 'Pedro Sánchez llegó el domingo a Tokio. Regresará a Madrid el jueves.', 'Pedro Sánchez'],
  ] as const)('%s', (lang, text, who) => {
    expect(run(text, '2026-03-02', lang)).toEqual([`visit 2026-03-01..2026-03-04 Tokyo scheduled ${who}`]);
  });
});
