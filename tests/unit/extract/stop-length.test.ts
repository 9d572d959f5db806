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
