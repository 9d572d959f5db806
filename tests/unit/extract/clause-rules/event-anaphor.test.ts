import { describe, expect, it } from 'vitest';
import { run } from '../helpers';

// clause/rules/event-anaphor.ts: "The meeting will take place in Berlin" adds the place to the meeting just told.
describe('a clause opening with the meeting word adds to the meeting just told', () => {
  it.each([
    ['en', 'Emmanuel Macron will meet Friedrich Merz on Monday. The meeting will take place in Berlin at 10:00.', 'meeting 2026-03-02..2026-03-02 Berlin scheduled Emmanuel Macron + Friedrich Merz'],
    ['it', 'Giorgia Meloni incontrerà lunedì Keir Starmer. Il colloquio si terrà a Londra alle 11.', 'meeting 2026-03-02..2026-03-02 London scheduled Giorgia Meloni + Keir Starmer'],
    ['es', 'Pedro Sánchez se reunirá el lunes con Emmanuel Macron. El encuentro tendrá lugar en París.', 'meeting 2026-03-02..2026-03-02 Paris scheduled Emmanuel Macron + Pedro Sánchez'],
    ['fr', "Emmanuel Macron recevra jeudi Pedro Sánchez. La rencontre aura lieu à l'Élysée à 12h30.", 'meeting 2026-03-05..2026-03-05 Paris scheduled Emmanuel Macron + Pedro Sánchez'],
    ['de', 'Friedrich Merz wird am Donnerstag Giorgia Meloni treffen. Das Treffen findet in Rom statt.', 'meeting 2026-03-05..2026-03-05 Rome scheduled Friedrich Merz + Giorgia Meloni'],
  ] as const)('%s', (lang, text, meeting) => {
    expect(run(text, '2026-03-02', lang)).toEqual([meeting]);
  });
});
