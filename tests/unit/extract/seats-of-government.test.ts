import { describe, expect, it } from 'vitest';
import { run } from './helpers';

// A government's seat named with its nationality is that country's capital, where someone is at
// it; as the source of a statement it places nothing. Sentences written here.
describe("a government's seat named with its nationality", () => {
  it('es: "llegar a la sede de la Cancillería brasileña" is in Brasília', () => {
    expect(run('Heraldo Muñoz fue hoy el primero en llegar a la sede de la Cancillería brasileña para asistir a la Cumbre del Mercosur.', '2017-12-21', 'es')).toEqual([
      'visit 2017-12-21..2017-12-21 Brasília held Heraldo Muñoz',
      'summit 2017-12-21..2017-12-21 Brasília held Heraldo Muñoz',
    ]);
  });
  it('en: "arrived at the Brazilian foreign ministry" is in Brasília', () => {
    expect(run('Heraldo Muñoz arrived at the Brazilian foreign ministry on Thursday for talks with Aloysio Nunes.', '2017-12-21', 'en')).toContain('meeting 2017-12-21..2017-12-21 Brasília held Aloysio Nunes + Heraldo Muñoz');
  });
  it('es, en: the seat as the source of a statement places nothing', () => {
    expect(run('Según la Cancillería colombiana, Pedro Sánchez se reunió hoy con Lula.', '2025-11-09', 'es')).toEqual(['meeting 2025-11-09..2025-11-09 - held Luiz Inácio Lula da Silva + Pedro Sánchez']);
    expect(run('Heraldo Muñoz met Aloysio Nunes on Thursday, according to the Brazilian foreign ministry.', '2017-12-21', 'en')).toEqual(['meeting 2017-12-21..2017-12-21 - held Aloysio Nunes + Heraldo Muñoz']);
  });
});
