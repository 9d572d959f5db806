/**
 * The bounded feed the routes serve: renderCalendar plus a size guard. Past 1 MB, Google Calendar
 * stops refreshing a subscription, so the oldest events are dropped and the calendar description
 * says so — never a silent cut.
 */
import type { EventRecord } from '../events/event-record';
import { utf8ByteLength } from './fold-line';
import {
  assembleCalendar,
  CALENDAR_FOOTER,
  collectEntries,
  renderCalendarHeader,
  renderTimezones,
  type CalendarOptions,
  type RenderedEntry,
} from './render-calendar';

export const MAX_FEED_BYTES = 1_000_000;

export interface FeedOptions extends CalendarOptions {
  maxBytes?: number;
}

export interface RenderedFeed {
  body: string;
  /** events in the body */
  included: number;
  /** oldest events left out by the size guard */
  dropped: number;
  /** events whose stored dates could not be rendered (left out, listed for logging) */
  skippedIds: number[];
}

// Oldest first: by the first day/instant, then id. Strings compare correctly across both kinds
// because timed starts are UTC ISO and all-day starts are YYYY-MM-DD.
function startKey(event: EventRecord): string {
  return event.allDay ? event.start : (event.startUtc ?? event.start);
}

function describeTruncation(kept: readonly RenderedEntry[], dropped: number, total: number): string {
  const earliest = kept.reduce<string | null>((min, entry) => {
    const key = startKey(entry.event).slice(0, 10);
    return min === null || key < min ? key : min;
  }, null);
  const since = earliest ? ` events starting before ${earliest}` : ' events';
  return `This feed holds ${kept.length} of ${total} matching events: the ${dropped} oldest${since} were left out to keep it under 1 MB. Subscribe to a narrower feed or use a smaller ?past= to see them.`;
}

export function renderFeed(events: readonly EventRecord[], options: FeedOptions): RenderedFeed {
  const maxBytes = options.maxBytes ?? MAX_FEED_BYTES;
  const skippedIds: number[] = [];
  const entries = collectEntries(events, options, skippedIds);
  // Sizes are known per cached VEVENT, so the check costs no pass over a multi-megabyte body.
  let total = utf8ByteLength(renderCalendarHeader(options) + renderTimezones(entries) + CALENDAR_FOOTER);
  for (const entry of entries) total += entry.vevent.bytes;
  if (total <= maxBytes) return { body: assembleCalendar(entries, options), included: entries.length, dropped: 0, skippedIds };

  // Budget with the longest note we could write and every VTIMEZONE of the full set: an upper
  // bound, so one pass is enough.
  const probeNote = [options.truncatedNote, describeTruncation(entries, entries.length, entries.length)].filter(Boolean).join(' ');
  const fixed = utf8ByteLength(renderCalendarHeader({ ...options, truncatedNote: probeNote }) + renderTimezones(entries) + CALENDAR_FOOTER);
  const newestFirst = [...entries].sort((a, b) => {
    const keyA = startKey(a.event);
    const keyB = startKey(b.event);
    if (keyA !== keyB) return keyA < keyB ? 1 : -1;
    return b.event.id - a.event.id;
  });
  const kept: RenderedEntry[] = [];
  let used = fixed;
  for (const entry of newestFirst) {
    if (used + entry.vevent.bytes > maxBytes) break;
    used += entry.vevent.bytes;
    kept.push(entry);
  }
  kept.sort((a, b) => a.event.id - b.event.id);
  const dropped = entries.length - kept.length;
  const truncatedNote = [options.truncatedNote, describeTruncation(kept, dropped, entries.length)].filter(Boolean).join(' ');
  return { body: assembleCalendar(kept, { ...options, truncatedNote }), included: kept.length, dropped, skippedIds };
}
