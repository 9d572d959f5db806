import { describe, it, expect } from 'vitest';
import { datesOf, peopleOf, run, extractEvents } from './helpers';

describe('German dates', () => {
  it('reads "vom 24. bis 26. Februar", "am 7. und 8. Juli" and "zwischen dem 3. und 5. Mai"', () => {
    expect(datesOf('Sie reist vom 24. bis 26. Februar nach Rom, ist am 7. und 8. Juli in Wien und zwischen dem 3. und 5. Mai in Prag.', 'de', '2026-02-01')).toEqual([
      '24. bis 26. Februar=2026-02-24..2026-02-26',
      '7. und 8. Juli=2026-07-07..2026-07-08',
      '3. und 5. Mai=2026-05-03..2026-05-05',
    ]);
  });
  it('reads the Austrian "Jänner" and resolves "am Montag" forward', () => {
    expect(datesOf('Das Treffen fand am 21. Jänner statt. Am Montag reist er nach Bern.', 'de', '2026-02-12')).toEqual(['21. Jänner=2026-01-21', 'Montag=2026-02-16']);
  });
});

describe('German people and titles', () => {
  it('separates compound titles from names', () => {
    const text = 'Bundesaußenminister Johann Wadephul traf die estnische Außenministerin Anna Tamm und Nato-Generalsekretär Mark Rutte.';
    expect(peopleOf(text, 'de')).toEqual(['Johann Wadephul', 'Anna Tamm', 'Mark Rutte']);
  });
  it('reads German spellings of office holders', () => {
    expect(peopleOf('Selenskyj sprach mit Lawrow nicht.', 'de')).toEqual(['Volodymyr Zelensky', 'Sergei Lavrov']);
  });
});

describe('German structure, places and status', () => {
  it('reads a visit with a timed meeting in local time', () => {
    const text = 'Berlin, 4. Mai 2026 (dpa) - Bundeskanzler Friedrich Merz reist am Donnerstag nach Warschau. Dort trifft er um 16 Uhr Ortszeit Ministerpräsident Donald Tusk.';
    const r = extractEvents(text, { published: '2026-05-04', language: 'de' });
    expect(r.events.map((e) => [e.kind, e.start, e.location?.city, e.participants.map((p) => p.name).join(' + ')])).toEqual([
      ['visit', '2026-05-07', 'Warsaw', 'Friedrich Merz'],
      ['meeting', '2026-05-07T16:00:00+02:00', 'Warsaw', 'Friedrich Merz + Donald Tusk'],
    ]);
  });
  it('marks a called-off trip and its meeting cancelled', () => {
    const text = 'Berlin, 9. März 2026 (dpa) - Verteidigungsminister Boris Pistorius hat seine für Mittwoch geplante Reise nach Riga abgesagt. Er wollte dort Präsident Edgars Rinkēvičs treffen.';
    expect(run(text, '2026-03-09', 'de')).toEqual(['visit 2026-03-11..2026-03-11 Riga cancelled Boris Pistorius', 'meeting 2026-03-11..2026-03-11 Riga cancelled Boris Pistorius + Edgars Rinkēvičs']);
  });
});

describe('German precision', () => {
  it('does not read "ist in Kiew" in a description as a trip', () => {
    expect(run('Berlin, 2. März 2026 (dpa) - Die Lage ist in Kiew am Montag angespannt, sagte Außenminister Johann Wadephul.', '2026-03-02', 'de')).toEqual([]);
  });
});
