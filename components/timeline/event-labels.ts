import type { EventKind, EventRecord, EventStatus } from '@/lib/events/event-record';

export const KIND_GLYPH: Record<EventKind, string> = {
  visit: '✈',
  meeting: '◆',
  call: '☎',
  summit: '★',
  conference: '▣',
  other: '•',
};

/** A shape per status, beside the colour and the word, so colour is never the only signal. */
export const STATUS_GLYPH: Record<EventStatus, string> = {
  scheduled: '○',
  held: '✓',
  postponed: '‖',
  cancelled: '✕',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatDay(day: string): string {
  return `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();
function timeIn(zone: string | undefined, instant: number): string {
  const key = zone ?? '';
  let format = zoneFormatters.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: zone, timeZoneName: 'short' });
    } catch {
      format = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC', timeZoneName: 'short' });
    }
    zoneFormatters.set(key, format);
  }
  return format.format(instant);
}

export interface EventLabels {
  /** the accessible name: title first (links are found by it), then kind, when, status */
  name: string;
  /** short time shown on a timed bar, in the place's zone */
  time: string | null;
  /** place's local time and the viewer's, for the tooltip */
  tooltip: string;
}

/**
 * Labels are computed once per event object (the query cache keeps objects stable), so a pan step
 * formats nothing; Intl formatters are cached per zone because creating one costs far more than using it.
 */
const cache = new WeakMap<EventRecord, EventLabels>();

export function labelEvent(event: EventRecord): EventLabels {
  const cached = cache.get(event);
  if (cached) return cached;
  let when: string;
  let time: string | null = null;
  let viewer = '';
  if (event.allDay || !event.startUtc) {
    when = event.startDate === event.endDate ? formatDay(event.startDate) : `${formatDay(event.startDate)} to ${formatDay(event.endDate)}`;
  } else {
    const instant = Date.parse(event.startUtc);
    const local = timeIn(event.timezone ?? 'UTC', instant);
    time = local.replace(/\s.*$/, '');
    when = `${formatDay(event.startDate)}, ${local} local time`;
    viewer = `${timeIn(undefined, instant)} your time`;
  }
  const place = event.place ? [event.place.city, event.place.country].filter(Boolean).join(', ') : '';
  // The visible text (time, title) comes first in the name, as WCAG's label-in-name asks.
  const name = `${time ? `${time} ` : ''}${event.title} — ${event.kind}, ${when}${viewer ? ` (${viewer})` : ''}${place ? `, ${place}` : ''}, ${event.status}${event.certainty === 'confirmed' ? '' : `, ${event.certainty}`}`;
  const labels: EventLabels = { name, time, tooltip: name };
  cache.set(event, labels);
  return labels;
}
