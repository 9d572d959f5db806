import { describe, it, expect } from 'vitest';
import { extractEvents } from './helpers';

// A reception with no place named is at the host's capital.

const events = (text: string, published: string, language: 'en' | 'it' | 'fr' | 'de' | 'es') => extractEvents(text, { published, language }).events;
const line = (e: { kind: string; start: string | null; location: { city: string | null; country: string | null } | null; participants: Array<{ name: string }> }) =>
  `${e.kind} ${e.start?.slice(0, 10)} ${e.location?.city ?? e.location?.country ?? '-'} ${e.participants.map((p) => p.name).sort().join(' + ')}`;

describe('a host receiving a guest without a place named', () => {
  it('receives at the host\'s capital (de)', () => {
    const es = events('Außenminister Heiko Maas empfängt heute seinen österreichischen Amtskollegen Alexander Schallenberg zum Antrittsbesuch.', '2020-02-19', 'de');
    expect(es.map(line)).toEqual(['meeting 2020-02-19 Berlin Alexander Schallenberg + Heiko Maas']);
  });
  it('is received by the host at the host\'s capital (es)', () => {
    const es = events('El canciller uruguayo Rodolfo Nin Novoa fue recibido el lunes por el presidente Mauricio Macri.', '2016-03-16', 'es');
    expect(es.filter((e) => e.kind === 'meeting').map(line)).toEqual(['meeting 2016-03-14 Buenos Aires Mauricio Macri + Rodolfo Nin Novoa']);
  });
  it('leaves the place to the trip when a trip is narrated (it)', () => {
    const text = 'Il ministro Antonio Tajani partirà domani per il Cairo. Avrà un colloquio con Badr Abdelatty e sarà poi ricevuto dal presidente Abdel Fattah al-Sisi.';
    const es = events(text, '2026-02-10', 'it');
    expect(es.filter((e) => e.kind === 'meeting').every((e) => e.location?.city === 'Cairo')).toBe(true);
  });
  it('reads a German perfect "hat … empfangen" as the subject hosting, a passive "wurde von … empfangen" as the agent hosting (de)', () => {
    const active = events('Bundespräsident Didier Burkhalter hat Bundeskanzler Werner Faymann am 21. Januar 2014 empfangen.', '2014-01-21', 'de');
    expect(active.map(line)).toEqual(['meeting 2014-01-21 Bern Didier Burkhalter + Werner Faymann']);
    const passive = events('Bundeskanzler Werner Faymann wurde am 21. Januar 2014 von Bundespräsident Didier Burkhalter empfangen.', '2014-01-21', 'de');
    expect(passive.filter((e) => e.kind === 'meeting').map(line)).toEqual(['meeting 2014-01-21 Bern Didier Burkhalter + Werner Faymann']);
  });
});
