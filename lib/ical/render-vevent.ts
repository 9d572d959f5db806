/**
 * One VEVENT, written by ical-generator (the iCal library the design names). Its output is cached
 * per id+version (vevent-cache.ts, and across restarts in a SQLite file of its own), so a feed is
 * a concatenation and ical-generator runs once per version of an event.
 *
 * What stays ours, because ical-generator cannot give what RFC 5545 or the clients need (README,
 * Decisions; tests/unit/ical/ical-generator-gaps.test.ts shows each):
 * - folding: ical-generator folds between a backslash and the character it escapes, and several
 *   clients unescape before they unfold, so its unfolded text is folded by fold-line.ts;
 * - text cleaning: it passes control characters and lone surrogates through (TSAFE-CHAR excludes
 *   them) and turns a lone CR into a line break, so every TEXT value goes through cleanText first;
 * - URL: it TEXT-escapes ; and , in the URI (RFC 5545 §3.3.13 says URI values are not escaped);
 * - GEO on the equator or the prime meridian: it drops a GEO whose latitude or longitude is 0.
 */
import ical, { ICalEvent, ICalEventStatus, ICalEventTransparency, type ICalEventData } from 'ical-generator';
import type { DateTime } from 'luxon';
import type { EventRecord } from '../events/event-record';
import { buildDescription } from './build-description';
import { buildSummary } from './build-summary';
import { cleanText, sanitizeUri } from './escape-text';
import { findVtimezone } from './find-vtimezone';
import { joinContentLines, utf8ByteLength } from './fold-line';
import { formatCountryName, isCountryCode } from '../events/countries';
import { addOneDay, formatDateValue, parseInstant, parseUtcStamp, utcDate } from './format-ical-date';
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

/**
 * Names the bytes this renderer gives for a given event: persisted VEVENTs are keyed by it, so a
 * release that changes the output must change it too, or a restart would serve the old bytes.
 * tests/unit/ical/persisted-vevents.test.ts fails when the fixture's bytes change and it does not.
 */
export const VEVENT_FORMAT = 'ical-generator@10/2';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

// An ICalEvent asks its calendar for a calendar-wide zone when it has none; this one has none, so
// stamps and UTC fallbacks come out in UTC with Z. Events are built against it, never added to it.
const HOST_CALENDAR = ical();

let renderCount = 0;

/** VEVENTs this process has had ical-generator write: the cache tests count renders with it. */
export function countVeventRenders(): number {
  return renderCount;
}

/** A host name only: anything else could break the UID line or make UIDs differ per request. */
export function sanitizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/[^a-z0-9.\-:[\]]/g, '') || 'summitry.invalid';
}

export function sanitizeBaseUrl(baseUrl: string): string {
  return sanitizeUri(baseUrl.trim()).replace(/\/+$/, '');
}

/** Latitude and longitude rounded to 6 decimals (~0.1 m), or null when they are not a place on Earth. */
function readGeo(latitude: number | null | undefined, longitude: number | null | undefined): { lat: number; lon: number } | null {
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  // Rounded so String() never gives exponent notation (1e-7), which GEO's FLOAT grammar does not allow.
  const round = (value: number) => Number(value.toFixed(6)) || 0;
  return { lat: round(latitude), lon: round(longitude) };
}

function listCategories(event: EventRecord): string[] {
  const countries = new Set<string>();
  if (isCountryCode(event.place?.country)) countries.add(event.place.country);
  for (const participant of event.participants) {
    if (isCountryCode(participant.country)) countries.add(participant.country);
  }
  return [event.kind, ...[...countries].sort()];
}

/** A local date as midnight UTC: ical-generator writes a DATE from a Date's UTC fields. */
function utcMidnight(date: string): Date {
  const value = formatDateValue(date);
  return utcDate(Number(value.slice(0, 4)), Number(value.slice(4, 6)), Number(value.slice(6, 8)));
}

function allDayDates(event: EventRecord): Pick<ICalEventData, 'allDay' | 'start' | 'end'> {
  const start = LOCAL_DATE.test(event.start) ? event.start : event.startDate;
  let end = LOCAL_DATE.test(event.end) ? event.end : event.endDate;
  if (!end || end < start) end = start;
  // The stored end is the last day; iCalendar's DTEND is exclusive, hence the day after.
  return { allDay: true, start: utcMidnight(start), end: utcMidnight(addOneDay(end)) };
}

function timedDates(event: EventRecord): { data: Pick<ICalEventData, 'start' | 'end' | 'timezone'>; tzid: string | null } {
  const start = parseInstant(event.startUtc ?? event.start);
  if (!start) throw new RangeError(`event ${event.id}: unreadable start ${JSON.stringify(event.startUtc ?? event.start)}`);
  const end = parseInstant(event.endUtc ?? event.end);
  const vtimezone = event.timezone ? findVtimezone(event.timezone) : null;
  // ical-generator converts to the TZID it is given, so that name must work in luxon too.
  const zoneWorks = vtimezone !== null && start.setZone(event.timezone ?? '').isValid && start.setZone(vtimezone.tzid).isValid;
  const data: Pick<ICalEventData, 'start' | 'end' | 'timezone'> = {
    start: start as DateTime<true>,
    // An unknown zone falls back to UTC, never to floating time (which each client would place in
    // its own zone): without a timezone, ical-generator writes UTC with Z.
    timezone: zoneWorks ? vtimezone.tzid : null,
  };
  // RFC 5545 wants DTEND strictly after DTSTART; without it the event is an instant, which is
  // what a zero-length record means.
  if (end && end.toMillis() > start.toMillis()) data.end = end as DateTime<true>;
  return { data, tzid: zoneWorks ? vtimezone.tzid : null };
}

function describePlace(event: EventRecord): Pick<ICalEventData, 'location'> & { zeroGeo: string | null } {
  if (!event.place) return { location: null, zeroGeo: null };
  const title = cleanText([event.place.city?.trim(), formatCountryName(event.place.country)].filter(Boolean).join(', '));
  const geo = readGeo(event.place.latitude, event.place.longitude);
  // ical-generator tests each coordinate for truth and leaves GEO out at 0; RFC 5545 allows 0.
  const zeroGeo = geo && (geo.lat === 0 || geo.lon === 0) ? `GEO:${geo.lat};${geo.lon}` : null;
  const usableGeo = geo && !zeroGeo ? geo : undefined;
  if (title) return { location: { title, geo: usableGeo }, zeroGeo };
  return { location: usableGeo ? { geo: usableGeo } : null, zeroGeo };
}

/**
 * ical-generator throws a plain Error for data it refuses; as a RangeError it leaves that one
 * record out of the feed (collectEntries lists it) instead of failing the feed for every subscriber.
 */
function createIcalEvent(id: number, data: ICalEventData): ICalEvent {
  try {
    return new ICalEvent(data, HOST_CALENDAR);
  } catch (error) {
    throw new RangeError(`event ${id}: ical-generator refused it (${(error as Error).message})`);
  }
}

/** The VEVENT plus what the calendar needs to know about it. */
export function renderVeventEntry(event: EventRecord, options: VeventOptions): RenderedVevent {
  const host = sanitizeHost(options.host);
  const eventUrl = `${sanitizeBaseUrl(options.baseUrl)}/events/${event.id}`;
  const dates = event.allDay ? { data: allDayDates(event), tzid: null } : timedDates(event);
  const place = describePlace(event);
  const vevent = createIcalEvent(event.id, {
    id: `${event.id}@${host}`,
    sequence: Math.max(0, Math.trunc(event.version) || 0),
    // Stored stamps, never "now": the same event renders to the same bytes, so the ETag is stable.
    stamp: parseUtcStamp(event.updatedAt),
    created: parseUtcStamp(event.createdAt),
    lastModified: parseUtcStamp(event.updatedAt),
    // METHOD:PUBLISH (RFC 5546 §3.2.1) requires an ORGANIZER on every VEVENT; libical's
    // check_restrictions rejects the event without one. No attendees, so no client treats it as
    // an invitation.
    organizer: { name: 'Summitry', email: `noreply@${host.replace(/:\d+$/, '').replace(/[[\]]/g, '')}` },
    ...dates.data,
    summary: cleanText(buildSummary(event)),
    description: cleanText(buildDescription(event, { eventUrl, parentTitle: options.parentTitle })),
    location: place.location,
    categories: listCategories(event).map((name) => ({ name: cleanText(name) })),
    status: mapEventStatus(event) as ICalEventStatus,
    // Subscribers follow these events; they should not mark the analyst busy.
    transparency: ICalEventTransparency.TRANSPARENT,
  });
  renderCount++;
  const lines = vevent.toString().split('\r\n');
  // toString() ends in CRLF: the last piece is empty, END:VEVENT the one before it.
  lines.pop();
  // URL by hand: a URI value is not TEXT-escaped (RFC 5545 §3.3.13), and ical-generator escapes
  // ; and , in it, which a client keeps as backslashes in the link.
  const ours = [`URL:${eventUrl}`];
  if (place.zeroGeo) ours.push(place.zeroGeo);
  lines.splice(lines.length - 1, 0, ...ours);
  const text = joinContentLines(lines);
  return { text, tzid: dates.tzid, bytes: utf8ByteLength(text) };
}

/** One VEVENT block, CRLF lines folded at 75 octets. */
export function renderVevent(event: EventRecord, options: VeventOptions): string {
  return renderVeventEntry(event, options).text;
}
