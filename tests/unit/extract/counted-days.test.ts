import { describe, expect, it } from 'vitest';
import { datesOf, run } from './helpers';

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

describe('ordinal days of a stay', () => {
  it('"il secondo giorno" counts from the start of a stay with known days (it)', () => {
    const text = 'ROMA, 2 ottobre (Agenzia) - Il ministro Antonio Tajani sarà a Varsavia dal 5 al 7 ottobre. Il secondo giorno incontrerà il ministro Radosław Sikorski.';
    expect(run(text, '2026-10-02', 'it')).toContain('meeting 2026-10-06..2026-10-06 Warsaw scheduled Antonio Tajani + Radosław Sikorski');
  });
  it('"on day three" and "the final day" (en), "am zweiten Tag" (de), "la troisième journée" (fr), "el segundo día" (es)', () => {
    expect(datesOf('The visit runs from March 3 to March 6. On day three he tours the port; the final day is free.', 'en', '2026-03-01')).toEqual(['March 3 to March 6=2026-03-03..2026-03-06', 'day three=2026-03-05', 'final day=2026-03-06']);
    expect(datesOf('Der Besuch dauert vom 3. bis 5. März. Am zweiten Tag folgt Krakau.', 'de', '2026-03-01')).toContain('zweiten Tag=2026-03-04');
    expect(datesOf('La visite aura lieu du 3 au 5 mars. La troisième journée sera consacrée à Lyon.', 'fr', '2026-03-01')).toContain('troisième journée=2026-03-05');
    expect(datesOf('La gira será del 3 al 5 de marzo. El segundo día viajará a Sevilla.', 'es', '2026-03-01')).toContain('segundo día=2026-03-04');
  });
  it('an ordinal day with no stay told is the report’s day (the stay began before it); one still to come is not dated', () => {
    expect(datesOf('On the second day of talks, nothing moved.', 'en', '2026-03-01')).toEqual(['second day=2026-03-01']);
    expect(datesOf('On the second day of talks, the ministers will sign the accord.', 'en', '2026-03-01')).toEqual([]);
  });
});

describe('"Thursday week"', () => {
  it('is the Thursday after the coming one; "this Thursday" is the coming one (en)', () => {
    // 2026-03-02 is a Monday.
    expect(datesOf('He meets her this Thursday and flies to Lima on Thursday week.', 'en', '2026-03-02')).toEqual(['this Thursday=2026-03-05', 'Thursday week=2026-03-12']);
  });
  it('"in two weeks\' time" names no day: the event is not returned', () => {
    const text = 'OTTAWA, March 2 (Maple Wire) - Foreign Minister Anita Anand is expected in Canberra in two weeks\' time to meet Foreign Minister Penny Wong.';
    expect(run(text, '2026-03-02', 'en')).toEqual([]);
  });
});
