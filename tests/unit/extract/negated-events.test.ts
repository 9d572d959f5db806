import { describe, expect, it } from 'vitest';
import { run } from './helpers';

// FORMAT.md rule 6: an event presented as not happening is not returned. Sentences written here.
describe('an event word under negation', () => {
  it('en: "did not meet", "has not travelled"', () => {
    expect(run('Emmanuel Macron did not meet Vladimir Putin on Monday.', '2024-03-12', 'en')).toEqual([]);
    expect(run('Emmanuel Macron has not travelled to Moscow since 2019.', '2024-03-12', 'en')).toEqual([]);
  });
  it('it: "non ha incontrato"', () => {
    expect(run('Giorgia Meloni non ha incontrato Emmanuel Macron lunedì.', '2024-03-12', 'it')).toEqual([]);
  });
  it('fr: "n\'a pas rencontré"', () => {
    expect(run("Emmanuel Macron n'a pas rencontré Olaf Scholz lundi.", '2024-03-12', 'fr')).toEqual([]);
  });
  it('es: "no se reunió", "no viajó"', () => {
    expect(run('Pedro Sánchez no se reunió el lunes con Emmanuel Macron.', '2024-03-12', 'es')).toEqual([]);
    expect(run('Pedro Sánchez no viajó el lunes a París.', '2024-03-12', 'es')).toEqual([]);
  });
  it('de: "traf ... nicht", "ist nicht nach Paris gereist"', () => {
    expect(run('Olaf Scholz traf Emmanuel Macron am Montag nicht.', '2024-03-12', 'de')).toEqual([]);
    expect(run('Olaf Scholz ist am Montag nicht nach Paris gereist.', '2024-03-12', 'de')).toEqual([]);
  });
  it('a contrast ("und nicht vom Kanzler") and a count ("not the first meeting") deny nothing', () => {
    expect(run('Emmanuel Macron wurde am Montag in Wien von Alexander Van der Bellen und nicht vom Bundeskanzler empfangen.', '2024-03-12', 'de')).toEqual(['meeting 2024-03-11..2024-03-11 Vienna held Alexander Van der Bellen + Emmanuel Macron']);
    expect(run('It was not the first time that Emmanuel Macron met Olaf Scholz in Paris on Monday.', '2024-03-12', 'en')).toEqual(['meeting 2024-03-11..2024-03-11 Paris held Emmanuel Macron + Olaf Scholz']);
  });
  it('"not only" and its kin deny nothing', () => {
    expect(run('Pedro Sánchez no solo se reunió el lunes en Madrid con Emmanuel Macron.', '2024-03-12', 'es')).toEqual(['meeting 2024-03-11..2024-03-11 Madrid held Emmanuel Macron + Pedro Sánchez']);
  });
  it('one who will not attend a summit leaves it to the others', () => {
    expect(run('Luiz Inácio Lula da Silva asistirá el lunes a la cumbre de la CELAC en Santa Marta, en la que no participará Pedro Sánchez.', '2024-03-12', 'es')).toEqual(['summit 2024-03-18..2024-03-18 Santa Marta scheduled Luiz Inácio Lula da Silva']);
  });
});
