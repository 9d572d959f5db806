import { describe, expect, it } from 'vitest';
import { formatTiming, normalizeTiming } from '../../../lib/events/normalize-event';

describe('normalizeTiming', () => {
  it('keeps an all-day event as local dates with an inclusive end', () => {
    const result = normalizeTiming({ start: '2026-04-08', end: '2026-04-12', timezone: 'America/New_York' });
    expect(result).toEqual({
      ok: true,
      timing: { allDay: true, startDate: '2026-04-08', endDate: '2026-04-12', startUtc: null, endUtc: null, timezone: 'America/New_York' },
    });
  });

  it('gives a one-day event its start as end when none is given', () => {
    const result = normalizeTiming({ start: '2026-04-08', end: null, timezone: null });
    expect(result.ok && result.timing.endDate).toBe('2026-04-08');
  });

  it('reads a wall-clock time in the place’s zone, across the zone’s own DST rules', () => {
    // Brussels is UTC+1 before 29 March 2026 and UTC+2 after.
    const winter = normalizeTiming({ start: '2026-03-19T09:00', end: null, timezone: 'Europe/Brussels' });
    const summer = normalizeTiming({ start: '2026-04-09T09:00', end: null, timezone: 'Europe/Brussels' });
    expect(winter.ok && winter.timing.startUtc).toBe('2026-03-19T08:00:00Z');
    expect(summer.ok && summer.timing.startUtc).toBe('2026-04-09T07:00:00Z');
  });

  it('honours an explicit offset and reports the local date of the place', () => {
    // 23:30 in New York is already the next day in UTC; the local day stays the 8th.
    const result = normalizeTiming({ start: '2026-04-08T23:30:00-04:00', end: null, timezone: 'America/New_York' });
    expect(result.ok && result.timing).toMatchObject({ startDate: '2026-04-08', startUtc: '2026-04-09T03:30:00Z' });
  });

  it('gives a timed start with only an end day one hour', () => {
    const result = normalizeTiming({ start: '2026-03-12T08:30', end: '2026-03-12', timezone: 'America/New_York' });
    expect(result.ok && result.timing.endUtc).toBe('2026-03-12T13:30:00Z');
  });

  it('refuses a wall-clock time skipped by a clock change', () => {
    expect(normalizeTiming({ start: '2026-03-08T02:30', end: null, timezone: 'America/New_York' })).toMatchObject({ ok: false, field: 'start' });
  });

  it('formats a stored timed event back with the offset of its zone', () => {
    const result = normalizeTiming({ start: '2026-04-21T15:00', end: '2026-04-21T16:00', timezone: 'Asia/Seoul' });
    if (!result.ok) throw new Error('expected a timing');
    expect(formatTiming(result.timing)).toEqual({ start: '2026-04-21T15:00:00+09:00', end: '2026-04-21T16:00:00+09:00' });
  });
});
