import { describe, expect, it } from 'vitest';
import { run } from '../helpers';

// clause/rules/summit-mention.ts: a summit's days ("a two-day summit opens on Thursday") and place; attendance.ts: who attends.
describe('a summit takes its days, place and attendees', () => {
  it.each([
    ['en', 'Leaders open a two-day summit in Brussels on Thursday. Emmanuel Macron and Friedrich Merz will attend.', 'Emmanuel Macron + Friedrich Merz'],
    ['it', 'Il vertice di due giorni si apre giovedì a Bruxelles. Parteciperanno Giorgia Meloni e Friedrich Merz.', 'Friedrich Merz + Giorgia Meloni'],
    ['de', 'Der zweitägige Gipfel beginnt am Donnerstag in Brüssel. Daran nehmen Friedrich Merz und Emmanuel Macron teil.', 'Emmanuel Macron + Friedrich Merz'],
    ['es', 'La cumbre de dos días comenzará el jueves en Bruselas. Asistirán Pedro Sánchez y Emmanuel Macron.', 'Emmanuel Macron + Pedro Sánchez'],
    ['fr', "Le sommet de deux jours s'ouvre jeudi à Bruxelles. Emmanuel Macron et Friedrich Merz y participeront.", 'Emmanuel Macron + Friedrich Merz'],
  ] as const)('%s', (lang, text, attendees) => {
    expect(run(text, '2026-03-02', lang)).toEqual([`summit 2026-03-05..2026-03-06 Brussels scheduled ${attendees}`]);
  });

  it.each([
    ['en', 'The European Council opened in Brussels today. Around the table were Giorgia Meloni, Emmanuel Macron and Friedrich Merz.', 'held'],
    ['it', 'Si è aperto oggi a Bruxelles il Consiglio europeo. Attorno al tavolo ci sono Giorgia Meloni, Emmanuel Macron e Friedrich Merz.', 'scheduled'],
  ] as const)('a list of leaders beside it attends it (attendee-list.ts, %s)', (lang, text, status) => {
    expect(run(text, '2026-03-05', lang)).toEqual([`summit 2026-03-05..2026-03-05 Brussels ${status} Emmanuel Macron + Friedrich Merz + Giorgia Meloni`]);
  });
});

// trip-legs.ts arrivedAtSummit: leaders arriving with no place of their own while a summit is told attend it.
describe('leaders arriving for a summit attend it', () => {
  it.each([
    ['es', 'La XXV Cumbre Iberoamericana se celebra hoy y mañana en Cartagena de Indias. A la cita llegaron el presidente de Guatemala, Jimmy Morales, el de Honduras, Juan Orlando Hernández, y el de Paraguay, Horacio Cartes.', 'summit 2016-10-29..2016-10-30 Cartagena scheduled Horacio Cartes + Jimmy Morales + Juan Orlando Hernández'],
    ['fr', "Le sommet UA-UE s'ouvre ce mercredi à Abidjan. Plusieurs chefs d'Etat ont fait le déplacement : le Guinéen Alpha Condé, le Sénégalais Macky Sall, le Rwandais Paul Kagame, le Ghanéen Nana Akufo-Addo.", 'summit 2017-11-29..2017-11-29 Abidjan scheduled Alpha Condé + Macky Sall + Nana Akufo-Addo + Paul Kagame'],
  ] as const)('%s', (lang, text, summit) => {
    expect(run(text, lang === 'es' ? '2016-10-29' : '2017-11-29', lang)).toEqual([summit]);
  });
});

// split-sentences.ts: "Sont attendus :" and the bulleted lines under it are one sentence.
describe('a bulleted list under a line ending with a colon', () => {
  it('names the attendees of the summit it introduces (fr)', () => {
    const text = "Le sommet UA-UE s'ouvre ce mercredi à Abidjan. Sont attendus :\n- Alpha Condé, président de la Guinée\n- Macky Sall, président du Sénégal\n- Paul Kagame, président du Rwanda";
    expect(run(text, '2017-11-29', 'fr')).toEqual(['summit 2017-11-29..2017-11-29 Abidjan scheduled Alpha Condé + Macky Sall + Paul Kagame']);
  });
});

describe('a list of short lines under a colon', () => {
  it('names the attendees, one per line, blank lines between (fr)', () => {
    const text = "Le sommet UA-UE s'est ouvert mercredi à Abidjan. Parmi les présents on relève notamment :\n\nLe président tunisien Béji Caïd Essebsi,\n\nLe roi du Maroc Mohammed VI,\n\nLe Nigérian Muhammadu Buhari,\n\nLe Camerounais Paul Biya.";
    expect(run(text, '2017-11-30', 'fr')).toEqual(['summit 2017-11-29..2017-11-29 Abidjan held Beji Caid Essebsi + Mohammed VI + Muhammadu Buhari + Paul Biya']);
  });

  it('names the attendees as "country, name" lines (es)', () => {
    const text = 'La XXV Cumbre Iberoamericana se celebrará en Cartagena el 28 y 29 de octubre. Los mandatarios confirmados son:\nEspaña, el Rey Felipe VI\nChile, Michelle Bachelet\nMéxico, Enrique Peña Nieto\nPerú, Pedro Pablo Kuczynski';
    expect(run(text, '2016-10-20', 'es')).toEqual(['summit 2016-10-28..2016-10-29 Cartagena scheduled Enrique Peña Nieto + Felipe VI + Michelle Bachelet + Pedro Pablo Kuczynski']);
  });
});

describe('a wire report of a state visit with a summit to come', () => {
  const text =
    'WASHINGTON, April 10 (Wire) - U.S. President Joe Biden and Japanese Prime Minister Fumio Kishida pledged on Wednesday to deepen defense ties during talks at the White House. ' +
    'Kishida, who arrived in Washington on Monday, will address a joint session of Congress on Thursday. ' +
    'Biden will also host Kishida and Philippine President Ferdinand Marcos Jr. for the first trilateral summit of the three countries on Thursday. ' +
    'The two leaders last met in San Francisco in November on the sidelines of the APEC summit.';

  it('dates a relative clause by its own verb, holds the summit in the report’s town, and leaves the past summit in the background', () => {
    expect(run(text, '2024-04-10', 'en')).toEqual([
      'visit 2024-04-08..2024-04-11 Washington scheduled Fumio Kishida',
      'summit 2024-04-11..2024-04-11 Washington scheduled Ferdinand Marcos Jr. + Fumio Kishida + Joe Biden',
      'meeting 2024-04-10..2024-04-10 Washington held Fumio Kishida + Joe Biden',
    ]);
  });
});
