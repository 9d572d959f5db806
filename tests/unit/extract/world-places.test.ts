import { describe, expect, it } from 'vitest';
import { extractEvents, peopleOf, run } from './helpers';

/**
 * Places the hand-made tables leave out come from the world gazetteers: towns (GeoNames) where
 * a locative puts them, countries (CLDR names) in every language.
 */
describe('towns and countries beyond the hand-made tables', () => {
  it('a town after a locative is the place, on its own clock (fr)', () => {
    const events = extractEvents("Paris, 6 avril 2026 - Le ministre Jean-Noël Barrot se rendra le 7 avril à Gao, où il rencontrera le général Assimi Goïta.", { published: '2026-04-06', language: 'fr' }).events;
    const visit = events.find((e) => e.kind === 'visit');
    expect(visit?.location).toEqual({ city: 'Gao', country: 'ML' });
    expect(visit?.timezone).toBe('Africa/Bamako');
  });
  it('a country missing from the hand-made table is a country in each language', () => {
    expect(run("Berlin, 6. April 2026 - Außenminister Johann Wadephul reist am Dienstag nach Mauretanien.", '2026-04-06', 'de')).toEqual(['visit 2026-04-07..2026-04-07 MR scheduled Johann Wadephul']);
    expect(run('Roma, 6 aprile 2026 - Il ministro Antonio Tajani sarà martedì in Mauritania.', '2026-04-06', 'it')).toEqual(['visit 2026-04-07..2026-04-07 MR scheduled Antonio Tajani']);
  });
  it('a place name is not a person: "En Mauritanie" opens a clause', () => {
    expect(peopleOf('En Mauritanie, il rencontrera le président Mohamed Ould Ghazouani.', 'fr')).not.toContain('En Mauritanie');
  });
  it('a namesake abroad loses to a town of a country the article names, then to the language\'s own country', () => {
    const inSpain = extractEvents('El rey Felipe VI se reunirá el martes en Cuenca con el presidente Emmanuel Macron.', { published: '2026-04-06', language: 'es' }).events;
    expect(inSpain[0]?.location).toEqual({ city: 'Cuenca', country: 'ES' });
    const e = extractEvents('El presidente Daniel Noboa se reunirá el martes en Cuenca con el presidente Gustavo Petro. Ecuador y Colombia firmarán un acuerdo.', { published: '2026-04-06', language: 'es' }).events;
    expect(e[0]?.location?.country).toBe('EC');
  });
  it('people, nationalities and continents after a locative stay what they are', () => {
    const e = extractEvents('ROME, April 6 (Wire) - Prime Minister Keir Starmer will travel to Asia next month; on Tuesday he will speak to Giorgia Meloni in British waters off Malta.', { published: '2026-04-06', language: 'en' }).events;
    const places = e.map((x) => x.location?.city).filter(Boolean);
    expect(places).not.toContain('Asia');
    expect(places).not.toContain('British');
    expect(places).not.toContain('Giorgia Meloni');
  });
});

describe('capitals and seats named without their city', () => {
  it('"the capital" with a nationality beside it is that country\'s capital (es)', () => {
    const events = extractEvents('El presidente de Costa Rica, Rodrigo Chaves, y el de Panamá, José Raúl Mulino, se reunirán el viernes en la capital costarricense.', { published: '2025-11-20', language: 'es' }).events;
    expect(events.map((e) => [e.kind, e.start, e.location?.city])).toEqual([['meeting', '2025-11-21', 'San José']]);
  });
  it('a seat of government with no dateline gives way to the host\'s capital (en)', () => {
    const events = extractEvents('President Kibaki received the United States Secretary of State Hillary Clinton at State House on Saturday.', { published: '2012-08-04', language: 'en' }).events;
    expect(events.find((e) => e.kind === 'meeting')?.location).toEqual({ city: 'Nairobi', country: 'KE' });
  });
});

describe('where a leg goes', () => {
  it('"von Berlin nach Prag": the place left is no stop (de)', () => {
    const events = run('Bundeskanzler Werner Faymann trifft am Mittwoch in Berlin ein. Am Donnerstag wird Faymann direkt von Berlin nach Prag weiterfliegen.', '2009-01-27', 'de');
    expect(events).toEqual(['visit 2009-01-28..2009-01-28 Berlin scheduled Werner Faymann', 'visit 2009-01-29..2009-01-29 Prague scheduled Werner Faymann']);
  });
});

describe('a tour of countries', () => {
  it('each country of a tour without cities is its own stop, with its own days (en)', () => {
    const text = 'NEW DELHI, Oct 13 (PTI) - President Droupadi Murmu will visit Algeria from Oct 13 to 15. The Indian president will then visit Mauritania on Oct 16. She would visit Malawi from Oct 17 to 19.';
    expect(run(text, '2024-10-13', 'en')).toEqual([
      'visit 2024-10-13..2024-10-15 DZ scheduled Droupadi Murmu',
      'visit 2024-10-16..2024-10-16 MR scheduled Droupadi Murmu',
      'visit 2024-10-17..2024-10-19 MW scheduled Droupadi Murmu',
    ]);
  });
});

describe('leaving for a summit', () => {
  it('"departed Abuja on Monday for Sochi to attend a summit from Oct. 23 to Oct. 25": the stop runs from Monday to the end (en)', () => {
    const events = run('ABUJA, Oct 21 (NAN) - President Muhammadu Buhari on Monday departed Abuja for Sochi, Russia to attend a three-day Russia-Africa summit from Oct. 23 to Oct. 25.', '2019-10-21', 'en');
    expect(events).toContain('visit 2019-10-21..2019-10-25 Sochi scheduled Muhammadu Buhari');
  });
});

describe('the dateline as a meeting\'s place', () => {
  it('a meeting told with no place, no trip and no summit is where the report is filed (it)', () => {
    const events = extractEvents('Washington (Usa), 23 giu. - Lo ha detto il ministro della Difesa Guido Crosetto, incontrando al pentagono il segretario alla Difesa Lloyd Austin.', { published: '2023-06-23', language: 'it' }).events;
    expect(events.map((e) => [e.kind, e.location?.city])).toEqual([['meeting', 'Washington']]);
  });
  it('a meeting on a summit\'s sidelines stays at the summit, whatever the dateline (fr)', () => {
    const text = "ABIDJAN, 12 novembre (Agence Ouest) - Les dirigeants du Ghana, du Togo et du Bénin se retrouvent lundi 16 novembre à Lomé pour un sommet. Le président ghanéen John Dramani Mahama et le président béninois Romuald Wadagni ont confirmé leur présence. En marge du sommet, M. Mahama doit s'entretenir avec M. Wadagni.";
    const meeting = extractEvents(text, { published: '2026-11-12', language: 'fr' }).events.find((e) => e.kind === 'meeting');
    expect(meeting?.location?.city).toBe('Lomé');
  });
});

describe('a country leg beside city stops', () => {
  it('"se rend ce jour en Mauritanie", then Bamako on the 7th: both are stops (fr)', () => {
    const text = "M. Jean-Marc Ayrault se rend ce jour en Mauritanie. Il effectuera ensuite le 7 avril une visite au Mali où il sera accompagné de son homologue allemand, Sigmar Gabriel. A Bamako, ils auront un entretien avec le président Ibrahim Boubacar Keïta.";
    const visits = run(text, '2017-04-06', 'fr').filter((e) => e.startsWith('visit'));
    expect(visits).toContain('visit 2017-04-06..2017-04-06 MR scheduled Jean-Marc Ayrault');
    expect(visits.some((v) => v.startsWith('visit 2017-04-07..2017-04-07 Bamako') && v.includes('Jean-Marc Ayrault') && v.includes('Sigmar Gabriel'))).toBe(true);
  });
});

describe('seats of government and palaces name their city', () => {
  it.each([
    ['the Bundeshaus', 'Bern'],
    ['the Von Wattenwyl House', 'Bern'],
    ['the Carondelet Palace', 'Quito'],
    ['Miraflores Palace', 'Caracas'],
    ['the Palace of Nations', 'Geneva'],
    ['the Peace Palace', 'The Hague'],
    ['the Amalienborg Palace', 'Copenhagen'],
    ['the Sandor Palace', 'Budapest'],
    ['Cotroceni Palace', 'Bucharest'],
    ['Dolmabahce Palace', 'Istanbul'],
    ['the Ak Orda', 'Astana'],
  ])('%s is in %s', (venue, city) => {
    const text = `Prime Minister Keir Starmer met President Emmanuel Macron at ${venue} on Monday.`;
    expect(run(text, '2024-06-04', 'en')).toEqual([`meeting 2024-06-03..2024-06-03 ${city} held Emmanuel Macron + Keir Starmer`]);
  });
});
