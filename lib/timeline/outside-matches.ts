import type { EventJson } from '../events/event-json';

export interface OutsideMatches {
  /** matching events that lie wholly before or after the range */
  count: number;
  /** the days from the first match to the last, inside the range or not */
  from: string;
  to: string;
}

/**
 * Of the events a search matches on all dates, those the range `from`..`to` does not show, and the
 * span that shows every match. Null when the range already shows them all.
 */
export function matchesOutside(all: EventJson[], from: string, to: string): OutsideMatches | null {
  const outside = all.filter((e) => e.endDate < from || e.startDate > to);
  if (!outside.length) return null;
  let first = all[0].startDate;
  let last = all[0].endDate;
  for (const e of all) {
    if (e.startDate < first) first = e.startDate;
    if (e.endDate > last) last = e.endDate;
  }
  return { count: outside.length, from: first, to: last };
}
