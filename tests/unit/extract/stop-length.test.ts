import { describe, expect, it } from 'vitest';
import { run } from './helpers';

describe('a stop lasts while its hosts are met', () => {
  it('a meeting with the host country’s president days after the arrival is part of the stop (it)', () => {
    const text =
      'Il presidente del Consiglio Paolo Gentiloni arriverà venerdì 24 novembre in Tunisia. ' +
      'Sabato 25 novembre il premier incontrerà il presidente tunisino Beji Caid Essebsi.';
    const events = run(text, '2017-11-23', 'it');
    expect(events).toContain('visit 2017-11-24..2017-11-25 TN scheduled Paolo Gentiloni');
    expect(events.join('\n')).toMatch(/meeting 2017-11-25\.\.2017-11-25 TN scheduled (Paolo Gentiloni \+ Beji Caid Essebsi|Beji Caid Essebsi \+ Paolo Gentiloni)/);
  });
});

describe('a day in a country, then its town', () => {
  it('a state visit to the country on Tuesday and the town named for Wednesday make one stop from Tuesday (de)', () => {
    const text =
      'Bundespräsident Alexander Van der Bellen hat am Dienstag seinen deutschen Amtskollegen Frank-Walter Steinmeier zu einem Staatsbesuch in Österreich empfangen. ' +
      'Anlass der Visite ist die Eröffnung der deutschen Botschaft in Wien am Mittwoch.';
    const events = run(text, '2025-10-21', 'de').join('\n');
    expect(events).toMatch(/^visit 2025-10-21\.\.2025-10-22 Vienna \w+ Frank-Walter Steinmeier$/m);
    expect(events).toMatch(/^meeting 2025-10-21\.\.2025-10-21 Vienna \w+ (Alexander Van der Bellen \+ Frank-Walter Steinmeier|Frank-Walter Steinmeier \+ Alexander Van der Bellen)$/m);
  });
});

describe('stops weeks apart are two trips', () => {
  it('en: a meeting abroad on 2 April and a trip on 20 April do not make a stop of 18 days', () => {
    const events = run('Emmanuel Macron met Olaf Scholz in Berlin on 2 April. He is expected to travel to Rome on 20 April.', '2026-04-07', 'en');
    expect(events).toContain('visit 2026-04-02..2026-04-02 Berlin held Emmanuel Macron');
    expect(events).toContain('visit 2026-04-20..2026-04-20 Rome scheduled Emmanuel Macron');
  });
  it('it: a tour of consecutive days still runs each stop to the next', () => {
    const events = run('Il ministro Antonio Tajani sarà a Varsavia lunedì 13 aprile e poi a Vilnius giovedì 16 aprile.', '2026-04-07', 'it');
    expect(events).toContain('visit 2026-04-13..2026-04-15 Warsaw scheduled Antonio Tajani');
  });
});

describe('a visit of n days that ends on the day told', () => {
  // Published Tuesday 4 June 2024; "Monday" is 3 June.
  it.each([
    ['en', 'Secretary of State Antony Blinken wrapped up a two-day visit to Beijing on Monday.', 'visit 2024-06-02..2024-06-03 Beijing held Antony Blinken'],
    ['it', 'Il presidente Sergio Mattarella ha concluso lunedì la sua visita di due giorni a Berlino.', 'visit 2024-06-02..2024-06-03 Berlin held Sergio Mattarella'],
    ['fr', 'Le président Emmanuel Macron a achevé lundi une visite de trois jours à Berlin.', 'visit 2024-06-01..2024-06-03 Berlin held Emmanuel Macron'],
    ['de', 'Bundespräsident Frank-Walter Steinmeier hat am Montag seinen dreitägigen Besuch in Rom beendet.', 'visit 2024-06-01..2024-06-03 Rome held Frank-Walter Steinmeier'],
    ['es', 'El rey Felipe VI concluyó el lunes una visita de dos días a Lisboa.', 'visit 2024-06-02..2024-06-03 Lisbon held Felipe VI'],
  ] as const)('started n - 1 days before (%s)', (lang, text, visit) => {
    expect(run(text, '2024-06-04', lang)).toEqual([visit]);
  });

  it('one that begins on the day told runs on from it (en)', () => {
    expect(run('Secretary of State Antony Blinken began a two-day visit to Beijing on Monday.', '2024-06-04', 'en')).toEqual(['visit 2024-06-03..2024-06-04 Beijing scheduled Antony Blinken']);
  });
});

describe('a stay "until" a day', () => {
  it('runs from the day told to that day, and the stops named within it share its days (fr)', () => {
    const text =
      "PARIS, 12 mars (Agence) - Le président Emmanuel Macron a reçu mardi à l'Elysée son homologue kényan William Ruto, en visite d'Etat en France jusqu'à jeudi. " +
      'M. Ruto, accompagné de son épouse Rachel, doit se rendre mercredi à Marseille puis jeudi à Lyon.';
    expect(run(text, '2024-03-12', 'fr')).toEqual([
      'visit 2024-03-12..2024-03-12 Paris held William Ruto',
      'visit 2024-03-13..2024-03-13 Marseille scheduled Rachel Ruto + William Ruto',
      'visit 2024-03-14..2024-03-14 Lyon scheduled Rachel Ruto + William Ruto',
      'meeting 2024-03-12..2024-03-12 Paris held Emmanuel Macron + William Ruto',
    ]);
  });

  it('ends on the coming weekday whatever the tense, and the story does not go on from it (it)', () => {
    const text =
      'ROMA, 12 MAR - Il presidente della Repubblica Sergio Mattarella ha ricevuto oggi al Quirinale il presidente del Kenya William Ruto, in visita ufficiale in Italia fino a giovedì. ' +
      'Al termine del colloquio, Ruto si è recato a Palazzo Chigi, dove è stato accolto dalla presidente del Consiglio Giorgia Meloni.';
    expect(run(text, '2024-03-12', 'it')).toEqual([
      'visit 2024-03-12..2024-03-14 Rome scheduled William Ruto',
      'meeting 2024-03-12..2024-03-12 Rome held Sergio Mattarella + William Ruto',
      'meeting 2024-03-12..2024-03-12 Rome held Giorgia Meloni + William Ruto',
    ]);
  });
});

describe('a stay frames later weekdays', () => {
  it('"lunedì per una visita di tre giorni ... mercoledì" resolves into the stay (it)', () => {
    const text = 'ROMA, 27 febbraio (Agenzia) - Il presidente Sergio Mattarella partirà lunedì per una visita di tre giorni a Vienna. Mercoledì incontrerà il cancelliere Christian Stocker.';
    expect(run(text, '2026-02-27', 'it')).toContain('meeting 2026-03-04..2026-03-04 Vienna scheduled Christian Stocker + Sergio Mattarella');
  });
});

describe('returns home', () => {
  it('a stay ends the day before a plain return (es)', () => {
    const text = 'LIMA, 4 de mayo (Agencia Andina) - El canciller Hugo de Zela viajará el lunes a Quito, donde se reunirá con la canciller Gabriela Sommerfeld. Volverá a Lima el jueves.';
    expect(run(text, '2026-05-04', 'es')[0]).toBe('visit 2026-05-04..2026-05-06 Quito scheduled Hugo de Zela');
  });
  it('a return "in the evening" keeps that day (en)', () => {
    const text = 'DUBLIN, May 29 (Irish Wire) - Taoiseach Micheál Martin travels to Lisbon on Monday for talks with Prime Minister Luís Montenegro. He returns to Dublin on Wednesday evening.';
    expect(run(text, '2026-05-29', 'en')[0]).toBe('visit 2026-06-01..2026-06-03 Lisbon scheduled Micheál Martin');
  });
});

describe('elliptic itineraries', () => {
  it('"sarà a A il 4 e 5 maggio e a B il 6": two stops; an undated meeting at B is on its day (it)', () => {
    const text = 'ROMA, 28 aprile (Agenzia) - Il ministro Antonio Tajani sarà a Varsavia il 4 e 5 maggio e a Vilnius il 6. A Vilnius è previsto un incontro con il presidente Gitanas Nausėda.';
    const r = run(text, '2026-04-28', 'it');
    expect(r).toContain('visit 2026-05-04..2026-05-05 Warsaw scheduled Antonio Tajani');
    expect(r).toContain('visit 2026-05-06..2026-05-06 Vilnius scheduled Antonio Tajani');
    expect(r).toContain('meeting 2026-05-06..2026-05-06 Vilnius scheduled Antonio Tajani + Gitanas Nausėda');
  });
});
