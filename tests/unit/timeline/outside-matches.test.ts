import { describe, expect, it } from 'vitest';
import { matchesOutside } from '../../../lib/timeline/outside-matches';
import type { EventJson } from '../../../lib/events/event-json';

const event = (id: number, startDate: string, endDate = startDate) => ({ id, startDate, endDate }) as EventJson;

describe('search matches outside the dates on screen', () => {
  it('counts the matches wholly before or after the range and gives the span of all of them', () => {
    const all = [event(1, '2026-04-08', '2026-04-12'), event(2, '2026-11-30', '2026-12-02'), event(3, '2027-01-15')];
    expect(matchesOutside(all, '2026-11-15', '2026-12-15')).toEqual({ count: 2, from: '2026-04-08', to: '2027-01-15' });
  });
  it('is nothing when the range shows every match, including one that only overlaps it', () => {
    expect(matchesOutside([event(1, '2026-11-30', '2026-12-20')], '2026-12-01', '2026-12-10')).toBeNull();
    expect(matchesOutside([], '2026-12-01', '2026-12-10')).toBeNull();
  });
});
