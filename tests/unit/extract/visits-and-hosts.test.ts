import { describe, it, expect } from 'vitest';
import { extractEvents } from './helpers';

// A meeting abroad is a visit by the guest; a reception with no place named is at the host's capital.

const events = (text: string, published: string, language: 'en' | 'it' | 'fr' | 'de' | 'es') => extractEvents(text, { published, language }).events;
const line = (e: { kind: string; start: string | null; location: { city: string | null; country: string | null } | null; participants: Array<{ name: string }> }) =>
  `${e.kind} ${e.start?.slice(0, 10)} ${e.location?.city ?? e.location?.country ?? '-'} ${e.participants.map((p) => p.name).sort().join(' + ')}`;

describe('a meeting with a foreign guest implies the guest\'s visit', () => {
  it('puts the guest in a visit and the meeting under it (en)', () => {
    const es = events('Canadian Prime Minister Stephen Harper met President George W. Bush at the White House on Thursday.', '2006-07-08', 'en');
    const visit = es.find((e) => e.kind === 'visit');
    expect(visit && line(visit)).toBe('visit 2006-07-06 Washington Stephen Harper');
    expect(es.find((e) => e.kind === 'meeting')?.parent).toBe(visit?.id);
  });
  it('does not invent a visit when both sides are of the place (it)', () => {
    const es = events('Il premier Mario Draghi ha incontrato ieri a Palazzo Chigi il ministro Luigi Di Maio.', '2022-03-02', 'it');
    expect(es.some((e) => e.kind === 'visit')).toBe(false);
  });
});

describe('a host receiving a guest without a place named', () => {
  it('receives at the host\'s capital (de)', () => {
    const es = events('Außenminister Heiko Maas empfängt heute seinen österreichischen Amtskollegen Alexander Schallenberg zum Antrittsbesuch.', '2020-02-19', 'de');
    expect(es.map(line)).toEqual(['visit 2020-02-19 Berlin Alexander Schallenberg', 'meeting 2020-02-19 Berlin Alexander Schallenberg + Heiko Maas']);
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
});
