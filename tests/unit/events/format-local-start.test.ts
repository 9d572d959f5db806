import { describe, expect, it } from 'vitest';
import { formatLocalStart } from '../../../lib/events/format-when';

// One wording of an event's time in a day's list, shared by the agenda and the daybook.
describe("an event's time in a day's list", () => {
  it('says "All day" for a one-day event and gives the span of a longer one', () => {
    expect(formatLocalStart({ allDay: true, startDate: '2026-04-08', endDate: '2026-04-08', startUtc: null, timezone: null })).toBe('All day');
    expect(formatLocalStart({ allDay: true, startDate: '2026-04-08', endDate: '2026-04-12', startUtc: null, timezone: null })).toBe('8–12 Apr 2026');
  });
  it("gives a timed event's start in the place's own clock", () => {
    expect(formatLocalStart({ allDay: false, startDate: '2026-04-21', endDate: '2026-04-21', startUtc: '2026-04-21T06:00:00Z', timezone: 'Asia/Seoul' })).toBe('15:00 GMT+9');
  });
});
