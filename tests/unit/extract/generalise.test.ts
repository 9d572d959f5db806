import { describe, it, expect } from 'vitest';
import { run } from './helpers';

// Rules of grammar that generalise beyond the dev corpus, each with fresh sentences.

describe('coordinated objects of a meeting verb', () => {
  it('a guest meeting "A and B" holds one bilateral with each (en)', () => {
    const text = 'OSLO, June 1 (Nordic Wire) - Norwegian Foreign Minister Espen Barth Eide travels to Rome on Thursday. There he will meet Defence Minister Guido Crosetto and Prime Minister Giorgia Meloni.';
    const r = run(text, '2026-06-01', 'en');
    expect(r).toContain('meeting 2026-06-04..2026-06-04 Rome scheduled Espen Barth Eide + Guido Crosetto');
    expect(r).toContain('meeting 2026-06-04..2026-06-04 Rome scheduled Espen Barth Eide + Giorgia Meloni');
    expect(r.some((l) => l.includes('Giorgia Meloni + Guido Crosetto'))).toBe(false);
  });
  it('"trifft ... A und B" in German is two bilaterals too', () => {
    const text = 'WIEN, 10. Juni (APA) - Bundeskanzler Christian Stocker reist am Freitag nach Prag. Dort trifft er Ministerpräsident Andrej Babiš und Präsident Petr Pavel.';
    const r = run(text, '2026-06-10', 'de');
    expect(r.filter((l) => l.startsWith('meeting')).length).toBe(2);
    expect(r.some((l) => l.includes('Andrej Babiš + Petr Pavel'))).toBe(false);
  });
  it('a host receiving "A and B" receives one delegation (fr)', () => {
    const text = "PARIS, 3 juin (AFP) - Le président Emmanuel Macron a reçu lundi à l'Élysée le Premier ministre belge Bart De Wever et le ministre belge Maxime Prévot.";
    const r = run(text, '2026-06-03', 'fr');
    expect(r.filter((l) => l.startsWith('meeting'))).toEqual(['meeting 2026-06-01..2026-06-01 Paris held Bart De Wever + Emmanuel Macron + Maxime Prévot']);
  });
  it('"incontrerà X e sarà ricevuto da Y": two clauses, two bilaterals (it)', () => {
    const text = 'MADRID, 2 marzo (Agenzia Sud) - Il ministro degli Esteri José Manuel Albares sarà a Lisbona lunedì 9 marzo. Incontrerà il collega Paulo Rangel e sarà ricevuto dal primo ministro Luís Montenegro.';
    const r = run(text, '2026-03-02', 'it').filter((l) => l.startsWith('meeting'));
    expect(r).toEqual([
      'meeting 2026-03-09..2026-03-09 Lisbon scheduled José Manuel Albares + Paulo Rangel',
      'meeting 2026-03-09..2026-03-09 Lisbon scheduled José Manuel Albares + Luís Montenegro',
    ]);
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

describe('negated planning words', () => {
  it('"non è, per ora, previsto un incontro" is not returned (it)', () => {
    const text = 'ROMA, 5 maggio (Agenzia) - Il ministro Antonio Tajani sarà a Parigi giovedì 7 maggio. Non è, per ora, previsto un incontro con il presidente Emmanuel Macron.';
    const r = run(text, '2026-05-05', 'it');
    expect(r.some((l) => l.includes('Macron'))).toBe(false);
  });
  it('"a meeting with X is not currently planned" and "ne sont pas prévues" (en, fr)', () => {
    expect(run('Talks with President Javier Milei are not currently planned for Monday, the embassy said.', '2026-05-05', 'en')).toEqual([]);
    expect(run('Des discussions avec le président Javier Milei ne sont pas encore prévues lundi.', '2026-05-05', 'fr')).toEqual([]);
  });
});

describe('meeting verbs and companions', () => {
  it('reads the French infinitive "s\'entretenir avec" after a modal', () => {
    const text = "BRUXELLES, 2 mars (Belga) - Le Premier ministre Bart De Wever se rendra à Madrid le 9 mars. Il doit s'entretenir le 9 mars avec le président du gouvernement Pedro Sánchez.";
    expect(run(text, '2026-03-02', 'fr')).toContain('meeting 2026-03-09..2026-03-09 Madrid scheduled Bart De Wever + Pedro Sánchez');
  });
  it('"X, who travels with him, will meet Y": X joins the trip and is the subject of the meeting', () => {
    const text = 'WELLINGTON, March 2 (Pacific Wire) - Prime Minister Christopher Luxon will travel to Tokyo on Monday for a two-day visit. Trade Minister Todd McClay, who travels with him, will meet Economy Minister Ryosei Akazawa on Tuesday.';
    const r = run(text, '2026-03-02', 'en');
    expect(r).toContain('visit 2026-03-02..2026-03-03 Tokyo scheduled Christopher Luxon + Todd McClay');
    expect(r).toContain('meeting 2026-03-03..2026-03-03 Tokyo scheduled Ryosei Akazawa + Todd McClay');
  });
  it('"followed by" is no past-tense marker: the weekday stays in the coming week', () => {
    const text = 'OTTAWA, April 1 (Maple Wire) - Prime Minister Mark Carney is scheduled to meet President Claudia Sheinbaum in Mexico City on Tuesday, followed by a dinner.';
    expect(run(text, '2026-04-01', 'en')).toContain('meeting 2026-04-07..2026-04-07 Mexico City scheduled Claudia Sheinbaum + Mark Carney');
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

describe('negated agenda', () => {
  it('"nicht auf der Tagesordnung" and "not on the agenda for now" drop the meeting', () => {
    expect(run('Ein Gespräch mit Präsident Emmanuel Macron steht am Montag derzeit nicht auf der Tagesordnung.', '2026-05-05', 'de')).toEqual([]);
    expect(run('A meeting with President Lula da Silva is not, for now, on the agenda for Friday.', '2026-05-05', 'en')).toEqual([]);
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
