import { describe, expect, it } from 'vitest';
import { run } from './helpers';

// Published Tuesday 4 March 2025 in every case.
const TUESDAY = '2025-03-04';

describe('the n-th day of a stay whose days are not told dates the stay back to its first day', () => {
  it.each([
    ['de', 'Präsident Emmanuel Macron traf Ministerpräsident Shigeru Ishiba am zweiten Tag seines Besuchs in Tokio.', '2025-03-03', 'Emmanuel Macron'],
    ['en', 'On the second day of his visit to Tokyo, President Emmanuel Macron met Prime Minister Shigeru Ishiba.', '2025-03-03', 'Emmanuel Macron'],
    ['fr', 'Au deuxième jour de sa visite à Tokyo, le président Emmanuel Macron a rencontré le Premier ministre Shigeru Ishiba.', '2025-03-03', 'Emmanuel Macron'],
    ['es', 'En el segundo día de su visita a Tokio, el rey Felipe VI se reunió con el primer ministro Shigeru Ishiba.', '2025-03-03', 'Felipe VI'],
    ['it', 'Nel terzo giorno della sua visita a Tokyo, il presidente Sergio Mattarella ha incontrato il premier Shigeru Ishiba.', '2025-03-02', 'Sergio Mattarella'],
  ] as const)('%s', (lang, text, first, guest) => {
    expect(run(text, TUESDAY, lang)).toEqual([
      `visit ${first}..${TUESDAY} Tokyo scheduled ${guest}`,
      `meeting ${TUESDAY}..${TUESDAY} Tokyo held ${guest} + Shigeru Ishiba`,
    ]);
  });

  it('a weekday told later falls inside the stay so counted (de)', () => {
    const text = 'Bundespräsident Frank-Walter Steinmeier ist am zweiten Tag seines Besuchs in Tokio mit Kaiser Naruhito zusammengetroffen. Am Montag hatte er Ministerpräsident Shigeru Ishiba getroffen.';
    expect(run(text, TUESDAY, 'de')).toContain('meeting 2025-03-03..2025-03-03 Tokyo held Frank-Walter Steinmeier + Shigeru Ishiba');
  });
});

describe('a possessive trip noun is the trip of the clause’s subject, not of the person last named', () => {
  it.each([
    ['en', 'President Emmanuel Macron met Prime Minister Shigeru Ishiba on the second day of his visit to Tokyo.', 'Emmanuel Macron'],
    ['it', 'Il presidente Sergio Mattarella ha incontrato il premier Shigeru Ishiba nel secondo giorno della sua visita a Tokyo.', 'Sergio Mattarella'],
    ['de', 'Präsident Emmanuel Macron traf Ministerpräsident Shigeru Ishiba am zweiten Tag seines Besuchs in Tokio.', 'Emmanuel Macron'],
  ] as const)('%s', (lang, text, guest) => {
    expect(run(text, TUESDAY, lang)[0]).toBe(`visit 2025-03-03..${TUESDAY} Tokyo scheduled ${guest}`);
  });
});

describe('people in what the talks were about are not met', () => {
  it.each([
    ['de', 'Bundeskanzler Friedrich Merz hat am Dienstag in Berlin Präsident Emmanuel Macron getroffen, bei dem Treffen ging es um den Wahlsieg von Donald Trump.', 'held'],
    ['en', 'Chancellor Friedrich Merz met President Emmanuel Macron in Berlin on Tuesday and talked about the victory of Donald Trump.', 'held'],
    ['it', 'Il cancelliere Friedrich Merz ha incontrato martedì a Berlino il presidente Emmanuel Macron e si è parlato della vittoria di Donald Trump.', 'held'],
    ['fr', 'Lors de la rencontre du chancelier Friedrich Merz avec le président Emmanuel Macron mardi à Berlin, il a été question de Donald Trump.', 'scheduled'],
    ['es', 'En la reunión del canciller Friedrich Merz con el presidente Emmanuel Macron el martes en Berlín se habló de Donald Trump.', 'held'],
  ] as const)('%s', (lang, text, status) => {
    expect(run(text, TUESDAY, lang)).toEqual([`meeting ${TUESDAY}..${TUESDAY} Berlin ${status} Emmanuel Macron + Friedrich Merz`]);
  });
});
