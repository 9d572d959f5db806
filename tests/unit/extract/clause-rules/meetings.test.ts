import { describe, expect, it } from 'vitest';
import { run } from '../helpers';

// clause/rules/meetings.ts and meeting-sides.ts: who meets whom, one meeting per bilateral.
describe('a meeting word pairs its subject with each side it meets', () => {
  it('a guest meeting two people holds two bilaterals (en)', () => {
    expect(run('Emmanuel Macron will meet Friedrich Merz and Keir Starmer in London on Tuesday.', '2026-03-02', 'en')).toEqual([
      'meeting 2026-03-03..2026-03-03 London scheduled Emmanuel Macron + Friedrich Merz',
      'meeting 2026-03-03..2026-03-03 London scheduled Emmanuel Macron + Keir Starmer',
    ]);
  });

  it('a host receiving two people receives one delegation (en)', () => {
    expect(run('Keir Starmer will receive Friedrich Merz and Johann Wadephul at Downing Street on Tuesday.', '2026-03-02', 'en')).toEqual([
      'meeting 2026-03-03..2026-03-03 London scheduled Friedrich Merz + Johann Wadephul + Keir Starmer',
    ]);
  });

  it.each([
    ['es', 'Recibió el rey Felipe VI al presidente Emmanuel Macron el lunes en Madrid.', 'meeting 2026-03-02..2026-03-02 Madrid held Emmanuel Macron + Felipe VI'],
    ['de', 'Friedrich Merz hat am Montag in Berlin den britischen Premierminister Keir Starmer empfangen.', 'meeting 2026-03-02..2026-03-02 Berlin held Friedrich Merz + Keir Starmer'],
    ['it', "L'incontro tra Giorgia Meloni e Keir Starmer si terrà martedì a Roma.", 'meeting 2026-03-03..2026-03-03 Rome scheduled Giorgia Meloni + Keir Starmer'],
  ] as const)('word order in %s', (lang, text, meeting) => {
    expect(run(text, '2026-03-02', lang)).toEqual([meeting]);
  });

  it('a pronoun subject is the person followed, at the stop of the trip (en)', () => {
    expect(run('Emmanuel Macron arrived in Berlin on Monday. He will meet Chancellor Friedrich Merz on Tuesday.', '2026-03-02', 'en')).toEqual([
      'visit 2026-03-02..2026-03-03 Berlin scheduled Emmanuel Macron',
      'meeting 2026-03-03..2026-03-03 Berlin scheduled Emmanuel Macron + Friedrich Merz',
    ]);
  });
});
