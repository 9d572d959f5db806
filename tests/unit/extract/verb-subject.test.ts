import { describe, expect, it } from 'vitest';
import { extractEvents, run } from './helpers';

/** German V2 after an adverbial, Italian, Spanish and French verb-subject order: the traveller follows the verb. */
describe('a traveller named after the verb', () => {
  it.each([
    ['de', 'Am Montag reist Bundeskanzler Friedrich Merz nach Paris.', '2025-05-01', 'visit 2025-05-05..2025-05-05 Paris scheduled Friedrich Merz'],
    ['it', 'È arrivato oggi a Roma il presidente francese Emmanuel Macron.', '2019-02-26', 'visit 2019-02-26..2019-02-26 Rome held Emmanuel Macron'],
    ['es', 'Llegó este viernes a Santiago la presidenta brasileña Dilma Rousseff.', '2016-02-26', 'visit 2016-02-26..2016-02-26 Santiago held Dilma Rousseff'],
    ['es', 'Hasta el Palacio de La Moneda arribó este viernes la Mandataria brasileña, Dilma Rousseff.', '2016-02-26', 'visit 2016-02-26..2016-02-26 Santiago held Dilma Rousseff'],
  ] as const)('%s: %s', (lang, text, day, event) => {
    expect(run(text, day, lang)).toContain(event);
  });
  it('a pronoun after the verb is the subject; a person in a relative clause is not (de)', () => {
    const text = 'US-Präsident Barack Obama ist am Samstag in Nairobi. Am Sonntag reist er nach Addis Abeba weiter, wo er dem Ministerpräsidenten Hailemariam Desalegn begegnet.';
    const events = run(text, '2015-07-25', 'de').join('\n');
    expect(events).toMatch(/^visit 2015-07-26\S* Addis Ababa \w+ Barack Obama$/m);
    expect(events).not.toMatch(/^visit .* Hailemariam Desalegn$/m);
  });
  it('a company is no traveller (it)', () => {
    expect(run('Il 18 ottobre arriverà a San Francisco la delegazione di Nozomi Networks.', '2019-10-10', 'it').join('\n')).not.toMatch(/Nozomi/);
  });
});

describe('a host named after the verb', () => {
  it('"Recibió el rey Felipe VI al presidente Boric": the Spanish "a" marks the guest (es)', () => {
    expect(run('Recibió este lunes el rey Felipe VI al presidente chileno Gabriel Boric en el Palacio Real.', '2023-05-08', 'es')).toContain('meeting 2023-05-08..2023-05-08 Madrid held Felipe VI + Gabriel Boric');
  });
});

describe('discourse markers are not prepositions', () => {
  it('"Por su parte, la ministra X" makes X the subject of her own trip (es)', () => {
    const text = 'MADRID, 2 de marzo (Agencia) - El ministro Luis Planas viajará el jueves 5 de marzo a Lisboa. Por su parte, la ministra de Hacienda, María Jesús Montero, estará el lunes 9 en Roma, donde se reunirá con el ministro Giancarlo Giorgetti.';
    const r = run(text, '2026-03-02', 'es');
    expect(r).toContain('visit 2026-03-09..2026-03-09 Rome scheduled María Jesús Montero');
    expect(r).toContain('meeting 2026-03-09..2026-03-09 Rome scheduled Giancarlo Giorgetti + María Jesús Montero');
  });
  it('"Dal canto suo, il ministro X" (it)', () => {
    const text = 'ROMA, 2 marzo (Agenzia) - Il ministro Antonio Tajani sarà giovedì 5 marzo a Madrid. Dal canto suo, il ministro Guido Crosetto sarà lunedì 9 marzo a Vilnius.';
    expect(run(text, '2026-03-02', 'it')).toContain('visit 2026-03-09..2026-03-09 Vilnius scheduled Guido Crosetto');
  });
});

describe('a French host who "recevra par ailleurs" a guest keeps both of the day’s meetings', () => {
  it('gives the host one meeting with the guest and one with the dinner partner the next day', () => {
    const text =
      "PARIS, 9 mars (Summitry Wire) - Emmanuel Macron s'est entretenu lundi au téléphone avec le président brésilien Lula. Le chef de l'État recevra par ailleurs le Premier ministre espagnol Pedro Sánchez à Paris jeudi 12 mars, avant un déjeuner de travail avec la présidente du Conseil italienne Giorgia Meloni le lendemain à Rome.";
    const pairs = extractEvents(text, { published: '2026-03-09' })
      .events.filter((e) => e.kind === 'meeting')
      .map((e) => e.participants.map((p) => p.name.split(' ').at(-1)).sort().join('+'));
    expect(pairs).toContain('Macron+Sánchez');
    expect(pairs).not.toContain('Meloni+Sánchez');
  });
});

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
