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

describe('a seat told with its building noun', () => {
  it('es: "llegó al palacio de La Moneda" is in Santiago', () => {
    expect(run('El papa Francisco llegó este martes al palacio de La Moneda.', '2018-01-16', 'es')).toEqual(['visit 2018-01-16..2018-01-16 Santiago held Pope Francis']);
  });
});

describe('a city named by pointing back', () => {
  it('en: "also landed in this city" is the city told before', () => {
    expect(run('King Felipe VI arrived in Quito on Wednesday. Marcelo Rebelo de Sousa also landed in this city on Wednesday.', '2024-11-13', 'en')).toEqual([
      'visit 2024-11-13..2024-11-13 Quito held Felipe VI',
      'visit 2024-11-13..2024-11-13 Quito held Marcelo Rebelo de Sousa',
    ]);
  });
  it('es: "aterrizó también en esta ciudad el presidente de Portugal"', () => {
    expect(run('El Rey Felipe VI llegó este miércoles a Quito. Este miércoles aterrizó también en esta ciudad el presidente de Portugal, Marcelo Rebelo de Sousa.', '2024-11-13', 'es')).toContain('visit 2024-11-13..2024-11-13 Quito held Marcelo Rebelo de Sousa');
  });
});
