import { describe, it, expect } from 'vitest';
import { datesOf, peopleOf, run, extractEvents } from './helpers';

describe('Spanish dates', () => {
  it('reads "del 8 al 12 de abril" as a range (not as the 8th alone)', () => {
    expect(datesOf('El presidente estará en Lima del 8 al 12 de abril.', 'es', '2026-03-25')).toEqual(['8 al 12 de abril=2026-04-08..2026-04-12']);
  });
  it('reads "el lunes 13" as the Monday that is the 13th', () => {
    expect(datesOf('La gira comienza el lunes 13 de julio y el martes 14 habrá una cena.', 'es', '2026-07-01')).toEqual(['lunes 13 de julio=2026-07-13', 'martes 14=2026-07-14']);
  });
  it('resolves "el próximo lunes", "ayer" and "este martes"', () => {
    expect(datesOf('Lo recibirá el próximo lunes. Ayer conversaron. Este martes viajó.', 'es', '2026-03-11')).toEqual(['próximo lunes=2026-03-16', 'Ayer=2026-03-10', 'Este martes=2026-03-10']);
  });
  it('reads a full date with year', () => {
    expect(datesOf('Asumió el 1 de marzo de 2025.', 'es', '2026-03-11')).toEqual(['1 de marzo de 2025=2025-03-01']);
  });
});

describe('Spanish people and titles', () => {
  it('reads names with two surnames after titles', () => {
    const text = 'El canciller de Chile, Alberto van Klaveren, se reunió con la secretaria de Relaciones Exteriores, Alicia Bárcena Ibarra.';
    expect(peopleOf(text, 'es')).toEqual(['Alberto van Klaveren', 'Alicia Bárcena Ibarra']);
  });
});

describe('Spanish structure, places and status', () => {
  it('reads a meeting at 11.30 local time in Madrid', () => {
    const r = extractEvents('Madrid, 6 mar (EFE).- El presidente del Gobierno, Pedro Sánchez, recibirá el próximo lunes en la Moncloa al presidente de Chile, Gabriel Boric. El encuentro tendrá lugar a las 11.30 horas.', { published: '2026-03-06', language: 'es' });
    expect(r.events.map((e) => [e.kind, e.start, e.location?.city])).toEqual([['meeting', '2026-03-09T11:30:00+01:00', 'Madrid']]);
  });
  it('drops a bilateral that was ruled out', () => {
    expect(run('Fuentes oficiales descartaron un encuentro entre Javier Milei y Gustavo Petro el viernes.', '2026-03-06', 'es')).toEqual([]);
  });
  it('reads a held call with "ayer"', () => {
    expect(run('Madrid, 6 mar (EFE).- El presidente Pedro Sánchez conversó ayer por teléfono con Claudia Sheinbaum.', '2026-03-06', 'es')).toEqual(['call 2026-03-05..2026-03-05 - held Claudia Sheinbaum + Pedro Sánchez']);
  });
});
