import { DateTime } from 'luxon';
import type { EventRecord } from './event-record';

const DAY = 'd LLL yyyy';

/** "8–12 Apr 2026" for all-day events, "8 Apr 2026, 15:00 EDT" in the place's zone for timed ones. */
export function formatWhen(event: Pick<EventRecord, 'allDay' | 'startDate' | 'endDate' | 'startUtc' | 'timezone'>): string {
  if (event.allDay || !event.startUtc) {
    const start = DateTime.fromISO(event.startDate);
    const end = DateTime.fromISO(event.endDate);
    if (event.startDate === event.endDate) return start.toFormat(DAY);
    if (start.hasSame(end, 'month')) return `${start.toFormat('d')}–${end.toFormat(DAY)}`;
    if (start.hasSame(end, 'year')) return `${start.toFormat('d LLL')} – ${end.toFormat(DAY)}`;
    return `${start.toFormat(DAY)} – ${end.toFormat(DAY)}`;
  }
  const local = DateTime.fromISO(event.startUtc, { zone: 'utc' }).setZone(event.timezone ?? 'UTC');
  return `${local.toFormat(DAY)}, ${local.toFormat('HH:mm ZZZZ')}`;
}

/** The same instant in the viewer's own zone, when that differs from the place's. */
export function formatViewerTime(event: Pick<EventRecord, 'allDay' | 'startUtc' | 'timezone'>, viewerZone: string): string | null {
  if (event.allDay || !event.startUtc || viewerZone === event.timezone) return null;
  const local = DateTime.fromISO(event.startUtc, { zone: 'utc' }).setZone(viewerZone);
  return `${local.toFormat('d LLL, HH:mm ZZZZ')} your time`;
}

/**
 * An event's time in a day's list: "All day", the span of a multi-day event ("8–12 Apr 2026"), or
 * the start in the place's own clock ("15:00 GMT+9").
 */
export function formatLocalStart(event: Pick<EventRecord, 'allDay' | 'startDate' | 'endDate' | 'startUtc' | 'timezone'>): string {
  if (event.allDay || !event.startUtc) return event.startDate === event.endDate ? 'All day' : formatWhen(event);
  return DateTime.fromISO(event.startUtc, { zone: 'utc' }).setZone(event.timezone ?? 'UTC').toFormat('HH:mm ZZZZ');
}
