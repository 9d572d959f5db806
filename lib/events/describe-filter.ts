import type { EventFilter } from './event-filter';

/** A short human name for a view: "mark-rutte, US, visits, from 2026-04-01". */
export function describeEventFilter(filter: EventFilter): string {
  const parts = [
    filter.person?.join(', '),
    filter.country?.join(', '),
    filter.org?.join(', '),
    filter.kind?.join(', '),
    filter.status?.join(', '),
    filter.certainty?.join(', '),
    filter.q ? `“${filter.q}”` : undefined,
    filter.from ? `from ${filter.from}` : undefined,
    filter.to ? `to ${filter.to}` : undefined,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'all events';
}
