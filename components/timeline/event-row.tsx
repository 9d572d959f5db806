import Link from 'next/link';
import type { EventRecord } from '@/lib/events/event-record';
import { formatWhen } from '@/lib/events/format-when';
import { formatCountryName } from '@/lib/events/countries';
import { StatusBadge } from '@/components/ui/status-badge';

const KIND_MARK: Record<EventRecord['kind'], string> = {
  visit: '✈',
  meeting: '◆',
  call: '☎',
  summit: '★',
  conference: '▣',
  other: '•',
};

export function EventRow({ event }: { event: EventRecord }) {
  const place = event.place ? [event.place.city, formatCountryName(event.place.country)].filter(Boolean).join(', ') : null;
  return (
    <div className={`event-row kind-${event.kind} status-row-${event.status}`} data-event-id={event.id}>
      <span className="kind-mark" aria-hidden="true">
        {KIND_MARK[event.kind]}
      </span>
      <span className="when">{formatWhen(event)}</span>
      <Link href={`/events/${event.id}`} className="title">
        <span className="visually-hidden">{event.kind}: </span>
        {event.title}
      </Link>
      {place && <span className="place">{place}</span>}
      <StatusBadge status={event.status} />
    </div>
  );
}
