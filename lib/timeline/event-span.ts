import type { EventRecord } from '../events/event-record';
import { DAY_MS, localDayToMs } from './view-range';

export interface EventSpan {
  start: number;
  end: number;
  /** known only to the day (drawn as whole days) or at a time (drawn at its instant) */
  precision: 'day' | 'time';
}

/**
 * Where an event sits on the axis. All-day events cover their local days (inclusive end, so up to
 * the midnight after `endDate`); timed events their UTC instants. Never guesses a time for a day.
 */
export function eventSpan(event: Pick<EventRecord, 'allDay' | 'startDate' | 'endDate' | 'startUtc' | 'endUtc'>): EventSpan {
  if (event.allDay || !event.startUtc) {
    const start = localDayToMs(event.startDate);
    const endDay = localDayToMs(event.endDate || event.startDate);
    return { start, end: Math.max(start + DAY_MS / 2, endDay + DAY_MS), precision: 'day' };
  }
  const start = Date.parse(event.startUtc);
  const end = event.endUtc ? Date.parse(event.endUtc) : start;
  return { start, end: Math.max(end, start), precision: 'time' };
}
