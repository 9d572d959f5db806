import { describe, expect, it } from 'vitest';
import { run } from './helpers';

/**
 * A paragraph is read as body unless it is a short line without a final stop (a headline). Wire
 * copy ends paragraphs in closing quotes of every language, and excerpts end mid-sentence.
 */
describe('paragraph ends', () => {
  it('a paragraph ending in a German closing quote („…“) is body (de)', () => {
    const text =
      'Krieg in Europa\n\n' +
      'Bundeskanzler Karl Nehammer berichtete am Donnerstag in Wien von einem Telefonat mit Präsident Wolodymyr Selenskyj: „Er meldet sich aus einem Land im Krieg.“\n\n' +
      'Es gebe viele Verletzte.';
    expect(run(text, '2022-02-24', 'de').join('\n')).toMatch(/^call 2022-02-24\.\.2022-02-24 - \w+ Karl Nehammer \+ Volodymyr Zelensky$/m);
  });
  it('a paragraph ending in an English closing single quote is body (en)', () => {
    const text = 'Call with Kyiv\n\nPrime Minister Boris Johnson spoke with President Volodymyr Zelensky by phone on Thursday, saying: ‘We stand with you.’';
    expect(run(text, '2022-02-24', 'en')).toContain('call 2022-02-24..2022-02-24 - held Boris Johnson + Volodymyr Zelensky');
  });
  it('a long last paragraph cut mid-sentence is body, a short line without a stop is a headline (es)', () => {
    const text =
      'Sánchez viaja a México\n\n' +
      'El presidente del Gobierno, Pedro Sánchez, se reunirá el miércoles 30 de enero en Ciudad de México con el presidente Andrés Manuel López Obrador, en el Palacio Nacional, donde ambos abordarán la relación bilateral y';
    const events = run(text, '2019-01-28', 'es');
    expect(events.join('\n')).toMatch(/meeting 2019-01-30\.\.2019-01-30 Mexico City scheduled (Andrés Manuel López Obrador \+ Pedro Sánchez|Pedro Sánchez \+ Andrés Manuel López Obrador)/);
  });
});

describe('sentences glued by a scraped page', () => {
  it('"...al Cremlino.L’incontro ufficiale si terrà domani": a new sentence, and a meeting of its own day (it)', () => {
    const text =
      'Mosca, 20 marzo (Wire) - Il presidente cinese Xi Jinping è arrivato oggi in Russia in visita di stato.Il leader russo Vladimir Putin lo ha accolto al Cremlino.L’incontro ufficiale di Putin con Xi Jinping si terrà domani alle 15:00.';
    const events = run(text, '2023-03-20', 'it');
    expect(events).toContain('visit 2023-03-20..2023-03-21 Moscow scheduled Xi Jinping');
    expect(events.join('\n')).toMatch(/^meeting 2023-03-21\S* Moscow scheduled Vladimir Putin \+ Xi Jinping$/m);
  });
  it('"U.S." and a domain are not glued sentences (en)', () => {
    const text = 'Secretary of State Antony Blinken will travel to the U.S. embassy in Kyiv on Monday, the State Department said on state.gov today.';
    expect(run(text, '2023-03-20', 'en')).toEqual(['visit 2023-03-20..2023-03-20 Kyiv scheduled Antony Blinken']);
  });
});
