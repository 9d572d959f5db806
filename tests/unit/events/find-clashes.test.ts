import { describe, expect, it } from 'vitest';
import { eventsClash, findClashes, type ClashEvent } from '../../../lib/events/find-clashes';

let nextId = 1;
/** An event of person 1 unless told otherwise: all-day, held, in the city given. */
function event(city: string | null, country: string, startDate: string, endDate = startDate, extra: Partial<ClashEvent> = {}): ClashEvent {
  return {
    id: nextId++, parentId: null, kind: 'meeting', status: 'held', startDate, endDate, startUtc: null, endUtc: null, deletedAt: null,
    place: { city, country }, participants: [{ personId: 1 }], ...extra,
  };
}

describe('clashes', () => {
  it('places one person in two capitals on one day: a clash', () => {
    expect(eventsClash(event('Rome', 'IT', '2026-05-04'), event('Paris', 'FR', '2026-05-04'))).toBe(true);
  });
  it('the same city, or a city and its country alone, is no clash', () => {
    expect(eventsClash(event('Rome', 'IT', '2026-05-04'), event('Rome', 'IT', '2026-05-04'))).toBe(false);
    expect(eventsClash(event('Rome', 'IT', '2026-05-04'), event(null, 'IT', '2026-05-04'))).toBe(false);
    expect(eventsClash(event('Rome', 'IT', '2026-05-04'), event('Milan', 'IT', '2026-05-04'))).toBe(true);
  });
  it('days that do not overlap are no clash', () => {
    expect(eventsClash(event('Rome', 'IT', '2026-05-04'), event('Paris', 'FR', '2026-05-05'))).toBe(false);
  });
  it('a visit and its meeting, or two meetings of one visit in two cities on one day of a tour, are one trip', () => {
    const visit = event(null, 'DE', '2026-05-04', '2026-05-06', { kind: 'visit' });
    const berlin = event('Berlin', 'DE', '2026-05-05', '2026-05-05', { parentId: visit.id });
    const hamburg = event('Hamburg', 'DE', '2026-05-05', '2026-05-05', { parentId: visit.id });
    expect(eventsClash(visit, berlin)).toBe(false);
    expect(eventsClash(berlin, hamburg)).toBe(false);
  });
  it('consecutive stops share their boundary day without clashing, but overlap by two days and they do', () => {
    const brussels = event('Brussels', 'BE', '2026-05-04', '2026-05-05', { kind: 'visit' });
    expect(eventsClash(brussels, event('Warsaw', 'PL', '2026-05-05', '2026-05-07', { kind: 'visit' }))).toBe(false);
    expect(eventsClash(brussels, event('Warsaw', 'PL', '2026-05-04', '2026-05-07', { kind: 'visit' }))).toBe(true);
  });
  it('timed events clash only when their hours overlap in UTC', () => {
    const rome = event('Rome', 'IT', '2026-05-04', '2026-05-04', { startUtc: '2026-05-04T08:00:00Z', endUtc: '2026-05-04T09:00:00Z' });
    const paris = event('Paris', 'FR', '2026-05-04', '2026-05-04', { startUtc: '2026-05-04T15:00:00Z', endUtc: '2026-05-04T16:00:00Z' });
    const parisEarly = event('Paris', 'FR', '2026-05-04', '2026-05-04', { startUtc: '2026-05-04T08:30:00Z', endUtc: '2026-05-04T10:00:00Z' });
    expect(eventsClash(rome, paris)).toBe(false);
    expect(eventsClash(rome, parisEarly)).toBe(true);
  });
  it('calls, cancelled, deleted and postponed events place nobody; scheduled and held ones do', () => {
    const rome = event('Rome', 'IT', '2026-05-04');
    expect(eventsClash(rome, event(null, 'FR', '2026-05-04', '2026-05-04', { kind: 'call' }))).toBe(false);
    expect(eventsClash(rome, event('Paris', 'FR', '2026-05-04', '2026-05-04', { status: 'cancelled' }))).toBe(false);
    expect(eventsClash(rome, event('Paris', 'FR', '2026-05-04', '2026-05-04', { status: 'postponed' }))).toBe(false);
    expect(eventsClash(rome, event('Paris', 'FR', '2026-05-04', '2026-05-04', { deletedAt: '2026-05-01T00:00:00Z' }))).toBe(false);
    expect(eventsClash(rome, event('Paris', 'FR', '2026-05-04', '2026-05-04', { status: 'scheduled' }))).toBe(true);
  });
  it('an event without a place clashes with nothing', () => {
    expect(eventsClash(event('Rome', 'IT', '2026-05-04'), { ...event('Paris', 'FR', '2026-05-04'), place: null })).toBe(false);
  });
  it('findClashes pairs only events that share a person, each pair once, the earlier start (then the older event) first', () => {
    const rome = event('Rome', 'IT', '2026-05-04');
    const paris = event('Paris', 'FR', '2026-05-04');
    const someoneElse = event('Madrid', 'ES', '2026-05-04', '2026-05-04', { participants: [{ personId: 2 }] });
    const clashes = findClashes([paris, rome, someoneElse]);
    expect(clashes.map((c) => [c.personId, c.first.id, c.second.id])).toEqual([[1, rome.id, paris.id]]);
  });
});
