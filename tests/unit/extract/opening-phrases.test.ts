import { describe, expect, it } from 'vitest';
import { run } from './helpers';

// An opening phrase tells what came before the clause's own day. Sentences written here.
describe('an opening phrase of what came before', () => {
  it('it: "Dopo la tappa di Tokyo, Meloni volerà giovedì a Seul": Tokyo is not dated Thursday', () => {
    expect(run('Dopo la tappa di Tokyo, Meloni volerà giovedì a Seul.', '2024-03-12', 'it')).toEqual(['visit 2024-03-14..2024-03-14 Seoul scheduled Giorgia Meloni']);
  });
  it('en, es: talks "after" which someone travels on have no day of their own', () => {
    expect(run('After talks with Recep Tayyip Erdoğan in Ankara, Annalena Baerbock travels on Wednesday to Athens.', '2024-03-12', 'en')).toEqual(['visit 2024-03-13..2024-03-13 Athens scheduled Annalena Baerbock']);
    expect(run('Tras reunirse con Recep Tayyip Erdoğan en Ankara, Pedro Sánchez viajará el miércoles a Atenas.', '2024-03-12', 'es')).toEqual(['visit 2024-03-13..2024-03-13 Athens scheduled Pedro Sánchez']);
  });
  it('en: a day inside the opening phrase is its own, the main clause keeps its day', () => {
    expect(run('After meeting Olaf Scholz in Berlin on Monday, Emmanuel Macron flew to Warsaw on Tuesday.', '2024-03-12', 'en')).toEqual([
      'visit 2024-03-11..2024-03-11 Berlin held Emmanuel Macron',
      'visit 2024-03-12..2024-03-12 Warsaw held Emmanuel Macron',
      'meeting 2024-03-11..2024-03-11 Berlin held Emmanuel Macron + Olaf Scholz',
    ]);
  });
  it('fr: "Après avoir reçu lundi X, Macron a appelé mardi Y" keeps both events', () => {
    expect(run('Après avoir reçu lundi à Paris Olaf Scholz, Emmanuel Macron a appelé mardi Joe Biden.', '2024-03-12', 'fr')).toEqual([
      'call 2024-03-12..2024-03-12 - held Emmanuel Macron + Joe Biden',
      'meeting 2024-03-11..2024-03-11 Paris held Emmanuel Macron + Olaf Scholz',
    ]);
  });
});
