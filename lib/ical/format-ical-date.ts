/**
 * Date and date-time values for iCalendar. Everything goes through luxon with an explicit zone so
 * the server's own TZ can never leak into a feed.
 */
import { DateTime } from 'luxon';

const UTC_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A stored instant (DTSTAMP, CREATED, LAST-MODIFIED) as a Date, which ical-generator writes in UTC with Z. */
export function parseUtcStamp(iso: string): Date {
  // Stored stamps are already "...Z"; reading their fields keeps a cold render of 10,000 events cheap.
  const match = UTC_ISO.exec(iso);
  if (match) return utcDate(+match[1], +match[2], +match[3], +match[4], +match[5], +match[6]);
  const parsed = DateTime.fromISO(iso, { zone: 'utc' });
  if (!parsed.isValid) throw new RangeError(`not an ISO instant: ${JSON.stringify(iso)}`);
  // Whole seconds, as the sliced form above: DATE-TIME has no fractions.
  return new Date(Math.floor(parsed.toMillis() / 1000) * 1000);
}

/** A Date from UTC fields (Date.UTC would read years 0–99 as 1900–1999). */
export function utcDate(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date;
}

/** A local date (YYYY-MM-DD) as a DATE value: 20260408. */
export function formatDateValue(date: string): string {
  const match = LOCAL_DATE.exec(date);
  if (!match || !DateTime.fromISO(date, { zone: 'utc' }).isValid) {
    throw new RangeError(`not a local date: ${JSON.stringify(date)}`);
  }
  return `${match[1]}${match[2]}${match[3]}`;
}

/** The day after a local date, by calendar (DTEND of an all-day event is exclusive). */
export function addOneDay(date: string): string {
  const next = DateTime.fromISO(date, { zone: 'utc' }).plus({ days: 1 }).toISODate();
  if (!next) throw new RangeError(`not a local date: ${JSON.stringify(date)}`);
  return next;
}

/**
 * Reads an instant that is either UTC ("...Z") or carries an explicit offset. A string without
 * either is read as UTC rather than in the server's zone, so a malformed row cannot make the
 * output depend on TZ.
 */
export function parseInstant(iso: string): DateTime | null {
  const parsed = DateTime.fromISO(iso, { zone: 'utc', setZone: true });
  return parsed.isValid ? parsed : null;
}
