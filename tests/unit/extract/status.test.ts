import { describe, it, expect } from 'vitest';
import { run } from './helpers';

// Status from tense and keywords (FORMAT.md rule 6), one construction per language.
describe('status of events', () => {
  it('en: a visit postponed to a new date takes the new date as scheduled', () => {
    expect(run('OTTAWA (Reuters) - Prime Minister Mark Carney has postponed his visit to Mexico City, originally planned for March 3, to March 20, his office said.', '2026-02-25', 'en')).toEqual([
      'visit 2026-03-20..2026-03-20 Mexico City scheduled Mark Carney',
    ]);
  });
  it('it: a meeting yesterday is held, one tomorrow is scheduled', () => {
    const text = 'Roma, 10 giugno 2026 - Il ministro Antonio Tajani ha incontrato ieri a Roma il ministro degli Esteri turco Hakan Fidan. Domani Tajani vedrà a Bruxelles l\'Alta rappresentante Kaja Kallas.';
    expect(run(text, '2026-06-10', 'it')).toEqual([
      'meeting 2026-06-09..2026-06-09 Rome held Antonio Tajani + Hakan Fidan',
      'meeting 2026-06-11..2026-06-11 Brussels scheduled Antonio Tajani + Kaja Kallas',
    ]);
  });
  it('fr: a visit "reportée" without a new date keeps its dates as postponed', () => {
    expect(run("Paris, 2 mars 2026 (AFP) - La visite d'Emmanuel Macron à Alger, prévue du 10 au 12 mars, a été reportée sine die.", '2026-03-02', 'fr')).toEqual([
      'visit 2026-03-10..2026-03-12 Algiers postponed Emmanuel Macron',
    ]);
  });
  it('de: a trip "verschoben" with a new date is scheduled on the new date', () => {
    expect(run('Berlin, 2. März 2026 (dpa) - Außenminister Johann Wadephul hat seine Reise nach Ankara auf den 19. März verschoben.', '2026-03-02', 'de')).toEqual([
      'visit 2026-03-19..2026-03-19 Ankara scheduled Johann Wadephul',
    ]);
  });
  it('es: an unconfirmed meeting is not returned, a confirmed one is', () => {
    const text = 'Lima, 4 may (EFE).- El presidente José Jerí se reunirá el viernes en Lima con el presidente de Chile, Gabriel Boric. Un encuentro con Gustavo Petro no está previsto.';
    expect(run(text, '2026-05-04', 'es')).toEqual(['meeting 2026-05-08..2026-05-08 Lima scheduled Gabriel Boric + José Jerí']);
  });
});

describe('postponed to a new day', () => {
  it('a meeting noun phrase keeps its place and takes the new day (en)', () => {
    const text = 'MADRID, March 2 (Iberia Wire) - The meeting between Foreign Minister José Manuel Albares and his French counterpart Jean-Noël Barrot, planned for Thursday in Paris, has been postponed to March 12 because of the strikes.';
    expect(run(text, '2026-03-02', 'en')).toEqual(['meeting 2026-03-12..2026-03-12 Paris scheduled Jean-Noël Barrot + José Manuel Albares']);
  });
  it('"auf den 20. März verschoben" (de)', () => {
    const text = 'WIEN, 2. März (APA) - Das Treffen zwischen Außenministerin Beate Meinl-Reisinger und dem tschechischen Außenminister Petr Macinka, ursprünglich für Freitag in Prag geplant, wurde auf den 20. März verschoben.';
    expect(run(text, '2026-03-02', 'de').filter((l) => l.startsWith('meeting'))).toEqual(['meeting 2026-03-20..2026-03-20 Prague scheduled Beate Meinl-Reisinger + Petr Macinka']);
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

describe('negated agenda', () => {
  it('"nicht auf der Tagesordnung" and "not on the agenda for now" drop the meeting', () => {
    expect(run('Ein Gespräch mit Präsident Emmanuel Macron steht am Montag derzeit nicht auf der Tagesordnung.', '2026-05-05', 'de')).toEqual([]);
    expect(run('A meeting with President Lula da Silva is not, for now, on the agenda for Friday.', '2026-05-05', 'en')).toEqual([]);
  });
});

describe('Spanish irregular preterites are past', () => {
  it('es: "mantuvo", "sostuvieron", "hizo" told on the report\'s day are held', () => {
    expect(run('Sánchez mantuvo este martes un encuentro con el presidente de Chile, Gabriel Boric.', '2024-03-12', 'es')).toEqual(['meeting 2024-03-12..2024-03-12 - held Gabriel Boric + Pedro Sánchez']);
    expect(run('Petro y Lula sostuvieron hoy una reunión en Brasilia.', '2024-03-12', 'es')).toEqual(['meeting 2024-03-12..2024-03-12 Brasília held Gustavo Petro + Luiz Inácio Lula da Silva']);
  });
  it('es: the future "mantendrá" told for the report\'s day stays scheduled', () => {
    expect(run('Sánchez mantendrá este martes un encuentro con el presidente de Chile, Gabriel Boric.', '2024-03-12', 'es')).toEqual(['meeting 2024-03-12..2024-03-12 - scheduled Gabriel Boric + Pedro Sánchez']);
  });
});

describe('German preterites and "since"', () => {
  it('de: "führte ... Gespräche" is past', () => {
    expect(run('Scholz führte am Dienstag in Peking Gespräche mit Staatschef Xi Jinping.', '2024-03-12', 'de')).toEqual(['meeting 2024-03-12..2024-03-12 Beijing held Olaf Scholz + Xi Jinping']);
  });
  it('de: "seit Sonntag" is the Sunday before the report', () => {
    expect(run('Frank-Walter Steinmeier hält sich seit Sonntag zu einem Staatsbesuch in Kenia auf.', '2024-03-12', 'de')).toEqual(['visit 2024-03-10..2024-03-10 KE held Frank-Walter Steinmeier']);
  });
});

describe('English irregular pasts', () => {
  it('en: "paid a surprise visit on Saturday" is last Saturday, held', () => {
    expect(run('Italian Prime Minister Giorgia Meloni paid a surprise visit to Kyiv on Saturday.', '2024-03-12', 'en')).toEqual(['visit 2024-03-09..2024-03-09 Kyiv held Giorgia Meloni']);
  });
});

describe('French participles in -i', () => {
  it('fr: "a accueilli mardi" told on Tuesday is held', () => {
    expect(run("Emmanuel Macron a accueilli mardi son homologue kényan William Ruto à l'Élysée.", '2024-03-12', 'fr')).toEqual(['meeting 2024-03-12..2024-03-12 Paris held Emmanuel Macron + William Ruto']);
  });
});
