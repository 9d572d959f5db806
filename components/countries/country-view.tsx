import Link from 'next/link';
import type { CountryProfile } from '@/lib/events/country-profile';
import { formatCountryName } from '@/lib/events/countries';
import { mapStopsOf } from '@/lib/maps/itinerary-map';
import { FeedLinks } from '../feeds/feed-links';
import { ItineraryMapView } from '../maps/itinerary-map-view';
import { TripList } from './trip-list';
import { TitledSection } from '../ui/titled-section';

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
        <TitledSection id="visitors" title="Most frequent visitors">
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
        </TitledSection>
        <TitledSection id="destinations" title="Where its people go">
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
        </TitledSection>
      </div>
      <ItineraryMapView stops={mapStopsOf(outgoing.map((t) => ({ ...t, parentId: null })))} label={`Map of trips abroad by ${name}'s people, in date order`} />
      <TitledSection id="upcoming" title={`Coming up in ${name}`}>
        <TripList trips={upcoming} empty="Nothing coming up." />
      </TitledSection>
      <TitledSection id="incoming" title={`Visits to ${name}`}>
        <TripList trips={incoming} empty="No visits saved." />
      </TitledSection>
      <TitledSection id="outgoing" title="Trips abroad">
        <TripList trips={outgoing} empty="No trips abroad saved." />
      </TitledSection>
    </div>
  );
}
