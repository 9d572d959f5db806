import { describe, expect, it } from 'vitest';
import { run } from './helpers';

/** Several leaders named as one subject, and leaders arriving for a summit. */
describe('arrivals of several leaders', () => {
  const text =
    'ADDIS ABABA, February 8 (Wire) - Leaders of African countries are arriving in Addis Ababa to take part in the African Union summit on 9-10 February 2020. ' +
    'Rwanda’s President Paul Kagame, Egypt’s President Abdel Fattah el-Sisi, and South African President Cyril Ramaphosa arrived in Addis Ababa this morning.';
  const events = run(text, '2020-02-08', 'en');
  it('every leader of a listed subject makes the trip, each with their own visit', () => {
    for (const name of ['Paul Kagame', 'Abdel Fattah al-Sisi', 'Cyril Ramaphosa']) expect(events).toContain(`visit 2020-02-08..2020-02-10 Addis Ababa scheduled ${name}`);
  });
  it('leaders arriving on the eve of a summit in its city attend it, and stay until it ends', () => {
    expect(events).toContain('summit 2020-02-09..2020-02-10 Addis Ababa scheduled Abdel Fattah al-Sisi + Cyril Ramaphosa + Paul Kagame');
  });
  it('a list without a verb joins the clause its last item opens (es)', () => {
    const es = run('Brasilia, 21 de diciembre de 2017 - Los presidentes de Bolivia, Evo Morales, de Uruguay, Tabaré Vázquez, y de Paraguay, Horacio Cartes, llegaron ayer a Brasilia.', '2017-12-21', 'es');
    expect(es).toEqual(['Evo Morales', 'Tabaré Vázquez', 'Horacio Cartes'].map((name) => `visit 2017-12-20..2017-12-20 Brasília held ${name}`));
  });
});

describe('a passive welcome', () => {
  it('with nobody named after it is the guest arriving there (es, en)', () => {
    expect(run('Los Reyes han sido recibidos este lunes en Chengdu, primera parada de su visita de Estado.', '2025-11-10', 'es')).toEqual(['visit 2025-11-10..2025-11-10 Chengdu held Felipe VI + Letizia']);
    expect(run('Prime Minister Anthony Albanese was welcomed in Jakarta on Monday.', '2022-06-06', 'en')).toEqual(['visit 2022-06-06..2022-06-06 Jakarta held Anthony Albanese']);
  });
  it('with the host named after it stays a meeting (en)', () => {
    expect(run('Prime Minister Anthony Albanese was welcomed in Jakarta on Monday by President Joko Widodo.', '2022-06-06', 'en')).toContain('meeting 2022-06-06..2022-06-06 Jakarta held Anthony Albanese + Joko Widodo');
  });
});
