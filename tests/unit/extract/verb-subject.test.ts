import { describe, expect, it } from 'vitest';
import { run } from './helpers';

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
