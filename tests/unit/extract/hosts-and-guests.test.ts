import { describe, expect, it } from 'vitest';
import { run } from './helpers';

describe('a host touring home ground with a foreign leader receives a guest', () => {
  it.each([
    ['en', 'Prime Minister Keir Starmer toured Edinburgh with Chancellor Friedrich Merz on Wednesday.', 'Edinburgh', 'Friedrich Merz', 'Friedrich Merz + Keir Starmer'],
    ['fr', 'Le président Emmanuel Macron a visité mercredi Strasbourg avec le chancelier Friedrich Merz.', 'Strasbourg', 'Friedrich Merz', 'Emmanuel Macron + Friedrich Merz'],
    ['it', 'Oggi il presidente del Consiglio Silvio Berlusconi era in visita a Napoli con la cancelliera Angela Merkel.', 'Naples', 'Angela Merkel', 'Angela Merkel + Silvio Berlusconi'],
  ] as const)('the guest visits, the two meet (%s)', (lang, text, city, guest, pair) => {
    expect(run(text, '2009-07-08', lang)).toEqual([`visit 2009-07-08..2009-07-08 ${city} held ${guest}`, `meeting 2009-07-08..2009-07-08 ${city} held ${pair}`]);
  });
});

describe('sides of a meeting', () => {
  it('one mention naming a couple ("Los Reyes") puts both at the meeting (es)', () => {
    expect(run('Los Reyes se reunieron el lunes con el presidente Gabriel Boric en Santiago.', '2024-06-04', 'es')).toEqual(['meeting 2024-06-03..2024-06-03 Santiago held Felipe VI + Gabriel Boric + Letizia']);
  });
});

describe('welcoming a guest', () => {
  it('en: "will welcome X for a state visit" is a meeting at the host\'s capital', () => {
    expect(run('Joe Biden will welcome Kenyan President William Ruto for a state visit on May 23.', '2024-03-12', 'en')).toEqual(['meeting 2024-05-23..2024-05-23 Washington scheduled Joe Biden + William Ruto']);
  });
  it('es: "dio la bienvenida" the same', () => {
    expect(run('Pedro Sánchez dio la bienvenida el lunes a William Ruto.', '2024-03-12', 'es')).toEqual(['meeting 2024-03-11..2024-03-11 Madrid held Pedro Sánchez + William Ruto']);
  });
});
