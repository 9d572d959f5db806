import Link from 'next/link';
import type { EventRecord } from '@/lib/events/event-record';
import { formatCountryName } from '@/lib/events/countries';
import { formatWhen } from '@/lib/events/format-when';
import { StatusBadge } from '../ui/status-badge';
import { DismissableClash } from './dismissable-clash';

export interface ClashEntry {
  person: { name: string; slug: string };
  events: [EventRecord, EventRecord];
}

function EventSide({ event }: { event: EventRecord }) {
  return (
    <li>
      <span className="itinerary-when">{formatWhen(event)}</span>{' '}
      <span className="itinerary-where">
        {event.place ? (
          <>
            {event.place.city && `${event.place.city}, `}
            <Link href={`/countries/${event.place.country}`}>{formatCountryName(event.place.country)}</Link>
          </>
        ) : (
          'No place'
        )}
      </span>
      {' · '}
      <Link href={`/events/${event.id}`}>{event.title}</Link> <StatusBadge status={event.status} certainty={event.certainty} />
    </li>
  );
}

/**
 * One person placed in two places at once, for each open clash: who, and the two events with their
 * days and places; editors can mark one as not a clash.
 */
export function ClashList({ clashes }: { clashes: ClashEntry[] }) {
  if (clashes.length === 0) return <p className="muted">No clashes in this view: nobody is placed in two places at once.</p>;
  return (
    <ul className="clash-list">
      {clashes.map(({ person, events }) => {
        const key = `${person.slug}-${events[0].id}-${events[1].id}`;
        return (
          <DismissableClash key={key} a={events[0].id} b={events[1].id} headingId={`clash-${key}`} summary={`${person.name} at ${events[0].title} and ${events[1].title}`}>
            <h2 id={`clash-${key}`}>
              <Link href={`/people/${person.slug}`}>{person.name}</Link> in two places
            </h2>
            <ul className="plain-list">
              <EventSide event={events[0]} />
              <EventSide event={events[1]} />
            </ul>
          </DismissableClash>
        );
      })}
    </ul>
  );
}
