import { describe, expect, it } from 'vitest';
import { run } from './helpers';

/** A date joined by "of" to a thing that is no event dates that thing, not the clause's event. */
describe('dates of things', () => {
  it('"la cittadina distrutta dal sisma del 6 aprile" does not date the visit (it)', () => {
    const text =
      'Roma, 8 luglio (Wire) - La cancelliera Angela Merkel è arrivata a Napoli, la città colpita dal sisma del 6 aprile.';
    const events = run(text, '2009-07-08', 'it').join('\n');
    expect(events).toMatch(/^visit 2009-07-08\.\.2009-07-08 Naples \w+ Angela Merkel$/m);
    expect(events).not.toMatch(/2009-04-06/);
  });
  it('"the summit of Paris of 6 April", "la visita del 6 aprile" keep their day (fr, it)', () => {
    expect(run('Le président Joe Biden participera au sommet de Paris du 6 avril.', '2023-03-30', 'fr').join('\n')).toMatch(/^summit 2023-04-06\.\.2023-04-06 Paris scheduled Joe Biden$/m);
    expect(run('Il presidente Sergio Mattarella partirà per Madrid per la visita del 6 aprile.', '2019-03-30', 'it').join('\n')).toMatch(/^visit 2019-04-06\.\.2019-04-06 Madrid scheduled Sergio Mattarella$/m);
  });
});
