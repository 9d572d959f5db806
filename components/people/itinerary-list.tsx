import Link from 'next/link';
import { formatCountryName } from '@/lib/events/countries';
import { formatWhen } from '@/lib/events/format-when';
import type { ItineraryEntry, PersonRef } from '@/lib/events/person-profile';
import { StatusBadge } from '../ui/status-badge';

function PeopleLinks({ people }: { people: PersonRef[] }) {
  return (
    <>
      {people.map((p, i) => (
        <span key={p.slug}>
          {i > 0 && ', '}
          <Link href={`/people/${p.slug}`}>{p.name}</Link>
        </span>
      ))}
    </>
  );
}

/** A compact itinerary: when (in the place's own clock), where, what, with whom, and its status. */
export function ItineraryList({ entries, empty }: { entries: ItineraryEntry[]; empty: string }) {
  if (entries.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ol className="itinerary">
      {entries.map((e) => (
        <li key={e.id} className={`itinerary-entry st-${e.status}${e.parentId !== null ? ' itinerary-part' : ''}`}>
          <span className="itinerary-when">{formatWhen(e)}</span>
          <span className="itinerary-where">
            {e.country ? (
              <>
                {e.city && `${e.city}, `}
                <Link href={`/countries/${e.country}`}>{formatCountryName(e.country)}</Link>
              </>
            ) : (
              '—'
            )}
          </span>
          <span className="itinerary-what">
            <span className="itinerary-kind">{e.kind}</span> <Link href={`/events/${e.id}`}>{e.title}</Link> <StatusBadge status={e.status} certainty={e.certainty} />
            {e.counterparts.length > 0 && (
              <span className="itinerary-people">
                with <PeopleLinks people={e.counterparts} />
              </span>
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
