import { describe, expect, it } from 'vitest';
import { datesOf } from './helpers';

// Published Tuesday 18 September 2018 in every case.
const PUB = '2018-09-18';

describe('days counted from the report', () => {
  it.each([
    ['en', 'The president met Macron the day before yesterday.', 'the day before yesterday=2018-09-16'],
    ['es', 'El presidente se reunió anteayer con Macron.', 'anteayer=2018-09-16'],
    ['it', "Il presidente ha incontrato Macron l'altro ieri.", "l'altro ieri=2018-09-16"],
    ['fr', 'Le président a rencontré avant-hier Macron.', 'avant-hier=2018-09-16'],
    ['de', 'Der Präsident traf Macron vorgestern.', 'vorgestern=2018-09-16'],
  ] as const)('the day before yesterday is two days back, not yesterday (%s)', (lang, text, date) => {
    expect(datesOf(text, lang, PUB)).toEqual([date]);
  });

  it.each([
    ['en', 'The president met Macron two days ago and will see Merz in 3 days.', ['two days ago=2018-09-16', 'in 3 days=2018-09-21']],
    ['es', 'El presidente se reunió con Macron hace dos días y verá a Merz dentro de tres días.', ['hace dos días=2018-09-16', 'dentro de tres días=2018-09-21']],
    ['it', 'Il presidente ha incontrato Macron due giorni fa e vedrà Merz tra tre giorni.', ['due giorni fa=2018-09-16', 'tra tre giorni=2018-09-21']],
    ['fr', 'Le président a rencontré Macron il y a deux jours et verra Merz dans trois jours.', ['il y a deux jours=2018-09-16', 'dans trois jours=2018-09-21']],
    ['de', 'Der Präsident traf Macron vor zwei Tagen und trifft Merz in drei Tagen.', ['vor zwei Tagen=2018-09-16', 'in drei Tagen=2018-09-21']],
  ] as const)('"n days ago" and "in n days" (%s)', (lang, text, dates) => {
    expect(datesOf(text, lang, PUB)).toEqual(dates);
  });

  it.each([
    ['en', 'The president met Macron last night.', 'last night=2018-09-17'],
    ['es', 'El presidente se reunió anoche con Macron.', 'anoche=2018-09-17'],
  ] as const)('last night is yesterday (%s)', (lang, text, date) => {
    expect(datesOf(text, lang, PUB)).toEqual([date]);
  });
});

describe('a day of the month named with "day"', () => {
  it.each([
    ['es', 'El presidente se reunió el pasado día 17 con Macron.', 'el pasado día 17=2018-09-17'],
    ['es', 'El presidente se reunirá el día 20 con Macron.', 'el día 20=2018-09-20'],
    ['it', 'Il presidente ha incontrato Macron il giorno 17.', 'il giorno 17=2018-09-17'],
  ] as const)('%s: %s', (lang, text, date) => {
    expect(datesOf(text, lang, PUB)).toEqual([date]);
  });
});

describe('"from" a date dates the event, not a thing', () => {
  it.each([
    ['fr', 'Le président sera à Paris à partir du 20 septembre.', '20 septembre=2018-09-20'],
    ['es', 'El presidente estará en París a partir del 20 de septiembre.', '20 de septiembre=2018-09-20'],
    ['it', 'Il presidente sarà a Parigi a partire dal 20 settembre.', '20 settembre=2018-09-20'],
  ] as const)('%s', (lang, text, date) => {
    expect(datesOf(text, lang, PUB)).toEqual([date]);
  });
});

describe('a day with its month is a full date, whatever word comes before the day', () => {
  it.each([
    ['es', 'Milei se reunirá con el papa Francisco el próximo 12 de febrero.', '12 de febrero=2025-02-12'],
    ['es', 'Milei se reunió con el papa Francisco el pasado día 12 de febrero.', '12 de febrero=2024-02-12'],
    ['it', 'Meloni ha incontrato il Papa il giorno 12 febbraio.', '12 febbraio=2024-02-12'],
  ] as const)('%s: %s', (lang, text, date) => {
    expect(datesOf(text, lang, '2024-06-04')).toEqual([date]);
  });
});
