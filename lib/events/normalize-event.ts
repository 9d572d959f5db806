import { DateTime } from 'luxon';
import type { ValidEventInput } from './event-input-schema';
import { formatZonedDateTime, isDateTime, parseZonedDateTime, toUtcIso } from '../time/zones';

/** The stored form of an event's time: which kind it is never gets lost. */
export interface EventTiming {
  allDay: boolean;
  startDate: string;
  endDate: string;
  startUtc: string | null;
  endUtc: string | null;
  timezone: string | null;
}

export type TimingResult = { ok: true; timing: EventTiming } | { ok: false; field: 'start' | 'end'; message: string };

// A timed start with only an end day (FORMAT.md allows it) gets an hour, the usual slot of a
// bilateral, or runs to the end of the named day.
const DEFAULT_TIMED_MINUTES = 60;

export function normalizeTiming(input: Pick<ValidEventInput, 'start' | 'end' | 'timezone'>): TimingResult {
  const start = input.start ?? '';
  const end = input.end || start;
  if (!isDateTime(start)) {
    return {
      ok: true,
      timing: { allDay: true, startDate: start, endDate: end.slice(0, 10), startUtc: null, endUtc: null, timezone: input.timezone },
    };
  }
  const zone = input.timezone ?? 'UTC';
  const startAt = parseZonedDateTime(start, zone);
  if (!startAt) return { ok: false, field: 'start', message: `Start does not exist in ${zone} (a clock change?)` };
  let endAt = isDateTime(end) ? parseZonedDateTime(end, zone) : null;
  if (isDateTime(end) && !endAt) return { ok: false, field: 'end', message: `End does not exist in ${zone} (a clock change?)` };
  if (!endAt) {
    const endDay = end.slice(0, 10);
    endAt =
      endDay === startAt.toISODate()
        ? startAt.plus({ minutes: DEFAULT_TIMED_MINUTES })
        : startAt.set({ year: Number(endDay.slice(0, 4)), month: Number(endDay.slice(5, 7)), day: Number(endDay.slice(8, 10)), hour: 23, minute: 59, second: 0 });
  }
  if (endAt < startAt) return { ok: false, field: 'end', message: 'End must not be before start' };
  return {
    ok: true,
    timing: {
      allDay: false,
      startDate: startAt.toISODate() ?? '',
      endDate: endAt.toISODate() ?? '',
      startUtc: toUtcIso(startAt),
      endUtc: toUtcIso(endAt),
      timezone: zone,
    },
  };
}

/** The API's `start`/`end` strings for a stored timing. */
export function formatTiming(timing: EventTiming): { start: string; end: string } {
  if (timing.allDay || !timing.startUtc || !timing.endUtc) return { start: timing.startDate, end: timing.endDate };
  const zone = timing.timezone ?? 'UTC';
  return {
    start: formatZonedDateTime(utcToZone(timing.startUtc, zone)),
    end: formatZonedDateTime(utcToZone(timing.endUtc, zone)),
  };
}

function utcToZone(utc: string, zone: string): DateTime {
  return DateTime.fromISO(utc, { zone: 'utc' }).setZone(zone);
}
