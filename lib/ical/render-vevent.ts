/**
 * One VEVENT, serialised by hand. ical-generator folds about 1,700 events/s and builds a whole
 * calendar object graph per call; this writer does only what our events need, in a few µs, and its
 * output is cached per id+version (vevent-cache.ts) so a feed is a concatenation. ical-generator
 * remains the reference the benchmark compares against.
 */
import type { EventRecord } from '../events/event-record';
import { buildDescription } from './build-description';
import { buildSummary } from './build-summary';
import { escapeText, sanitizeUri } from './escape-text';
import { findVtimezone } from './find-vtimezone';
import { joinContentLines, utf8ByteLength } from './fold-line';
import { formatCountryName, isCountryCode } from '../events/countries';
import { addOneDay, formatDateValue, formatLocalDateTime, formatUtcStamp, parseInstant } from './format-ical-date';
import { mapEventStatus } from './map-event-status';

export interface VeventOptions {
  /** stable host for UIDs; must not vary per request, or clients see every event twice */
  host: string;
  /** absolute origin of the app, e.g. https://summitry.example.org */
  baseUrl: string;
  /** title of the parent visit, when the event has one */
  parentTitle?: string | null;
}

export interface RenderedVevent {
  /** BEGIN:VEVENT .. END:VEVENT, CRLF-terminated */
  text: string;
  /** the TZID the event refers to (it needs that VTIMEZONE), or null */
  tzid: string | null;
  /** UTF-8 size of text, for the feed's size guard */
  bytes: number;
}

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A host name only: anything else could break the UID line or make UIDs differ per request. */
export function sanitizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/[^a-z0-9.\-:[\]]/g, '') || 'summitry.invalid';
}

export function sanitizeBaseUrl(baseUrl: string): string {
  return sanitizeUri(baseUrl.trim()).replace(/\/+$/, '');
}

function formatGeo(latitude: number | null | undefined, longitude: number | null | undefined): string | null {
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  // toFixed avoids exponent notation (1e-7), which GEO's FLOAT grammar does not allow.
  const format = (value: number) => value.toFixed(6).replace(/\.?0+$/, '').replace(/^-0$/, '0');
  return `${format(latitude)};${format(longitude)}`;
}

function listCategories(event: EventRecord): string[] {
  const countries = new Set<string>();
  if (isCountryCode(event.place?.country)) countries.add(event.place.country);
  for (const participant of event.participants) {
    if (isCountryCode(participant.country)) countries.add(participant.country);
  }
  return [event.kind, ...[...countries].sort()];
}

function pushAllDayDates(lines: string[], event: EventRecord): void {
  const start = LOCAL_DATE.test(event.start) ? event.start : event.startDate;
  let end = LOCAL_DATE.test(event.end) ? event.end : event.endDate;
  if (!end || end < start) end = start;
  lines.push(`DTSTART;VALUE=DATE:${formatDateValue(start)}`);
  // The stored end is the last day; iCalendar's DTEND is exclusive, hence the day after.
  lines.push(`DTEND;VALUE=DATE:${formatDateValue(addOneDay(end))}`);
}

function pushTimedDates(lines: string[], event: EventRecord): string | null {
  const start = parseInstant(event.startUtc ?? event.start);
  if (!start) throw new RangeError(`event ${event.id}: unreadable start ${JSON.stringify(event.startUtc ?? event.start)}`);
  const end = parseInstant(event.endUtc ?? event.end);
  const vtimezone = event.timezone ? findVtimezone(event.timezone) : null;
  const zoneWorks = vtimezone !== null && start.setZone(event.timezone ?? '').isValid;
  const format = (instant: NonNullable<typeof start>, name: 'DTSTART' | 'DTEND') =>
    zoneWorks
      ? `${name};TZID=${vtimezone.tzid}:${formatLocalDateTime(instant, event.timezone ?? '')}`
      : // An unknown zone falls back to UTC, never to floating time (which each client would
        // place in its own zone).
        `${name}:${formatUtcStamp(instant.toUTC().toISO() ?? '')}`;
  lines.push(format(start, 'DTSTART'));
  // RFC 5545 wants DTEND strictly after DTSTART; without it the event is an instant, which is
  // what a zero-length record means.
  if (end && end.toMillis() > start.toMillis()) lines.push(format(end, 'DTEND'));
  return zoneWorks ? vtimezone.tzid : null;
}

/** The VEVENT plus what the calendar needs to know about it. */
export function renderVeventEntry(event: EventRecord, options: VeventOptions): RenderedVevent {
  const eventUrl = `${sanitizeBaseUrl(options.baseUrl)}/events/${event.id}`;
  const lines: string[] = [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${event.id}@${sanitizeHost(options.host)}`)}`,
    // Stored stamps, never "now": the same event renders to the same bytes, so the ETag is stable.
    `DTSTAMP:${formatUtcStamp(event.updatedAt)}`,
    `CREATED:${formatUtcStamp(event.createdAt)}`,
    `LAST-MODIFIED:${formatUtcStamp(event.updatedAt)}`,
    `SEQUENCE:${Math.max(0, Math.trunc(event.version) || 0)}`,
    // METHOD:PUBLISH (RFC 5546 §3.2.1) requires an ORGANIZER on every VEVENT; libical's
    // check_restrictions rejects the event without one. No attendees, so no client treats it as
    // an invitation.
    `ORGANIZER;CN=Summitry:mailto:noreply@${sanitizeHost(options.host).replace(/:\d+$/, '').replace(/[[\]]/g, '')}`,
  ];
  let tzid: string | null = null;
  if (event.allDay) pushAllDayDates(lines, event);
  else tzid = pushTimedDates(lines, event);
  lines.push(`SUMMARY:${escapeText(buildSummary(event))}`);
  lines.push(`DESCRIPTION:${escapeText(buildDescription(event, { eventUrl, parentTitle: options.parentTitle }))}`);
  if (event.place) {
    const location = [event.place.city?.trim(), formatCountryName(event.place.country)].filter(Boolean).join(', ');
    if (location) lines.push(`LOCATION:${escapeText(location)}`);
    const geo = formatGeo(event.place.latitude, event.place.longitude);
    if (geo) lines.push(`GEO:${geo}`);
  }
  lines.push(`URL:${eventUrl}`);
  lines.push(`CATEGORIES:${listCategories(event).map(escapeText).join(',')}`);
  lines.push(`STATUS:${mapEventStatus(event)}`);
  // Subscribers follow these events; they should not mark the analyst busy.
  lines.push('TRANSP:TRANSPARENT');
  lines.push('END:VEVENT');
  const text = joinContentLines(lines);
  return { text, tzid, bytes: utf8ByteLength(text) };
}

/** One VEVENT block, CRLF lines folded at 75 octets. */
export function renderVevent(event: EventRecord, options: VeventOptions): string {
  return renderVeventEntry(event, options).text;
}
