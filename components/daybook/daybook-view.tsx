import Link from 'next/link';
import { DateTime } from 'luxon';
import type { DaybookDay, DaybookQuery } from '@/lib/events/daybook';
import { lastDay } from '@/lib/events/daybook';
import { describeEventFilter } from '@/lib/events/describe-filter';
import { formatEventFilter } from '@/lib/events/event-filter';
import type { EventRecord } from '@/lib/events/event-record';
import { formatLocalStart } from '@/lib/events/format-when';
import { EntityLink } from '../ui/entity-link';
import { ParticipantLinks } from '../ui/participant-links';
import { StatusBadge } from '../ui/status-badge';
import { ViewerTime } from './viewer-time';

const DAY_HEADING = 'cccc d LLLL yyyy';

/** The event's local time and the same instant in UTC; the day or span for dated-only events. */
function timeOf(event: EventRecord): string {
  const local = formatLocalStart(event);
  return event.allDay || !event.startUtc ? local : `${local} (${DateTime.fromISO(event.startUtc, { zone: 'utc' }).toFormat('HH:mm')} UTC)`;
}

function EventLine({ event }: { event: EventRecord }) {
  return (
    <>
      <span className="daybook-time">{timeOf(event)}</span>
      <ViewerTime event={event} />{' '}
      <span className="daybook-kind">{event.kind}</span> <Link href={`/events/${event.id}`}>{event.title}</Link> <StatusBadge status={event.status} certainty={event.certainty} />
      {event.participants.length > 0 && (
        <span className="daybook-people">
          <ParticipantLinks participants={event.participants} />
        </span>
      )}
      {event.sources.some((s) => s.url) && (
        <span className="daybook-sources">
          Sources:{' '}
          {event.sources
            .filter((s) => s.url)
            .map((s, i) => (
              <span key={s.url}>
                {i > 0 && ', '}
                <a href={s.url!} rel="noreferrer">
                  {s.publisher ?? new URL(s.url!).host}
                </a>
              </span>
            ))}
        </span>
      )}
    </>
  );
}

/** The diary of the chosen days: by day, then country and city; visits with their meetings beneath. */
export function DaybookView({ query, days, exportQuery }: { query: DaybookQuery; days: DaybookDay[]; exportQuery: string }) {
  const filters = formatEventFilter(query.filter).toString() ? describeEventFilter(query.filter) : '';
  const range = query.days === 1 ? DateTime.fromISO(query.date).toFormat('d LLLL yyyy') : `${DateTime.fromISO(query.date).toFormat('d LLL')} – ${DateTime.fromISO(lastDay(query)).toFormat('d LLL yyyy')}`;
  const total = new Set(days.flatMap((d) => d.places.flatMap((p) => p.entries.flatMap((e) => [e.event.id, ...e.children.map((c) => c.id)])))).size;
  const suffix = exportQuery ? `?${exportQuery}` : '';
  return (
    <div className="daybook">
      <h1>
        Daybook: {range}
        {filters && <span className="daybook-filters"> — {filters}</span>}
      </h1>
      <p className="count daybook-exports">
        {total} event{total === 1 ? '' : 's'} · <a href={`/daybook.csv${suffix}`}>CSV</a> · <a href={`/daybook.json${suffix}`}>JSON</a> · print this page for a paper diary
      </p>
      {days.map((day) => (
        <section key={day.day} className="daybook-day" aria-labelledby={`daybook-${day.day}`}>
          <h2 id={`daybook-${day.day}`}>{DateTime.fromISO(day.day).toFormat(DAY_HEADING)}</h2>
          {day.places.length === 0 && <p className="muted">Nothing in the diary for this day.</p>}
          {day.places.map((place) => (
            <section key={`${place.country}|${place.city}`} className="daybook-place" aria-label={[place.city, place.countryName].filter(Boolean).join(', ')}>
              <h3>
                {place.country ? <EntityLink country={place.country} /> : place.countryName}
                {place.city && ` — ${place.city}`}
              </h3>
              <ul>
                {place.entries.map(({ event, children }) => (
                  <li key={event.id} className={`daybook-event st-${event.status}`}>
                    <EventLine event={event} />
                    {children.length > 0 && (
                      <ul aria-label={`Within ${event.title}`}>
                        {children.map((child) => (
                          <li key={child.id} className={`daybook-event st-${child.status}`}>
                            <EventLine event={child} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
