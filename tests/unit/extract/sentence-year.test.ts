import { describe, expect, it } from 'vitest';
import { datesOf } from './helpers';

// analyze-text.ts sentenceYear: a sentence that names a month with its year dates its yearless days in that year.
describe('a year named with a month carries to the sentence’s other dates', () => {
  it.each([
    ['en', 'Merkel last visited Washington in June 2011, when Obama awarded her the Medal of Freedom on June 7.', 'June 7=2011-06-07'],
    ['it', 'Merkel era stata a Washington nel giugno 2011, quando il 7 giugno Obama le conferì la medaglia.', '7 giugno=2011-06-07'],
    ['es', 'Merkel estuvo en Washington en junio de 2011, cuando el 7 de junio Obama le entregó la medalla.', '7 de junio=2011-06-07'],
  ] as const)('%s', (lang, text, expected) => {
    expect(datesOf(text, lang, '2014-03-20')).toContain(expected);
  });

  it('a sentence with two years leaves its yearless dates to the publication date', () => {
    expect(datesOf('Between June 2011 and May 2012 they met often; the next meeting is on June 7.', 'en', '2014-03-20')).toContain('June 7=2014-06-07');
  });
});
