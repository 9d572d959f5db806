import { describe, expect, it } from 'vitest';
import { peopleOf, run } from './helpers';

/**
 * The day a story is at: a sentence with no time of its own goes on in the day of the last event
 * told with one (one day, not a stay of several), across paragraphs, until another day or a vague
 * time ("last year") is named.
 */
describe('a sentence with no day of its own goes on in the story\'s day', () => {
  const cases: Array<[string, string, string, string[]]> = [
    [
      'de',
      '2026-03-02',
      'Bundeskanzler Friedrich Merz reist am Mittwoch nach Paris, wo ihn Präsident Emmanuel Macron empfängt. Der Besuch ist der erste seit dem Sommer.\n\nMerz wird in Paris außerdem mit Premierminister Sébastien Lecornu zusammentreffen.',
      ['Emmanuel Macron + Friedrich Merz', 'Friedrich Merz + Sébastien Lecornu'],
    ],
    [
      'en',
      '2026-03-02',
      'Prime Minister Keir Starmer will travel to Rome on Wednesday to meet Giorgia Meloni. The trip had been planned for weeks.\n\nStarmer will also hold talks with President Sergio Mattarella.',
      ['Giorgia Meloni + Keir Starmer', 'Keir Starmer + Sergio Mattarella'],
    ],
    [
      'it',
      '2026-03-02',
      'Giorgia Meloni sarà mercoledì a Berlino, dove incontrerà il cancelliere Friedrich Merz. Si tratta della prima visita dell\'anno.\n\nMeloni vedrà anche il presidente Frank-Walter Steinmeier.',
      ['Friedrich Merz + Giorgia Meloni', 'Frank-Walter Steinmeier + Giorgia Meloni'],
    ],
    [
      'fr',
      '2026-03-02',
      'Emmanuel Macron se rendra mercredi à Madrid, où il rencontrera Pedro Sánchez. Le voyage était prévu de longue date.\n\nMacron s\'entretiendra aussi avec le roi Felipe VI.',
      ['Emmanuel Macron + Pedro Sánchez', 'Emmanuel Macron + Felipe VI'],
    ],
    [
      'es',
      '2026-03-02',
      'Pedro Sánchez viajará el miércoles a Lisboa, donde se reunirá con el primer ministro Luís Montenegro. El viaje estaba previsto desde hace semanas.\n\nSánchez se reunirá también con el presidente Marcelo Rebelo de Sousa.',
      ['Luís Montenegro + Pedro Sánchez', 'Marcelo Rebelo de Sousa + Pedro Sánchez'],
    ],
  ];
  for (const [lang, published, text, pairs] of cases)
    it(`${lang}: a later meeting told without a day is on the day of the visit`, () => {
      const meetings = run(text, published, lang as 'de').filter((l) => l.startsWith('meeting'));
      for (const pair of pairs) expect(meetings.some((l) => l.startsWith('meeting 2026-03-04..2026-03-04') && l.endsWith(pair.split(' + ').sort().join(' + ')))).toBe(true);
    });

  it('en: a vague time ("last year") ends the story\'s day', () => {
    const text = 'Keir Starmer meets Giorgia Meloni in Rome on Wednesday. The two have grown close.\n\nLast year Starmer also met Sergio Mattarella.';
    expect(run(text, '2026-03-02', 'en').filter((l) => l.includes('Mattarella'))).toEqual([]);
  });

  it('fr: a stay of several days lends no day to a meeting told without one', () => {
    const text = 'Emmanuel Macron sera à Madrid du 4 au 6 mars. Il rencontrera le roi Felipe VI.';
    expect(run(text, '2026-03-02', 'fr').filter((l) => l.startsWith('meeting'))).toEqual([]);
  });
});

describe('the same people again without a day tell more of their event', () => {
  it('de: what the two said in their call is no second meeting', () => {
    const text =
      'Bundeskanzler Friedrich Merz hat am Mittwoch mit Präsident Wolodymyr Selenskyj telefoniert. In Kiew hieß es, Selenskyj habe dem Kanzler gedankt. Selenskyj und Merz hätten auch über den Wiederaufbau gesprochen.';
    expect(run(text, '2026-05-07', 'de')).toEqual(['call 2026-05-06..2026-05-06 - held Friedrich Merz + Volodymyr Zelensky']);
  });
  it('en: "at his meeting with X" later refers to the meeting already told', () => {
    const text = 'Keir Starmer will meet Giorgia Meloni in Rome on Wednesday. On Thursday he attends the summit of European leaders in Rome.\n\nAt his meeting with Meloni, Starmer wants to discuss migration.';
    expect(run(text, '2026-03-02', 'en').filter((l) => l.startsWith('meeting'))).toEqual(['meeting 2026-03-04..2026-03-04 Rome scheduled Giorgia Meloni + Keir Starmer']);
  });
  it('es: "ambos conversaron también" after a dated call is the same call', () => {
    const text = 'Pedro Sánchez habló el lunes por teléfono con Emmanuel Macron. Sánchez y Macron conversaron también sobre Ucrania.';
    expect(run(text, '2026-03-04', 'es')).toEqual(['call 2026-03-02..2026-03-02 - held Emmanuel Macron + Pedro Sánchez']);
  });
});

describe('a titled surname spelt a letter apart is the known person', () => {
  it('de: "Präsident Selenskij" is Volodymyr Zelensky', () => {
    expect(peopleOf('Präsident Selenskij dankte für die Hilfe.', 'de', '2026-05-07')).toEqual(['Volodymyr Zelensky']);
  });
  it('it: "il presidente Zelenskij" after "Zelensky" is the same person', () => {
    expect(peopleOf('Volodymyr Zelensky è arrivato a Roma. Il presidente Zelenskij ha ringraziato.', 'it')).toEqual(['Volodymyr Zelensky']);
  });
  it('fr: a short surname is not stretched to a near one ("le ministre Marin" is not Marini)', () => {
    expect(peopleOf('Le ministre Marin a parlé.', 'fr')).not.toContain('Sanna Marin Marini');
  });
});

describe('a host receiving "him" or "her" receives the person the report follows', () => {
  const cases: Array<[string, string, string]> = [
    ['de', 'Bundeskanzler Friedrich Merz reist am Mittwoch nach Paris, wo ihn Präsident Emmanuel Macron empfängt.', 'Emmanuel Macron + Friedrich Merz'],
    ['en', 'Keir Starmer travels to Paris on Wednesday, where President Emmanuel Macron will receive him.', 'Emmanuel Macron + Keir Starmer'],
    ['it', 'Giorgia Meloni sarà mercoledì a Parigi, dove il presidente Emmanuel Macron la riceverà.', 'Emmanuel Macron + Giorgia Meloni'],
    ['fr', 'Giorgia Meloni se rendra mercredi à Paris, où le président Emmanuel Macron la recevra.', 'Emmanuel Macron + Giorgia Meloni'],
    ['es', 'Pedro Sánchez viajará el miércoles a París, donde el presidente Emmanuel Macron lo recibirá.', 'Emmanuel Macron + Pedro Sánchez'],
  ];
  for (const [lang, text, pair] of cases)
    it(`${lang}: a meeting in the visit's city on its day`, () => {
      expect(run(text, '2026-03-02', lang as 'de')).toContain(`meeting 2026-03-04..2026-03-04 Paris scheduled ${pair}`);
    });
});

describe('a time or place in an apposition tells of the person, not of the event', () => {
  const cases: Array<[string, string]> = [
    ['fr', "Emmanuel Macron est arrivé lundi à Berlin. M. Macron, élu en mai 2017 à Paris, s'est ensuite entretenu avec le chancelier Friedrich Merz."],
    ['en', 'Emmanuel Macron arrived in Berlin on Monday. Macron, elected in May 2017 in Paris, then held talks with Chancellor Friedrich Merz.'],
    ['it', 'Emmanuel Macron è arrivato lunedì a Berlino. Macron, eletto nel maggio 2017 a Parigi, ha poi incontrato il cancelliere Friedrich Merz.'],
    ['de', 'Emmanuel Macron ist am Montag in Berlin eingetroffen. Macron, der im Mai 2017 in Paris gewählt wurde, traf dann Bundeskanzler Friedrich Merz.'],
    ['es', 'Emmanuel Macron llegó el lunes a Berlín. Macron, elegido en mayo de 2017 en París, se reunió después con el canciller Friedrich Merz.'],
  ];
  for (const [lang, text] of cases)
    it(`${lang}: the meeting is in Berlin on the day of arrival`, () => {
      expect(run(text, '2026-03-04', lang as 'de')).toEqual(['visit 2026-03-02..2026-03-02 Berlin held Emmanuel Macron', 'meeting 2026-03-02..2026-03-02 Berlin held Emmanuel Macron + Friedrich Merz']);
    });
  it('it: a day in the phrase after the names is the event\'s ("A e B, previsto per giovedì a Berlino,")', () => {
    const text = "L'incontro tra il ministro Guido Crosetto e il suo omologo Boris Pistorius, previsto per giovedì 12 novembre a Berlino, è stato confermato.";
    expect(run(text, '2026-11-10', 'it')).toEqual(['meeting 2026-11-12..2026-11-12 Berlin scheduled Boris Pistorius + Guido Crosetto']);
  });
});
