import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractEvents } from '../../../lib/extract';

const SEED = path.resolve(__dirname, '../../../../shared/seeds/000_b8096001e4abbe8a.txt');

describe('the seed report (Rutte in Washington)', () => {
  const r = extractEvents(readFileSync(SEED, 'utf8'), { published: '2026-04-03' });
  const visit = r.events.find((e) => e.kind === 'visit')!;
  const meetings = r.events.filter((e) => e.kind === 'meeting');

  it('is Italian and has one visit with three meetings', () => {
    expect(r.language).toBe('it');
    expect(r.events.filter((e) => e.kind === 'visit')).toHaveLength(1);
    expect(meetings).toHaveLength(3);
  });

  it('has Mark Rutte, NATO Secretary General, in Washington 8-12 April 2026', () => {
    expect(visit).toMatchObject({ start: '2026-04-08', end: '2026-04-12', timezone: 'America/New_York', location: { city: 'Washington', country: 'US' }, status: 'scheduled' });
    expect(visit.participants).toEqual([{ name: 'Mark Rutte', role: 'Secretary General', organization: 'NATO', country: null }]);
  });

  it('has three bilaterals on 8 April under the visit', () => {
    const others = meetings.map((m) => {
      expect(m).toMatchObject({ parent: visit.id, start: '2026-04-08', status: 'scheduled', location: { city: 'Washington', country: 'US' } });
      expect(m.participants.map((p) => p.name)).toContain('Mark Rutte');
      return m.participants.find((p) => p.name !== 'Mark Rutte');
    });
    expect(others).toEqual([
      { name: 'Donald Trump', role: 'President', organization: null, country: 'US' },
      { name: 'Marco Rubio', role: 'Secretary of State', organization: null, country: 'US' },
      { name: 'Pete Hegseth', role: 'Secretary of War', organization: null, country: 'US' },
    ]);
  });

  it('points its evidence at sentences of the text', () => {
    const text = readFileSync(SEED, 'utf8');
    for (const e of r.events) {
      expect(e.evidence.length).toBeGreaterThan(0);
      for (const ev of e.evidence) expect(text.slice(ev.start, ev.end).length).toBeGreaterThan(10);
    }
    expect(text.slice(meetings[0].evidence[0].start, meetings[0].evidence[0].end)).toContain('Donald Trump');
  });
});
