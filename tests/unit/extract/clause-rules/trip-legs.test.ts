import { describe, expect, it } from 'vitest';
import { run } from '../helpers';

// clause/rules/trip-legs.ts and leg-days.ts: who travels where, on which days.
describe('a travel word makes a visit of the person before it to the place after it', () => {
  it.each([
    ['en', 'Friedrich Merz will travel to Paris on Wednesday.', 'visit 2026-03-04..2026-03-04 Paris scheduled Friedrich Merz'],
    ['de', 'Am Mittwoch reist Bundeskanzler Friedrich Merz nach Paris.', 'visit 2026-03-04..2026-03-04 Paris scheduled Friedrich Merz'],
    ['it', 'È arrivato oggi a Roma il presidente Emmanuel Macron.', 'visit 2026-03-02..2026-03-02 Rome held Emmanuel Macron'],
    ['es', 'Pedro Sánchez viaja hoy de Madrid a Lisboa.', 'visit 2026-03-02..2026-03-02 Lisbon scheduled Pedro Sánchez'],
    ['en', 'Emmanuel Macron will be in Berlin from Tuesday to Thursday.', 'visit 2026-03-03..2026-03-05 Berlin scheduled Emmanuel Macron'],
    ['de', 'Frank-Walter Steinmeier besucht Dienstag und Mittwoch Wien.', 'visit 2026-03-03..2026-03-04 Vienna scheduled Frank-Walter Steinmeier'],
  ] as const)('%s: %s', (lang, text, visit) => {
    expect(run(text, '2026-03-02', lang)).toEqual([visit]);
  });

  it('a leading participle has the subject after its comma (fr)', () => {
    expect(run('Arrivé à Rome lundi, Emmanuel Macron sera reçu mardi par Sergio Mattarella.', '2026-03-02', 'fr')).toEqual([
      'visit 2026-03-02..2026-03-03 Rome scheduled Emmanuel Macron',
      'meeting 2026-03-03..2026-03-03 Rome scheduled Emmanuel Macron + Sergio Mattarella',
    ]);
  });
});

// clause/rules/itinerary-legs.ts: "in A on Thursday and Friday, then in B on Saturday and in C on Sunday" is one stop per place.
describe('an itinerary told in one clause is one stop per place, each with its days', () => {
  it.each([
    ['es', 'Pedro Sánchez estará en Lisboa el martes y en Oporto el miércoles.', 'Lisbon', 'Porto', 'Pedro Sánchez'],
    ['en', 'Keir Starmer will be in Paris on Tuesday and in Berlin on Wednesday.', 'Paris', 'Berlin', 'Keir Starmer'],
  ] as const)('two stops (%s)', (lang, text, first, second, who) => {
    expect(run(text, '2026-03-02', lang)).toEqual([`visit 2026-03-03..2026-03-03 ${first} scheduled ${who}`, `visit 2026-03-04..2026-03-04 ${second} scheduled ${who}`]);
  });

  it.each([
    ['en', 'Scholz will be in Brussels on Thursday and Friday, then in Warsaw on Saturday, and in Vilnius on Sunday.', 'Olaf Scholz'],
    ['de', 'Scholz wird am Donnerstag und Freitag in Brüssel sein, dann am Samstag in Warschau und am Sonntag in Vilnius.', 'Olaf Scholz'],
    ['de', 'Scholz reist am Donnerstag nach Brüssel, dann am Samstag nach Warschau und am Sonntag nach Vilnius.', 'Olaf Scholz'],
    ['it', 'Meloni sarà giovedì e venerdì a Bruxelles, poi sabato a Varsavia e domenica a Vilnius.', 'Giorgia Meloni'],
    ['fr', 'Macron sera jeudi et vendredi à Bruxelles, puis samedi à Varsovie et dimanche à Vilnius.', 'Emmanuel Macron'],
    ['es', 'Sánchez estará el jueves y el viernes en Bruselas, luego el sábado en Varsovia y el domingo en Vilna.', 'Pedro Sánchez'],
  ] as const)('three stops (%s)', (lang, text, who) => {
    expect(run(text, '2024-03-11', lang)).toEqual([
      `visit 2024-03-14..2024-03-15 Brussels scheduled ${who}`,
      `visit 2024-03-16..2024-03-16 Warsaw scheduled ${who}`,
      `visit 2024-03-17..2024-03-17 Vilnius scheduled ${who}`,
    ]);
  });

  it('a place with no day of its own is no stop', () => {
    expect(run('Scholz will travel to Brussels on Thursday, then to Warsaw and Vilnius on Sunday.', '2024-03-11', 'en')).toEqual(['visit 2024-03-14..2024-03-14 Brussels scheduled Olaf Scholz']);
  });
});

describe('what the next sentence tells goes on in the story', () => {
  it('"later flew to" is the same day (en)', () => {
    expect(run('ROME, June 12 (Reuters) - French President Nicolas Sarkozy met Italian Prime Minister Silvio Berlusconi in Rome on Thursday. The French president later flew to Madrid.', '2008-06-12', 'en')).toContain('visit 2008-06-12..2008-06-12 Madrid held Nicolas Sarkozy');
  });

  it.each([
    ['it', 'Il presidente russo Vladimir Putin è arrivato oggi a Roma. Nel pomeriggio il leader del Cremlino sarà ricevuto al Quirinale dal presidente Sergio Mattarella e poi incontrerà il premier Giuseppe Conte a Palazzo Chigi.'],
    ['de', 'Der russische Präsident Wladimir Putin ist heute in Rom eingetroffen. Am Nachmittag wird er von Staatspräsident Sergio Mattarella empfangen, danach trifft er Ministerpräsident Giuseppe Conte.'],
    ['es', 'El presidente ruso, Vladímir Putin, llegó este jueves a Roma. Por la tarde será recibido por el presidente Sergio Mattarella y después se reunirá con el primer ministro Giuseppe Conte.'],
  ] as const)('a guest received by one host and then meeting another holds two meetings (%s)', (lang, text) => {
    expect(run(text, '2019-07-04', lang)).toEqual([
      'visit 2019-07-04..2019-07-04 Rome held Vladimir Putin',
      'meeting 2019-07-04..2019-07-04 Rome scheduled Sergio Mattarella + Vladimir Putin',
      'meeting 2019-07-04..2019-07-04 Rome scheduled Giuseppe Conte + Vladimir Putin',
    ]);
  });
});

describe('words of going, being and stopping over', () => {
  // Published Tuesday 4 June 2024: "Monday" is 3 June.
  it.each([
    ['es', 'El presidente argentino Javier Milei se desplazó a Madrid el lunes.'],
    ['es', 'El presidente argentino Javier Milei se trasladó a Madrid el lunes.'],
    ['it', 'Il presidente argentino Javier Milei si è recato a Madrid lunedì.'],
    ['fr', "Le président argentin Javier Milei s'est envolé pour Madrid lundi."],
    ['fr', 'Le président argentin Javier Milei a fait escale à Madrid lundi.'],
    ['en', 'Argentine President Javier Milei was in Madrid on Monday.'],
    ['en', 'Argentine President Javier Milei headed to Madrid on Monday.'],
    ['en', 'Argentine President Javier Milei stopped in Madrid on Monday.'],
    ['de', 'Der argentinische Präsident Javier Milei landete am Montag in Madrid.'],
    ['de', 'Der argentinische Präsident Javier Milei weilte am Montag in Madrid.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(run(text, '2024-06-04', lang)).toEqual(['visit 2024-06-03..2024-06-03 Madrid held Javier Milei']);
  });
});

it('"is expected in" a city on a day is a visit there (en)', () => {
  expect(run('Kenyan President William Ruto is expected in Washington on Thursday for a state visit.', '2024-06-04', 'en')).toEqual(['visit 2024-06-06..2024-06-06 Washington scheduled William Ruto']);
});

describe('itineraries told as a list of days and places', () => {
  // Published Tuesday 4 June 2024: "Monday, Tuesday, Wednesday" in a future itinerary are next week's.
  const NEXT_WEEK = (who: string) => [`visit 2024-06-10..2024-06-10 Berlin scheduled ${who}`, `visit 2024-06-11..2024-06-11 Warsaw scheduled ${who}`, `visit 2024-06-12..2024-06-12 Vilnius scheduled ${who}`];
  it.each([
    ['en', 'Macron will be in Berlin on Monday, Warsaw on Tuesday and Vilnius on Wednesday.', 'Emmanuel Macron'],
    ['es', 'Sánchez estará el lunes en Berlín, el martes en Varsovia y el miércoles en Vilna.', 'Pedro Sánchez'],
    ['fr', 'Emmanuel Macron sera lundi à Berlin, mardi à Varsovie et mercredi à Vilnius.', 'Emmanuel Macron'],
    ['it', 'Dopo la tappa di Berlino di lunedì, Mattarella proseguirà martedì per Varsavia e mercoledì per Vilnius.', 'Sergio Mattarella'],
    ['de', 'Präsident Macron reist am Montag nach Berlin, am Dienstag nach Warschau und am Mittwoch nach Vilnius.', 'Emmanuel Macron'],
  ] as const)('weekdays in the order of the week are consecutive days, each at its place (%s)', (lang, text, who) => {
    expect(run(text, '2024-06-04', lang)).toEqual(NEXT_WEEK(who));
  });

  it('a tour begun at one stop is not all spent there when the sentence names the later stops (es)', () => {
    const text = 'Sánchez iniciará el lunes en Nueva Delhi una gira asiática que le llevará también a Tokio el miércoles y a Seúl el viernes.';
    expect(run(text, '2024-06-04', 'es')).toEqual([
      'visit 2024-06-10..2024-06-11 New Delhi scheduled Pedro Sánchez',
      'visit 2024-06-12..2024-06-13 Tokyo scheduled Pedro Sánchez',
      'visit 2024-06-14..2024-06-14 Seoul scheduled Pedro Sánchez',
    ]);
  });

  it('a place after "por" before a comma is where the traveller passed, not who introduces the subject (es)', () => {
    expect(run('Tras su paso por Lima, el presidente Lula viajará el jueves a Santiago de Chile.', '2024-06-04', 'es')).toEqual(['visit 2024-06-06..2024-06-06 Santiago scheduled Luiz Inácio Lula da Silva']);
  });
});
