import { describe, expect, it } from 'vitest';
import { run } from './helpers';

// A guest attending a ceremony abroad (an inauguration, a funeral) makes a visit there that day;
// the person whose ceremony it is travels nowhere.
describe('attending a ceremony abroad is a visit', () => {
  it.each([
    ['en', 'Vice President Kamala Harris will attend the inauguration of President Claudia Sheinbaum in Mexico City on October 1.', 'Kamala Harris'],
    ['es', 'La vicepresidenta Kamala Harris asistirá a la investidura de Claudia Sheinbaum el 1 de octubre en Ciudad de México.', 'Kamala Harris'],
    ['es', 'El rey Felipe VI asistirá el 1 de octubre en Ciudad de México a la toma de posesión de la presidenta Claudia Sheinbaum.', 'Felipe VI'],
    ['it', "Il presidente Sergio Mattarella parteciperà il 1 ottobre a Città del Messico all'insediamento della presidente Claudia Sheinbaum.", 'Sergio Mattarella'],
    ['de', 'Bundespräsident Frank-Walter Steinmeier nimmt am 1. Oktober in Mexiko-Stadt an der Amtseinführung von Präsidentin Claudia Sheinbaum teil.', 'Frank-Walter Steinmeier'],
  ] as const)('%s: %s', (lang, text, guest) => {
    expect(run(text, '2024-06-04', lang)).toEqual([`visit 2024-10-01..2024-10-01 Mexico City scheduled ${guest}`]);
  });

  it('a funeral attended in the past (en)', () => {
    expect(run('Britain’s Prince William attended the funeral of former King Constantine in Athens on Monday.', '2023-01-17', 'en')).toEqual(['visit 2023-01-16..2023-01-16 Athens held William']);
  });

  it('a ceremony at home is no visit (fr)', () => {
    expect(run("Le président Emmanuel Macron a assisté lundi à Paris aux obsèques de l'ancien ministre.", '2024-06-04', 'fr')).toEqual([]);
  });
});
