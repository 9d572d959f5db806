import Link from 'next/link';
import type { CountryTrip } from '@/lib/events/country-profile';
import { formatCountryName } from '@/lib/events/countries';
import { formatWhen } from '@/lib/events/format-when';
import { StatusBadge } from '../ui/status-badge';

/** Trips into or out of a country: when, who (and from where), where to, and the event. */
export function TripList({ trips, empty }: { trips: CountryTrip[]; empty: string }) {
  if (trips.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ol className="itinerary">
      {trips.map((t) => (
        <li key={t.id} className={`itinerary-entry st-${t.status}`}>
          <span className="itinerary-when">{formatWhen(t)}</span>
          <span className="itinerary-where">
            {t.city && `${t.city}, `}
            {t.country && <Link href={`/countries/${t.country}`}>{formatCountryName(t.country)}</Link>}
          </span>
          <span className="itinerary-what">
            <span className="itinerary-kind">{t.kind}</span> <Link href={`/events/${t.id}`}>{t.title}</Link> <StatusBadge status={t.status} certainty={t.certainty} />
            <span className="itinerary-people">
              {t.people.map((p, i) => (
                <span key={p.slug}>
                  {i > 0 && ', '}
                  <Link href={`/people/${p.slug}`}>{p.name}</Link>
                  {p.country && ` (${formatCountryName(p.country)})`}
                </span>
              ))}
            </span>
          </span>
        </li>
      ))}
    </ol>
  );
}
