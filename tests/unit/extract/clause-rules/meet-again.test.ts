import { describe, expect, it } from 'vitest';
import { run } from '../helpers';

// clause/rules/meet-again.ts: "They will meet again tomorrow" is the same two meeting on that day.
describe('the same people meeting again on another day', () => {
  it.each([
    ['en', 'GENEVA — Kerry and Zarif met for five hours on Sunday. They will meet again tomorrow.'],
    ['fr', 'GENÈVE (AFP) - John Kerry et Mohammad Javad Zarif se sont rencontrés dimanche pendant cinq heures. Ils se reverront demain.'],
    ['de', 'Genf (dpa) - Kerry und Sarif haben sich am Sonntag fünf Stunden lang getroffen. Morgen treffen sie sich erneut.'],
    ['it', 'GINEVRA - Kerry e Zarif si sono incontrati domenica per cinque ore. Domani si rivedranno.'],
    ['es', 'GINEBRA (EFE) - Kerry y Zarif se reunieron el domingo durante cinco horas. Mañana volverán a reunirse.'],
  ] as const)('%s', (lang, text) => {
    expect(run(text, '2015-03-15', lang)).toEqual([
      'meeting 2015-03-15..2015-03-15 Geneva held John Kerry + Mohammad Javad Zarif',
      'meeting 2015-03-16..2015-03-16 Geneva scheduled John Kerry + Mohammad Javad Zarif',
    ]);
  });

  it('a meeting word with another day but no sign of the same people is not theirs', () => {
    expect(run('GENEVA — Kerry and Zarif met for five hours on Sunday. A meeting of experts is planned for Tuesday.', '2015-03-15', 'en')).toEqual([
      'meeting 2015-03-15..2015-03-15 Geneva held John Kerry + Mohammad Javad Zarif',
    ]);
  });
});
