import Link from 'next/link';
import type { CountryProfile } from '@/lib/events/country-profile';
import { formatCountryName } from '@/lib/events/countries';
import { mapStopsOf } from '@/lib/maps/itinerary-map';
import { FeedLinks } from '../feeds/feed-links';
import { ItineraryMapView } from '../maps/itinerary-map-view';
import { TripList } from './trip-list';

/** `/countries/{CC}`: who came and who went, who comes most and where they go, what is coming up, and the feed. */
export function CountryView({ code, name, profile }: { code: string; name: string; profile: CountryProfile }) {
  const { incoming, outgoing, visitors, destinations, upcoming } = profile;
  return (
    <div className="profile">
      <h1>
        {name} <span className="muted">({code})</span>
      </h1>
      <p className="profile-links">
        <Link href={`/?country=${code}`}>On the timeline</Link>
        {' · Feed: '}
        <FeedLinks path={`/feeds/country/${code}.ics`} label={name} />
      </p>
      <div className="profile-grid">
        <section aria-labelledby="visitors">
          <h2 id="visitors">Most frequent visitors</h2>
          {visitors.length === 0 ? (
            <p className="muted">No visits saved.</p>
          ) : (
            <ol className="plain-list">
              {visitors.slice(0, 20).map((v) => (
                <li key={v.slug}>
                  <Link href={`/people/${v.slug}`}>{v.name}</Link>
                  {v.country && ` (${formatCountryName(v.country)})`}{' '}
                  <span className="muted">
                    {v.visits} visit{v.visits === 1 ? '' : 's'}, last {v.lastDate}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="destinations">
          <h2 id="destinations">Where its people go</h2>
          {destinations.length === 0 ? (
            <p className="muted">No trips abroad saved.</p>
          ) : (
            <ol className="plain-list">
              {destinations.slice(0, 20).map((d) => (
                <li key={d.country}>
                  <Link href={`/countries/${d.country}`}>{formatCountryName(d.country)}</Link>{' '}
                  <span className="muted">
                    {d.trips} trip{d.trips === 1 ? '' : 's'}, last {d.lastDate}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
      <ItineraryMapView stops={mapStopsOf(outgoing.map((t) => ({ ...t, parentId: null })))} label={`Map of trips abroad by ${name}'s people, in date order`} />
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">Coming up in {name}</h2>
        <TripList trips={upcoming} empty="Nothing coming up." />
      </section>
      <section aria-labelledby="incoming">
        <h2 id="incoming">Visits to {name}</h2>
        <TripList trips={incoming} empty="No visits saved." />
      </section>
      <section aria-labelledby="outgoing">
        <h2 id="outgoing">Trips abroad</h2>
        <TripList trips={outgoing} empty="No trips abroad saved." />
      </section>
    </div>
  );
}
