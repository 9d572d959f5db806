import { describe, expect, it } from 'vitest';
import { run } from './helpers';

/**
 * Leaders who act at a summit attend it, and a gathering of "heads of state and government" is
 * the summit it names. Sentences written here, in the manner of wire copy.
 */
describe('leaders acting in the summit’s paragraph attend it', () => {
  it('the leader who opens the meeting and the host who addresses it (en)', () => {
    const text =
      'VALLETTA, Nov 27, 2015 (Wire) - Queen Elizabeth II opened the Commonwealth Heads of Government Meeting on Friday. ' +
      'Maltese Prime Minister Joseph Muscat, the host, told the leaders that the Commonwealth had to change.';
    expect(run(text, '2015-11-27', 'en')).toContain('summit 2015-11-27..2015-11-27 Valletta held Elizabeth II + Joseph Muscat');
  });
  it('a head of government who will press his case at the council (it)', () => {
    const text =
      'Il Consiglio europeo si riunisce a Bruxelles il 15 e 16 dicembre per discutere di migrazione. ' +
      'Il presidente del consiglio Paolo Gentiloni chiederà ai partner europei più solidarietà.';
    expect(run(text, '2016-12-14', 'it')).toContain('summit 2016-12-15..2016-12-16 Brussels scheduled Paolo Gentiloni');
  });
  it('a minister who speaks is no attendee of a leaders’ summit, nor is a leader acting on another day (fr)', () => {
    const text =
      'Le sommet de l’Union africaine s’ouvre dimanche 9 février à Addis-Abeba. ' +
      'Le ministre sénégalais des Affaires étrangères Amadou Ba a salué la réforme. ' +
      'Le président rwandais Paul Kagame avait défendu la réforme le 3 janvier à Kigali.';
    const summits = run(text, '2020-02-07', 'fr').filter((e) => e.startsWith('summit'));
    expect(summits.join('\n')).not.toMatch(/Amadou Ba|Kagame/);
  });
});

describe('a gathering of heads of state and government is the summit just named', () => {
  it('gives the council its days and its city (it)', () => {
    const text =
      'Migranti e bilancio sono i temi in discussione al Consiglio europeo. ' +
      'I capi di stato e di governo dell’Unione europea si riuniscono a Bruxelles il 20 e 21 ottobre. ' +
      'Il presidente del consiglio italiano Matteo Renzi farà pressione sui partner europei.';
    expect(run(text, '2016-10-19', 'it')).toContain('summit 2016-10-20..2016-10-21 Brussels scheduled Matteo Renzi');
  });
  it('gathering leaders with no summit named before make one (es)', () => {
    const text =
      'Los jefes de Estado y de Gobierno de la Unión Europea se reúnen el jueves 22 de junio en Bruselas. ' +
      'El presidente del Gobierno Mariano Rajoy defenderá la política migratoria.';
    expect(run(text, '2017-06-21', 'es')).toContain('summit 2017-06-22..2017-06-22 Brussels scheduled Mariano Rajoy');
  });
});

describe('who is expected at a summit, and where it is', () => {
  it('"son esperados los presidentes de Guyana, David Granger; Bolivia, Evo Morales" attend (es)', () => {
    const text =
      'Brasilia, 21 dic (EFE) - La Cumbre del Mercosur se celebra hoy en Brasilia. ' +
      'Son esperados los presidentes de Guyana, David Granger; Bolivia, Evo Morales, y Argentina, Mauricio Macri.';
    expect(run(text, '2017-12-21', 'es')).toContain('summit 2017-12-21..2017-12-21 Brasília scheduled David Granger + Evo Morales + Mauricio Macri');
  });
  it('a country handed the group’s presidency is not where the summit is (es, en)', () => {
    expect(run('Durante la Cumbre del Mercosur del 21 de diciembre, el presidente Michel Temer traspasará la presidencia rotativa del bloque a Paraguay.', '2017-12-20', 'es').join('\n')).not.toMatch(/ PY | Asunción /);
    expect(run('At the G20 summit on 10 September, Prime Minister Narendra Modi will hand the presidency of the group to Brazil.', '2023-09-08', 'en').join('\n')).not.toMatch(/ BR | Brasília /);
  });
});

describe('leaders named among the gathering, and a summit of two named days', () => {
  it('"dei capi di Stato e di Governo, tra cui il presidente Barack Obama" attends "il vertice di oggi e domani" (it)', () => {
    const text =
      'Lisbona, 19 nov. (Wire) – Si apre oggi a Lisbona il vertice della Nato, dove al centro dei colloqui dei capi di Stato e di Governo, tra cui il presidente statunitense Barack Obama, ci sarà il nuovo concetto strategico. ' +
      'Nei documenti del vertice di oggi e domani la Nato non indicherà l’Iran come minaccia.';
    expect(run(text, '2010-11-19', 'it')).toContain('summit 2010-11-19..2010-11-20 Lisbon scheduled Barack Obama');
  });
});

describe('a summit of several days told without its dates', () => {
  it('"wrapping up a two-day summit" in Tuesday’s paper ran from Monday; its subject took part (en)', () => {
    const text =
      'RANCHO MIRAGE, Calif. — President Barack Obama and leaders of Southeast Asian nations are wrapping up a two-day summit conceived to show U.S. seriousness about staying engaged in the region.';
    expect(run(text, '2016-02-16', 'en')).toEqual(['summit 2016-02-15..2016-02-16 Rancho Mirage held Barack Obama']);
  });
  it('"a two-day summit opens today" runs from today; a leader who "remains excluded" is no attendee (en)', () => {
    const text =
      'EVIAN, June 14 (Wire) - French President Emmanuel Macron opens a two-day G7 summit today. Russian President Vladimir Putin, whose country was suspended from the G8, remains excluded.';
    const summits = run(text, '2026-06-14', 'en').filter((e) => e.startsWith('summit'));
    expect(summits).toEqual([expect.stringMatching(/^summit 2026-06-14\.\.2026-06-15 Evian-les-Bains \w+ Emmanuel Macron$/)]);
  });
});
