import { describe, expect, it } from 'vitest';
import { datesOf, extractEvents, run } from './helpers';

/** Weekdays in a report: which week they fall in, and whether they date the event or the report. */
describe('weekdays of a report', () => {
  it('with no tense, a weekday of the last three days is past, any other is coming', () => {
    // 2019-02-08 is a Friday.
    expect(datesOf('Die Begegnung mit Pompeo am Donnerstag.', 'de', '2019-02-08')).toEqual(['Donnerstag=2019-02-07']);
    expect(datesOf('Das Treffen am Montag in Berlin.', 'de', '2019-02-08')).toEqual(['Montag=2019-02-11']);
    expect(datesOf('Le sommet de vendredi.', 'fr', '2019-02-08')).toEqual(['vendredi=2019-02-08']);
  });
  // Wire style names the day of the report by its weekday too ("will travel on Friday" in Friday's
  // paper, or in one dated the morning after it was written): the future starts today.
  it('a verb in the future looks from this day on, one in the past back', () => {
    expect(datesOf('Il incontrerà venerdì il presidente.', 'it', '2019-02-08')).toEqual(['venerdì=2019-02-08']);
    expect(datesOf('Il incontrerà lunedì il presidente.', 'it', '2019-02-08')).toEqual(['lunedì=2019-02-11']);
    expect(datesOf('He met the president on Thursday.', 'en', '2019-02-08')).toEqual(['Thursday=2019-02-07']);
    // "Heads of Government" is no "heads to": the verb is "opened".
    expect(datesOf('The Queen opened the Commonwealth Heads of Government Meeting on Friday.', 'en', '2011-10-28')).toEqual(['Friday=2011-10-28']);
  });
  it('a day after an event word dates the event, even right before a verb of saying (de)', () => {
    // Clauses keep only the days of events: a report's own day is dropped from them.
    expect(datesOf('Nach der Begegnung mit Mike Pompeo am Donnerstag in Washington betonte er die Beziehungen.', 'de', '2019-02-08')).toEqual(['Donnerstag=2019-02-07']);
    expect(datesOf('Cassis betonte am Freitag die guten Beziehungen.', 'de', '2019-02-08')).toEqual([]);
  });
  it('a speaker who goes on to meet someone takes part (it)', () => {
    const [meeting, ...rest] = extractEvents('Washington, 23 giugno 2023 - Lo ha detto il ministro della Difesa Guido Crosetto, incontrando al Pentagono il segretario alla Difesa Lloyd Austin.', { published: '2023-06-23', language: 'it' }).events;
    expect(rest).toEqual([]);
    expect([meeting.kind, meeting.start, meeting.location?.city, meeting.participants.map((p) => p.name)]).toEqual(['meeting', '2023-06-23', 'Washington', ['Guido Crosetto', 'Lloyd Austin']]);
  });
  it('"the two men" after "says" are the pair named before (en)', () => {
    const events = run('OTTAWA - Prime Minister Justin Trudeau has congratulated U.S. President Donald Trump on his inauguration. The Prime Minister’s Office says the two men spoke by phone Saturday.', '2017-01-21', 'en');
    expect(events).toEqual(['call 2017-01-21..2017-01-21 - held Donald Trump + Justin Trudeau']);
  });
});

describe('the day of a trip the lead tells without one', () => {
  it('"est arrivé à Washington" in the lead is the report\'s day, with the verb of motion in the past (fr)', () => {
    const events = run('Nicolas Sarkozy est arrivé en fin de matinée à Washington, a annoncé la présidence française.', '2011-01-10', 'fr');
    expect(events).toEqual(['visit 2011-01-10..2011-01-10 Washington held Nicolas Sarkozy']);
  });
  it('"visited ... last week" is not dated to the report\'s day (en)', () => {
    expect(run('PARIS (AFP) - Emmanuel Macron visited Berlin last week.', '2026-03-09', 'en')).toEqual([]);
  });
});

describe('a day assumed for the lead, then told', () => {
  it('"the meeting took place on Tuesday 10" corrects the report\'s day the lead implied (es)', () => {
    const text = 'El canciller Hugo de Zela sostuvo una reunión con el presidente electo de Chile, José Antonio Kast. La cita se llevó a cabo en la ciudad de Santiago el último martes 10.';
    expect(run(text, '2026-03-11', 'es')).toContain('meeting 2026-03-10..2026-03-10 Santiago held Hugo de Zela + José Antonio Kast');
  });
});

describe('the day the next sentence goes on from', () => {
  it('is the day beside the event word, not a later date the sentence only mentions (de)', () => {
    const text = 'Bundeskanzler Gerhard Schröder empfing am Donnerstag, den 08.09.2005, seinen letzten Staatsgast vor den Neuwahlen am 18. September. Am Mittag traf Schröder in Berlin mit dem russischen Präsidenten Wladimir Putin zusammen.';
    expect(run(text, '2005-09-08', 'de')).toContain('meeting 2005-09-08..2005-09-08 Berlin held Gerhard Schröder + Vladimir Putin');
  });
});

describe('a dateline’s own day before the publication date given', () => {
  // Pasted on Wednesday 13 March 2024, the reports are datelined Tuesday the 12th.
  it.each([
    ['es', 'Madrid, 12 mar (EFE).- El presidente del Gobierno, Pedro Sánchez, recibió hoy en La Moncloa al presidente de Chile, Gabriel Boric.', 'Madrid', 'Gabriel Boric + Pedro Sánchez'],
    ['it', 'ROMA, 12 MAR - La premier Giorgia Meloni ha ricevuto oggi a Palazzo Chigi il presidente cileno Gabriel Boric.', 'Rome', 'Gabriel Boric + Giorgia Meloni'],
    ['en', 'LONDON, March 12 (Wire) - Prime Minister Rishi Sunak met Chilean President Gabriel Boric at Downing Street today.', 'London', 'Gabriel Boric + Rishi Sunak'],
  ] as const)('is the day "today" means (%s)', (lang, text, city, pair) => {
    expect(run(text, '2024-03-13', lang)).toEqual([`meeting 2024-03-12..2024-03-12 ${city} held ${pair}`]);
  });

  it('a dateline weeks older than the publication date is not taken for today (en)', () => {
    expect(run('LONDON, February 2 (Wire) - Prime Minister Rishi Sunak met Chilean President Gabriel Boric at Downing Street today.', '2024-03-13', 'en')).toEqual(['meeting 2024-03-13..2024-03-13 London held Gabriel Boric + Rishi Sunak']);
  });
});

describe('live-blog entries headed by a time', () => {
  it('an entry with no day of its own is on the day of the report (en)', () => {
    const text = 'BERLIN, May 5 (Spree Wire) - Live: Chancellor Friedrich Merz in Warsaw.\n\n10:15 – Chancellor Friedrich Merz has arrived in Warsaw.\n\n11:40 – In Warsaw, Merz meets Prime Minister Donald Tusk.\n';
    const r = run(text, '2026-05-05', 'en');
    expect(r).toContain('meeting 2026-05-05..2026-05-05 Warsaw scheduled Donald Tusk + Friedrich Merz');
  });
  it('a clock time inside a sentence is no entry heading', () => {
    const text = 'Chancellor Friedrich Merz said at 10:15 that he would meet Prime Minister Donald Tusk one day.';
    expect(run(text, '2026-05-05', 'en')).toEqual([]);
  });
});

describe('diary entries', () => {
  it('"his Italian counterpart X": the nationality is no name (en)', () => {
    const text = 'DIPLOMATIC DIARY (Wire, March 2)\n\nWednesday, March 4: Spanish Foreign Minister José Manuel Albares receives his Italian counterpart Antonio Tajani in Madrid.';
    const r = run(text, '2026-03-02', 'en');
    expect(r).toEqual(['meeting 2026-03-04..2026-03-04 Madrid scheduled Antonio Tajani + José Manuel Albares']);
  });
  it('"NATO defence ministers meet in Brussels, chaired by X" is a gathering X attends (en)', () => {
    const text = 'DIPLOMATIC DIARY (Wire, March 2)\n\nMonday, March 2: Chancellor Friedrich Merz receives Prime Minister Donald Tusk in Berlin.\n\nThursday, March 5: NATO defence ministers meet in Brussels, chaired by Secretary General Mark Rutte.';
    const r = run(text, '2026-03-02', 'en');
    expect(r).toContain('conference 2026-03-05..2026-03-05 Brussels scheduled Mark Rutte');
    expect(r.some((l) => l.includes('Donald Tusk + Mark Rutte') || l.includes('Friedrich Merz + Mark Rutte'))).toBe(false);
  });
  it('"i ministri degli Esteri dell\'Ue si riuniscono" (it)', () => {
    const text = "ROMA, 2 marzo (Agenzia) - Giovedì 5 marzo i ministri degli Esteri dell'Ue si riuniscono a Bruxelles, alla presenza dell'Alta rappresentante Kaja Kallas.";
    expect(run(text, '2026-03-02', 'it').some((l) => /^(?:conference|summit) 2026-03-05\.\.2026-03-05 Brussels .* Kaja Kallas$/.test(l))).toBe(true);
  });
});

describe('time references with no day', () => {
  it('a clause naming only a month does not borrow the previous day (de)', () => {
    const text = 'BERN, 4. Mai (SDA) - Außenminister Ignazio Cassis reist am Mittwoch nach Ankara. Ein zunächst für Juni angesetztes Treffen mit dem griechischen Außenminister Giorgos Gerapetritis wurde gestrichen.';
    const r = run(text, '2026-05-04', 'de');
    expect(r.some((l) => l.includes('Gerapetritis'))).toBe(false);
  });
  it('"last autumn" in English leaves the meeting undated', () => {
    const text = 'LIMA, Feb 2 (Andes Wire) - President José Jerí flies to Santiago on Friday. He last met President José Antonio Kast in the autumn, officials said.';
    expect(run(text, '2026-02-02', 'en').some((l) => l.includes('Kast'))).toBe(false);
  });
});
