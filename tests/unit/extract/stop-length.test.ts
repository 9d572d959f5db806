import { describe, expect, it } from 'vitest';
import { run } from './helpers';

describe('a stop lasts while its hosts are met', () => {
  it('a meeting with the host country’s president days after the arrival is part of the stop (it)', () => {
    const text =
      'Il presidente del Consiglio Paolo Gentiloni arriverà venerdì 24 novembre in Tunisia. ' +
      'Sabato 25 novembre il premier incontrerà il presidente tunisino Beji Caid Essebsi.';
    const events = run(text, '2017-11-23', 'it');
    expect(events).toContain('visit 2017-11-24..2017-11-25 TN scheduled Paolo Gentiloni');
    expect(events.join('\n')).toMatch(/meeting 2017-11-25\.\.2017-11-25 TN scheduled (Paolo Gentiloni \+ Beji Caid Essebsi|Beji Caid Essebsi \+ Paolo Gentiloni)/);
  });
});

describe('a day in a country, then its town', () => {
  it('a state visit to the country on Tuesday and the town named for Wednesday make one stop from Tuesday (de)', () => {
    const text =
      'Bundespräsident Alexander Van der Bellen hat am Dienstag seinen deutschen Amtskollegen Frank-Walter Steinmeier zu einem Staatsbesuch in Österreich empfangen. ' +
      'Anlass der Visite ist die Eröffnung der deutschen Botschaft in Wien am Mittwoch.';
    const events = run(text, '2025-10-21', 'de').join('\n');
    expect(events).toMatch(/^visit 2025-10-21\.\.2025-10-22 Vienna \w+ Frank-Walter Steinmeier$/m);
    expect(events).toMatch(/^meeting 2025-10-21\.\.2025-10-21 Vienna \w+ (Alexander Van der Bellen \+ Frank-Walter Steinmeier|Frank-Walter Steinmeier \+ Alexander Van der Bellen)$/m);
  });
});
