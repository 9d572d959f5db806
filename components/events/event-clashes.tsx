'use client';

import Link from 'next/link';
import { useQuery } from '@tanstack/react-query';
import { fetchEventClashes } from '@/lib/client/api-client';
import { formatWhen } from '@/lib/events/format-when';
import { ClashDismissalNotes } from './clash-dismissal-notes';

/**
 * The clash mark of the event page and the timeline's details: whom it places twice, and the
 * other event, linked; then the pairs marked not a clash.
 */
export function EventClashes({ id, version }: { id: number; version: number }) {
  const query = useQuery({ queryKey: ['event-clashes', id, version], queryFn: () => fetchEventClashes(id) });
  const clashes = query.data?.clashes ?? [];
  const dismissals = query.data?.dismissals ?? [];
  if (!clashes.length) return <ClashDismissalNotes eventId={id} dismissals={dismissals} />;
  return (
    <>
      <div className="clash-warning" role="status">
        <strong>Clash</strong>
        <ul>
          {clashes.map(({ person, event }) => (
            <li key={`${person.slug}-${event.id}`}>
              <Link href={`/people/${person.slug}`}>{person.name}</Link> is also at <Link href={`/events/${event.id}`}>{event.title}</Link>
              {event.city || event.country ? ` in ${[event.city, event.country].filter(Boolean).join(', ')}` : ''}, {formatWhen({ allDay: true, startDate: event.startDate, endDate: event.endDate, startUtc: null, timezone: null })}.
            </li>
          ))}
        </ul>
        <p>
          <Link href={`/clashes?from=${clashes[0].event.startDate}&to=${clashes[0].event.endDate}`}>All clashes of those days</Link>
        </p>
      </div>
      <ClashDismissalNotes eventId={id} dismissals={dismissals} />
    </>
  );
}
