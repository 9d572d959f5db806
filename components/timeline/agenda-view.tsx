import Link from 'next/link';
import type { EventJson } from '@/lib/events/event-json';
import { formatLocalStart, formatViewerTime } from '@/lib/events/format-when';
import { EntityLink } from '@/components/ui/entity-link';
import { ParticipantLinks } from '@/components/ui/participant-links';
import { StatusBadge } from '@/components/ui/status-badge';
import { ClashBadge } from './clash-badge';
import { KIND_GLYPH } from './event-labels';

const DAY_HEADING = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The same events as a list grouped by day, for reading and printing. A multi-day event is listed
 * on its first day inside the range, with its span.
 */
export function AgendaView({ events, from, to, viewerZone }: { events: EventJson[]; from: string; to: string; viewerZone: string }) {
  const byDay = new Map<string, EventJson[]>();
  const shown = events
    .filter((e) => e.endDate >= from && e.startDate <= to)
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || (a.startUtc ?? '').localeCompare(b.startUtc ?? '') || a.id - b.id);
  for (const event of shown) {
    const day = event.startDate < from ? from : event.startDate;
    const list = byDay.get(day) ?? [];
    list.push(event);
    byDay.set(day, list);
  }
  if (shown.length === 0) return <p>No events match this view.</p>;
  return (
    <div className="agenda">
      {[...byDay.entries()].map(([day, list]) => (
        <section key={day} className="agenda-day" aria-labelledby={`day-${day}`}>
          <h2 id={`day-${day}`}>{DAY_HEADING.format(Date.parse(`${day}T00:00:00Z`))}</h2>
          <ul>
            {list.map((event) => {
              const viewer = formatViewerTime(event, viewerZone);
              return (
                <li key={event.id} className={`agenda-event st-${event.status}`} data-event-id={event.id}>
                  <span className="agenda-time">
                    {formatLocalStart(event)}
                    {viewer && <span className="viewer-time"> · {viewer}</span>}
                  </span>
                  <span className="agenda-main">
                    <span aria-hidden="true">{KIND_GLYPH[event.kind]} </span>
                    <span className="visually-hidden">{event.kind}: </span>
                    <Link href={`/events/${event.id}`}>{event.title}</Link>
                    {event.parentId !== null && <span className="muted"> · part of a visit</span>}
                    <span className="agenda-people">
                      <ParticipantLinks participants={event.participants} />
                    </span>
                  </span>
                  <span className="agenda-place">
                    {event.place && <EntityLink place={event.place} />}
                  </span>
                  <span className="agenda-marks">
                    <StatusBadge status={event.status} certainty={event.certainty} />
                    <ClashBadge eventId={event.id} />
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
