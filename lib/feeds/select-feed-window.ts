/**
 * Which events a feed carries: those ending within the past N days (90 by default, `?past=` to
 * widen) plus everything later; cancelled and deleted events stay 30 days after they were
 * cancelled or deleted, so subscribed clients see STATUS:CANCELLED before the event disappears.
 *
 * Both cut-offs are counted from the start of the current UTC day, not from the current instant:
 * the feed's content then only changes with the calendar day or with an edit, which keeps the
 * body (and its ETag) stable between polls and lets Last-Modified be honest (see findLastModified).
 */
import { DateTime } from 'luxon';
import type { EventRecord } from '../events/event-record';

export const DEFAULT_PAST_DAYS = 90;
export const MAX_PAST_DAYS = 3650;
export const CANCELLED_RETENTION_DAYS = 30;

export type PastDaysResult = { ok: true; days: number } | { ok: false; message: string };

/** `?past=` -> days. Absent means the default; anything but an integer 0..3650 is an error. */
export function parsePastDays(value: string | null | undefined): PastDaysResult {
  if (value === null || value === undefined) return { ok: true, days: DEFAULT_PAST_DAYS };
  if (/^\d{1,4}$/.test(value)) {
    const days = Number(value);
    if (days <= MAX_PAST_DAYS) return { ok: true, days };
  }
  const shown = value.length > 20 ? `${value.slice(0, 20)}…` : value;
  return { ok: false, message: `past must be a whole number of days from 0 to ${MAX_PAST_DAYS} (got ${JSON.stringify(shown)})` };
}

export interface FeedWindow {
  events: EventRecord[];
  /** first instant (UTC, ISO) an event must end on or after */
  windowStart: string;
  /** start of the current UTC day (ISO): the content may change at this instant without any edit */
  asOf: string;
}

function isWithdrawn(event: EventRecord): boolean {
  return event.deletedAt !== null || event.status === 'cancelled';
}

/** Filters events to the feed window. `now` is an ISO instant (injectable for tests). */
export function selectFeedEvents(events: readonly EventRecord[], options: { pastDays?: number; now?: string } = {}): FeedWindow {
  const pastDays = options.pastDays ?? DEFAULT_PAST_DAYS;
  const today = (options.now ? DateTime.fromISO(options.now, { zone: 'utc' }) : DateTime.utc()).toUTC().startOf('day');
  if (!today.isValid) throw new RangeError(`not an ISO instant: ${options.now}`);
  const windowStart = today.minus({ days: pastDays });
  const windowStartDate = windowStart.toISODate() ?? '';
  const windowStartMs = windowStart.toMillis();
  const retentionMs = today.minus({ days: CANCELLED_RETENTION_DAYS }).toMillis();
  const kept: EventRecord[] = [];
  for (const event of events) {
    // Date.parse on a stored ISO instant with Z/offset is zone-independent and ~20× cheaper than
    // luxon, which matters at 10,000 events per request. All-day ends are compared as dates.
    const endsInWindow = event.allDay
      ? (event.endDate || event.end) >= windowStartDate
      : Date.parse(event.endUtc ?? event.end) >= windowStartMs;
    if (!endsInWindow) continue;
    if (isWithdrawn(event) && !(Date.parse(event.deletedAt ?? event.updatedAt) >= retentionMs)) continue;
    kept.push(event);
  }
  return { events: kept, windowStart: windowStart.toISO() ?? '', asOf: today.toISO() ?? '' };
}
