/**
 * A VCALENDAR from cached VEVENTs: header, one VTIMEZONE per zone the events use, the events in id
 * order (so the same set of events always gives the same bytes and ETag, whatever order the
 * query returned), END. Every line ends in CRLF, the last one included.
 */
import type { EventRecord } from '../events/event-record';
import { escapeText, sanitizeSingleLine } from './escape-text';
import { findVtimezone } from './find-vtimezone';
import { joinContentLines } from './fold-line';
import type { RenderedVevent } from './render-vevent';
import { sharedVeventCache, type VeventCache } from './vevent-cache';

export interface CalendarOptions {
  /** the feed's name, e.g. "Summitry – Mark Rutte" (sanitised and escaped here) */
  name: string;
  description: string;
  host: string;
  baseUrl: string;
  /** said in the calendar description when the feed left events out */
  truncatedNote?: string;
  /** parent visit titles by event id, for parents that are not themselves in `events` */
  parentTitles?: ReadonlyMap<number, string>;
  /** defaults to the process-wide cache */
  cache?: VeventCache;
}

export const PRODID = '-//Summitry//Summitry Feeds 1.0//EN';
// Clients poll at their own pace; these ask for hourly, which Apple and Outlook honour.
const REFRESH = 'PT1H';
const MAX_NAME = 120;
const MAX_DESCRIPTION = 600;

export interface RenderedEntry {
  event: EventRecord;
  vevent: RenderedVevent;
}

/** Renders (or fetches from the cache) every event's VEVENT, in a stable order. */
export function collectEntries(events: readonly EventRecord[], options: CalendarOptions, skippedIds?: number[]): RenderedEntry[] {
  const cache = options.cache ?? sharedVeventCache;
  let sorted = events;
  for (let index = 1; index < events.length; index++) {
    if (events[index - 1].id > events[index].id) {
      sorted = [...events].sort((a, b) => a.id - b.id);
      break;
    }
  }
  // One transaction for the VEVENTs this calendar has rendered, when the cache persists them.
  return cache.batch(() => renderEntries(sorted, events, options, cache, skippedIds));
}

function renderEntries(sorted: readonly EventRecord[], events: readonly EventRecord[], options: CalendarOptions, cache: VeventCache, skippedIds?: number[]): RenderedEntry[] {
  let titles: Map<number, string> | null = null;
  const entries: RenderedEntry[] = [];
  let previousId = Number.NaN;
  for (const event of sorted) {
    // A UID must appear once; a query that joins participants may return an event twice.
    if (event.id === previousId) continue;
    previousId = event.id;
    let parentTitle: string | null = null;
    if (event.parentId !== null) {
      titles ??= new Map(events.map((candidate) => [candidate.id, candidate.title]));
      parentTitle = options.parentTitles?.get(event.parentId) ?? titles.get(event.parentId) ?? null;
    }
    try {
      entries.push({ event, vevent: cache.render(event, { host: options.host, baseUrl: options.baseUrl, parentTitle }) });
    } catch (error) {
      // One unreadable record (dates the API should have refused) must not take the whole feed
      // down for every subscriber; renderFeed reports the ids it left out.
      if (!(error instanceof RangeError)) throw error;
      skippedIds?.push(event.id);
    }
  }
  return entries;
}

/** Header lines (text, CRLF-terminated) for a calendar with this name and description. */
export function renderCalendarHeader(options: Pick<CalendarOptions, 'name' | 'description' | 'truncatedNote'>): string {
  const name = escapeText(sanitizeSingleLine(options.name, MAX_NAME) || 'Summitry');
  const base = sanitizeSingleLine(options.description, MAX_DESCRIPTION);
  const note = options.truncatedNote ? sanitizeSingleLine(options.truncatedNote, MAX_DESCRIPTION) : '';
  const description = escapeText([base, note].filter(Boolean).join(' — '));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${name}`,
    `X-WR-CALNAME:${name}`,
  ];
  if (description) lines.push(`DESCRIPTION:${description}`, `X-WR-CALDESC:${description}`);
  lines.push(`REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`, `X-PUBLISHED-TTL:${REFRESH}`);
  return joinContentLines(lines);
}

export const CALENDAR_FOOTER = 'END:VCALENDAR\r\n';

/** VTIMEZONE blocks for the zones these entries use, sorted by TZID. */
export function renderTimezones(entries: readonly RenderedEntry[]): string {
  const tzids = new Set<string>();
  for (const entry of entries) if (entry.vevent.tzid) tzids.add(entry.vevent.tzid);
  let text = '';
  for (const tzid of [...tzids].sort()) text += findVtimezone(tzid)?.block ?? '';
  return text;
}

export function assembleCalendar(entries: readonly RenderedEntry[], options: CalendarOptions): string {
  let body = renderCalendarHeader(options) + renderTimezones(entries);
  for (const entry of entries) body += entry.vevent.text;
  return body + CALENDAR_FOOTER;
}

/** A complete VCALENDAR for these events (no size limit; see renderFeed for the bounded one). */
export function renderCalendar(events: readonly EventRecord[], options: CalendarOptions): string {
  return assembleCalendar(collectEntries(events, options), options);
}
