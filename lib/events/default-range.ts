import { DateTime } from 'luxon';

/** With no dates in the URL the timeline shows the recent past and the months ahead. */
export function defaultRange(today: DateTime = DateTime.utc()): { from: string; to: string } {
  return {
    from: today.minus({ days: 90 }).toISODate() ?? '',
    to: today.plus({ days: 180 }).toISODate() ?? '',
  };
}
