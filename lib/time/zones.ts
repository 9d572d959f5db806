import { DateTime, IANAZone } from 'luxon';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
// A local date-time, optionally with seconds and a UTC offset (or Z).
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d{1,3})?(Z|[+-]\d{2}:\d{2})?$/;

export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

export function isLocalDate(value: string): boolean {
  return LOCAL_DATE.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid;
}

export function isDateTime(value: string): boolean {
  const match = LOCAL_DATE_TIME.exec(value);
  return Boolean(match) && isRealOffset(match![5]) && DateTime.fromISO(value, { setZone: true }).isValid;
}

// luxon reads any two-digit offset, so "+25:00" would silently move the event by a day; real
// offsets run from -12:00 to +14:00.
function isRealOffset(offset: string | undefined): boolean {
  if (!offset || offset === 'Z') return true;
  const hours = Number(offset.slice(1, 3));
  const minutes = Number(offset.slice(4, 6));
  return minutes < 60 && hours * 60 + minutes <= 14 * 60;
}

/**
 * Reads a date-time typed in a place's zone. An explicit offset is honoured (a wire report may
 * give one); without it the wall-clock time is taken as local to `zone`.
 */
export function parseZonedDateTime(value: string, zone: string): DateTime | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const hasOffset = Boolean(match[5]);
  const parsed = hasOffset
    ? DateTime.fromISO(value, { setZone: true }).setZone(zone)
    : DateTime.fromISO(value, { zone });
  if (!parsed.isValid) return null;
  // A wall-clock time inside a spring-forward gap does not exist; luxon would shift it silently.
  if (!hasOffset && parsed.toFormat("yyyy-MM-dd'T'HH:mm") !== value.slice(0, 16)) return null;
  return parsed;
}

/** ISO local date-time with the zone's offset, without milliseconds: 2026-04-08T15:00:00-04:00 */
export function formatZonedDateTime(instant: DateTime): string {
  return instant.toISO({ suppressMilliseconds: true, includeOffset: true }) ?? '';
}

export function toUtcIso(instant: DateTime): string {
  return instant.toUTC().toISO({ suppressMilliseconds: true }) ?? '';
}

/** Now as an ISO instant in UTC with milliseconds and Z, e.g. 2026-04-08T14:30:05.123Z. */
export function nowUtcIso(): string {
  // The same text luxon's DateTime.utc().toISO() gives, at a fraction of the cost: feed
  // revalidations read the clock on every request.
  return new Date().toISOString();
}

/** Whole days between two local dates (b - a). */
export function daysBetween(a: string, b: string): number {
  return DateTime.fromISO(b, { zone: 'utc' }).diff(DateTime.fromISO(a, { zone: 'utc' }), 'days').days;
}

export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate() ?? date;
}
