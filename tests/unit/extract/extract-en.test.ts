import { describe, it, expect } from 'vitest';
import { datesOf, peopleOf, run, extractEvents } from './helpers';

describe('English dates', () => {
  it('reads month-first ranges and single days against the dateline year', () => {
    expect(datesOf('The prime minister will tour Kenya from May 4-7 and return on May 9.', 'en', '2026-04-20')).toEqual(['May 4-7=2026-05-04..2026-05-07', 'May 9=2026-05-09']);
  });
  it('reads a range that crosses a month end', () => {
    expect(datesOf('She will be in Tokyo from January 30 to February 2.', 'en', '2026-01-10')).toEqual(['January 30 to February 2=2026-01-30..2026-02-02']);
  });
  it('reads a range that crosses a year end without a year', () => {
    expect(datesOf('The envoy is due in Doha from December 30 to January 2.', 'en', '2025-12-15')).toEqual(['December 30 to January 2=2025-12-30..2026-01-02']);
  });
  it('resolves "next Tuesday" and plain weekdays forward from a Thursday', () => {
    expect(datesOf('He will fly to Oslo next Tuesday and meet the king on Friday.', 'en', '2026-03-05')).toEqual(['next Tuesday=2026-03-10', 'Friday=2026-03-06']);
  });
  it('resolves a weekday in a past-tense sentence backwards', () => {
    expect(datesOf('The two leaders met in Vienna on Monday.', 'en', '2026-03-05')).toEqual(['Monday=2026-03-02']);
  });
  it('keeps a past day-month this year instead of pushing it a year ahead', () => {
    expect(datesOf('The ministers met on February 27 in Rome.', 'en', '2026-03-05')).toEqual(['February 27=2026-02-27']);
  });
  it('resolves tomorrow, yesterday and "the next day"', () => {
    expect(datesOf('She arrives tomorrow. He spoke yesterday. They meet again the next day.', 'en', '2026-06-10')).toEqual(['tomorrow=2026-06-11', 'yesterday=2026-06-09', 'the next day=2026-06-10']);
  });
});

describe('English people and titles', () => {
  it('finds titled names, gazetteer spellings and surnames later in the text', () => {
    const text = 'Foreign Secretary Yvette Cooper met Nigerian Finance Minister Wale Edun in Abuja. Cooper later spoke to Erdogan.';
    expect(peopleOf(text, 'en')).toEqual(['Yvette Cooper', 'Wale Edun', 'Recep Tayyip Erdoğan']);
  });
  it('reads names after an apposition comma and regnal names', () => {
    const text = 'The guest was received by the King of Jordan, Abdullah II, and by the Secretary-General of the OECD, Mathias Cormann.';
    expect(peopleOf(text, 'en')).toEqual(['Abdullah II', 'Mathias Cormann']);
  });
  it('does not take buildings for people', () => {
    expect(peopleOf('Officials at Downing Street and the White House declined to comment.', 'en')).toEqual([]);
  });
});

describe('English structure, places and status', () => {
  it('makes a visit with one meeting per bilateral, each placed and dated', () => {
    const text =
      'LONDON, March 2 (Reuters) - Japanese Prime Minister Sanae Takaichi will visit Britain from March 9-11, her office said.\n\nTakaichi will hold talks with Prime Minister Keir Starmer in London on March 9 and will be received by King Charles III at Buckingham Palace on March 10.';
    expect(run(text, '2026-03-02', 'en')).toEqual([
      'visit 2026-03-09..2026-03-11 London scheduled Sanae Takaichi',
      'meeting 2026-03-09..2026-03-09 London scheduled Keir Starmer + Sanae Takaichi',
      'meeting 2026-03-10..2026-03-10 London scheduled Charles III + Sanae Takaichi',
    ]);
  });
  it('records a dated phone call as held and skips a denied one', () => {
    const text = 'BERLIN (AP) — Chancellor Friedrich Merz spoke by phone with Prime Minister Mark Carney on Tuesday. A call with Xi Jinping has been ruled out.';
    expect(run(text, '2026-03-05', 'en')).toEqual(['call 2026-03-03..2026-03-03 - held Friedrich Merz + Mark Carney']);
  });
  it('gives a timed meeting the offset of its own place', () => {
    const r = extractEvents('President Emmanuel Macron will meet Prime Minister Narendra Modi in New Delhi at 10 a.m. on Friday.', { published: '2026-02-02', language: 'en' });
    expect(r.events[0].start).toBe('2026-02-06T10:00:00+05:30');
    expect(r.events[0].timezone).toBe('Asia/Kolkata');
  });
  it('marks a called-off trip cancelled and keeps its dates', () => {
    const text = 'Defence Secretary John Healey has cancelled his visit to Warsaw on April 14, the ministry said.';
    expect(run(text, '2026-04-08', 'en')).toEqual(['visit 2026-04-14..2026-04-14 Warsaw cancelled John Healey']);
  });
  it('returns nothing for an opinion piece without dated events', () => {
    expect(run('Leaders love summits. A phone call between presidents rarely changes anything, and visits are theatre.', '2026-03-05', 'en')).toEqual([]);
  });
});

describe('English untitled names', () => {
  it('reads full names right next to a meeting verb, not organisations or date words', () => {
    expect(run('OSLO (Reuters) - Jens Stoltenberg met Erna Solberg in Oslo on Monday to discuss energy.', '2026-03-10', 'en')).toEqual(['meeting 2026-03-09..2026-03-09 Oslo held Erna Solberg + Jens Stoltenberg']);
    expect(peopleOf('The Atlantic Alliance confirmed the mission. Tomorrow Carney meets Modi.', 'en')).toEqual(['Mark Carney', 'Narendra Modi']);
  });
});

describe('English places', () => {
  it('takes a town missing from the tables from "in Banff, Canada"', () => {
    expect(run('OTTAWA (Reuters) - Prime Minister Mark Carney will host Japanese Prime Minister Sanae Takaichi in Banff, Canada, on June 3.', '2026-05-20', 'en')).toEqual([
      'meeting 2026-06-03..2026-06-03 Banff scheduled Mark Carney + Sanae Takaichi',
    ]);
  });
  it('reads landmarks as their city (the White House is Washington)', () => {
    expect(run('President Donald Trump will receive Polish President Karol Nawrocki at the White House on Wednesday.', '2026-03-02', 'en')).toEqual([
      'meeting 2026-03-04..2026-03-04 Washington scheduled Donald Trump + Karol Nawrocki',
    ]);
  });
});
