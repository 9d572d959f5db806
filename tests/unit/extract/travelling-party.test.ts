import { describe, expect, it } from 'vitest';
import { peopleOf, run } from './helpers';

/**
 * A trip told for a party ("Los Reyes", "the King and Queen") and then referred to by a possessive
 * ("su visita", "their visit") stays the party's trip: nobody is split off into a country-level
 * visit of their own.
 */
describe('the travelling party goes on as one', () => {
  const cases: Array<[string, string]> = [
    ['es', 'Los Reyes han llegado el lunes a Chengdu. Es la primera parada de su visita de Estado a China.'],
    ['fr', "Le roi Felipe VI et la reine Letizia sont arrivés lundi à Chengdu. C'est la première étape de leur visite d'État en Chine."],
    ['en', 'King Felipe VI and Queen Letizia arrived in Chengdu on Monday. It is the first stop of their state visit to China.'],
    ['it', 'Il re Felipe VI e la regina Letizia sono arrivati lunedì a Chengdu. È la prima tappa della loro visita di Stato in Cina.'],
    ['de', 'König Felipe VI. und Königin Letizia sind am Montag in Chengdu eingetroffen. Es ist die erste Station ihres Staatsbesuchs in China.'],
  ];
  for (const [lang, text] of cases)
    it(`${lang}: both are in Chengdu on Monday, and only there`, () => {
      const events = run(text, '2025-11-12', lang as 'de');
      for (const name of ['Felipe VI', 'Letizia']) expect(events.filter((e) => e.includes(name))).toEqual([expect.stringMatching(/^visit 2025-11-10\.\.2025-11-10 Chengdu held /)]);
    });
});

describe("a big city's airport is the city", () => {
  it('es: "recibidos en el aeropuerto de Chengdu" is an arrival in Chengdu', () => {
    expect(run('Los Reyes han sido recibidos el lunes en el aeropuerto de Chengdu.', '2025-11-12', 'es')).toEqual(['visit 2025-11-10..2025-11-10 Chengdu held Felipe VI + Letizia']);
  });
  it('it: "all\'aeroporto di Kazan" is Kazan', () => {
    expect(run("Il presidente Sergio Mattarella è atterrato lunedì all'aeroporto di Kazan.", '2025-11-12', 'it')).toEqual(['visit 2025-11-10..2025-11-10 Kazan held Sergio Mattarella']);
  });
  it("fr: a small town's airport is not where the traveller stays", () => {
    expect(run("Le président Emmanuel Macron a atterri lundi à l'aéroport de Belp.", '2025-11-12', 'fr').filter((e) => e.includes('Belp'))).toEqual([]);
  });
});

describe('the person of a travel noun travels, not the subject of the clause', () => {
  const cases: Array<[string, string, string]> = [
    ['de', 'Merkel sprach am Mittwoch beim Besuch von Sebastian Kurz in Berlin.', 'Sebastian Kurz'],
    ['de', 'Merkel sprach am Mittwoch beim Antrittsbesuch des österreichischen Kanzlers in Berlin.', 'Sebastian Kurz'],
    ['en', 'Merkel spoke on Wednesday during the visit of Sebastian Kurz to Berlin.', 'Sebastian Kurz'],
    ['it', 'Merkel ha parlato mercoledì durante la visita di Sebastian Kurz a Berlino.', 'Sebastian Kurz'],
    ['fr', 'Merkel a parlé mercredi lors de la visite de Sebastian Kurz à Berlin.', 'Sebastian Kurz'],
    ['es', 'Merkel habló el miércoles durante la visita de Sebastian Kurz a Berlín.', 'Sebastian Kurz'],
  ];
  for (const [lang, text, traveller] of cases)
    it(`${lang}: ${text.slice(0, 60)}`, () => {
      expect(run(text, '2018-01-19', lang as 'de').filter((e) => e.startsWith('visit'))).toEqual([`visit 2018-01-17..2018-01-17 Berlin held ${traveller}`]);
    });
});

describe('a travel noun in history', () => {
  it('es: "el primer viaje de Cristóbal Colón" makes no trip of an untitled, unknown name', () => {
    const text = 'El rey Juan Carlos llegó el 3 de diciembre a Mar del Plata, coincidiendo con los 500 años del primer viaje de Cristóbal Colón a América.';
    expect(run(text, '2010-12-03', 'es')).toEqual(['visit 2010-12-03..2010-12-03 Mar del Plata held Juan Carlos I']);
  });
  it('it: "la visita di Stato del presidente Macron" still makes the titled visitor travel', () => {
    expect(run('La visita di Stato del presidente Emmanuel Macron a Roma si terrà il 3 dicembre.', '2010-12-01', 'it')).toEqual(['visit 2010-12-03..2010-12-03 Rome scheduled Emmanuel Macron']);
  });
});


describe('companions told before the one they go with', () => {
  it('en, it, es: an opening "together with X," names a companion of the subject after the comma', () => {
    expect(run('Together with his wife Brigitte Macron, Emmanuel Macron arrived in Tokyo on Tuesday.', '2024-03-12', 'en')).toEqual(['visit 2024-03-12..2024-03-12 Tokyo held Brigitte Macron + Emmanuel Macron']);
    expect(run('Insieme alla moglie Laura Mattarella, Sergio Mattarella è arrivato martedì a Tokyo.', '2024-03-12', 'it')).toEqual(['visit 2024-03-12..2024-03-12 Tokyo held Laura Mattarella + Sergio Mattarella']);
    expect(run('Junto a su esposa Begoña Gómez, Pedro Sánchez llegó el martes a Tokio.', '2024-03-12', 'es')).toEqual(['visit 2024-03-12..2024-03-12 Tokyo held Begoña Gómez + Pedro Sánchez']);
  });
  it('de: "Gemeinsam mit seiner Lebensgefährtin X wurde Gauck empfangen": Gauck is received, the partner is a person', () => {
    expect(run('Gemeinsam mit seiner Lebensgefährtin Daniela Schadt wurde Joachim Gauck am Dienstag in Tokio von Kaiser Akihito empfangen.', '2016-11-16', 'de')).toEqual(['meeting 2016-11-15..2016-11-15 Tokyo held Akihito + Joachim Gauck']);
    expect(peopleOf('Gauck kam mit seiner Lebensgefährtin Daniela Schadt.', 'de', '2016-11-16')).toEqual(['Joachim Gauck', 'Daniela Schadt']);
  });
  it('es, en: the subjects of an active "accompany" go with its object', () => {
    expect(run('Los ministros José Manuel Albares y Carlos Cuerpo acompañan a Felipe VI en su viaje a Chengdu el lunes.', '2025-11-10', 'es')).toEqual(['visit 2025-11-10..2025-11-10 Chengdu scheduled Carlos Cuerpo + Felipe VI + José Manuel Albares']);
    expect(run('Antony Blinken and Gina Raimondo accompany Joe Biden on his visit to Tokyo on Tuesday.', '2024-03-12', 'en')).toEqual(['visit 2024-03-12..2024-03-12 Tokyo scheduled Antony Blinken + Gina Raimondo + Joe Biden']);
  });
  it('de: "empfängt sie gemeinsam mit X und Y" names co-hosts, not companions', () => {
    expect(run('Angela Merkel empfängt am Donnerstag gemeinsam mit Frank-Walter Steinmeier in Berlin Edi Rama.', '2014-08-26', 'de')).toContain('meeting 2014-08-28..2014-08-28 Berlin scheduled Angela Merkel + Edi Rama + Frank-Walter Steinmeier');
  });
});

describe('discussions are meetings', () => {
  it('en: "will hold discussions with"', () => {
    expect(run('Narendra Modi will hold discussions with President Joko Widodo in Jakarta on May 30.', '2018-05-29', 'en')).toEqual(['meeting 2018-05-30..2018-05-30 Jakarta scheduled Joko Widodo + Narendra Modi']);
  });
});
