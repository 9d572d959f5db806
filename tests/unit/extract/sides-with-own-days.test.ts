import { describe, expect, it } from 'vitest';
import { run } from './helpers';

// Each side of a meeting word told with its own day or place is a meeting of its own. Sentences written here.
describe('sides of one meeting word with days and places of their own', () => {
  it('en: "Scholz in Berlin on Monday and Tusk in Warsaw on Tuesday" is two meetings', () => {
    expect(run('Emmanuel Macron will meet Olaf Scholz in Berlin on Monday and Donald Tusk in Warsaw on Tuesday.', '2024-03-12', 'en')).toEqual([
      'meeting 2024-03-18..2024-03-18 Berlin scheduled Emmanuel Macron + Olaf Scholz',
      'meeting 2024-03-19..2024-03-19 Warsaw scheduled Donald Tusk + Emmanuel Macron',
    ]);
  });
  it('it: "incontrerà Scholz lunedì a Berlino e Tusk martedì a Varsavia"', () => {
    expect(run('Emmanuel Macron incontrerà Olaf Scholz lunedì a Berlino e Donald Tusk martedì a Varsavia.', '2024-03-12', 'it')).toEqual([
      'meeting 2024-03-18..2024-03-18 Berlin scheduled Emmanuel Macron + Olaf Scholz',
      'meeting 2024-03-19..2024-03-19 Warsaw scheduled Donald Tusk + Emmanuel Macron',
    ]);
  });
  it('es: a title naming a town ("la alcaldesa de Madrid") does not split the people a host receives together', () => {
    expect(run('Los Reyes recibieron el lunes en El Pardo a la alcaldesa de Madrid, Ana Botella, y el presidente del Senado, Pío García-Escudero.', '2014-06-10', 'es')).toEqual(['meeting 2014-06-09..2014-06-09 Madrid held Ana Botella + Juan Carlos I + Pío García-Escudero + Sofía']);
  });
});

describe('co-hosts', () => {
  it('de: "empfängt gemeinsam mit X in Berlin Y": one meeting of the three', () => {
    expect(run('Angela Merkel empfängt am Donnerstag gemeinsam mit Frank-Walter Steinmeier in Berlin Edi Rama.', '2014-08-26', 'de')).toEqual(['meeting 2014-08-28..2014-08-28 Berlin scheduled Angela Merkel + Edi Rama + Frank-Walter Steinmeier']);
  });
});
