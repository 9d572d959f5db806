import { describe, expect, it } from 'vitest';
import { run } from './helpers';

// Sentences written here: greeting someone in person is meeting them; "reach" a city is arriving.
describe('greetings', () => {
  it('en: "greeted X in Jakarta"', () => {
    expect(run('Narendra Modi greeted Joko Widodo in Jakarta on May 29.', '2018-05-30', 'en')).toEqual(['meeting 2018-05-29..2018-05-29 Jakarta held Joko Widodo + Narendra Modi']);
  });
  it('es: "Los Reyes han saludado ... a X" (the couple of the day, June 2014)', () => {
    expect(run('Los Reyes han saludado este lunes en Madrid a Enrique Peña Nieto.', '2014-06-09', 'es')).toEqual(['meeting 2014-06-09..2014-06-09 Madrid held Enrique Peña Nieto + Juan Carlos I + Sofía']);
  });
  it('de: "wurde ... von X begrüßt"', () => {
    expect(run('Horst Köhler wurde am Donnerstag in Wien von Heinz Fischer begrüßt.', '2004-07-09', 'de')).toEqual(['meeting 2004-07-08..2004-07-08 Vienna held Heinz Fischer + Horst Köhler']);
  });
});

describe('reaching a city', () => {
  it('en: "will reach Jakarta on May 29" is a visit from that day', () => {
    expect(run('Narendra Modi will reach Jakarta on May 29.', '2018-05-28', 'en')).toEqual(['visit 2018-05-29..2018-05-29 Jakarta scheduled Narendra Modi']);
  });
  it('en: "reached an agreement" is no journey', () => {
    expect(run('Narendra Modi and Joko Widodo reached an agreement in Jakarta on May 29.', '2018-05-30', 'en')).toEqual(['meeting 2018-05-29..2018-05-29 Jakarta held Joko Widodo + Narendra Modi']);
  });
});

describe('"in the company of"', () => {
  it('it: "in compagnia del sindaco X" goes along', () => {
    expect(run('Frank-Walter Steinmeier sarà oggi a Napoli in compagnia del sindaco Luigi de Magistris.', '2019-09-20', 'it')).toEqual(['visit 2019-09-20..2019-09-20 Naples scheduled Frank-Walter Steinmeier + Luigi de Magistris']);
  });
});

describe('everyone of the event just told', () => {
  it('es: "Después, todos ellos han saludado a X": the hosts and the guest greet X', () => {
    expect(run('Los Reyes recibieron este lunes en El Pardo a Enrique Peña Nieto. Después, todos ellos han saludado a José Manuel García-Margallo.', '2014-06-09', 'es')).toEqual([
      'meeting 2014-06-09..2014-06-09 Madrid held Enrique Peña Nieto + Juan Carlos I + Sofía',
      'meeting 2014-06-09..2014-06-09 Madrid held Enrique Peña Nieto + José Manuel García-Margallo + Juan Carlos I + Sofía',
    ]);
  });
  it('en: "All of them then met X"', () => {
    expect(run('King Felipe VI received Enrique Peña Nieto in Madrid on Monday. All of them then met Mariano Rajoy.', '2014-06-09', 'en')).toContain('meeting 2014-06-09..2014-06-09 - held Enrique Peña Nieto + Felipe VI + Mariano Rajoy');
  });
});
