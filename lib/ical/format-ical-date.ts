/**
 * Date and date-time values for iCalendar. Everything goes through luxon with an explicit zone so
 * the server's own TZ can never leak into a feed.
 */
import { DateTime } from 'luxon';

const UTC_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An instant as a UTC DATE-TIME with Z (DTSTAMP, CREATED, LAST-MODIFIED, UTC fallbacks). */
export function formatUtcStamp(iso: string): string {
  // Stored stamps are already "...Z"; slicing them keeps a cold render of 10,000 events cheap.
  const match = UTC_ISO.exec(iso);
  if (match) return `${match[1]}${match[2]}${match[3]}T${match[4]}${match[5]}${match[6]}Z`;
  const parsed = DateTime.fromISO(iso, { zone: 'utc' });
  if (!parsed.isValid) throw new RangeError(`not an ISO instant: ${JSON.stringify(iso)}`);
  return parsed.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");
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

/** The wall-clock time of an instant in an IANA zone, as a DATE-TIME to pair with TZID. */
export function formatLocalDateTime(instant: DateTime, zone: string): string {
  const local = instant.setZone(zone);
  if (!local.isValid) throw new RangeError(`unknown zone: ${zone}`);
  return local.toFormat("yyyyMMdd'T'HHmmss");
}
