import Link from 'next/link';
import type { OrganisationProfile } from '@/lib/events/organisation-profile';
import { mapStopsOf } from '@/lib/maps/itinerary-map';
import { FeedLinks } from '../feeds/feed-links';
import { ItineraryMapView } from '../maps/itinerary-map-view';
import { ComingAndPast } from '../people/coming-and-past';

/** `/organisations/{slug}`: who represents it, its events to come and past with the people met, a map, and its feed. */
export function OrganisationView({ name, slug, profile }: { name: string; slug: string; profile: OrganisationProfile }) {
  const { members, upcoming, past } = profile;
  return (
    <div className="profile">
      <h1>{name}</h1>
      <p className="profile-links">
        <Link href={`/?org=${slug}`}>On the timeline</Link>
        {' · Feed: '}
        <FeedLinks path={`/feeds/org/${slug}.ics`} label={name} />
      </p>
      <section aria-labelledby="members">
        <h2 id="members">Who represents it</h2>
        <ol className="plain-list">
          {members.map((m) => (
            <li key={m.slug}>
              <Link href={`/people/${m.slug}`}>{m.name}</Link>
              {m.role && `, ${m.role}`}
              {' · '}
              <span className="muted">
                {m.events} event{m.events === 1 ? '' : 's'}, last {m.lastDate}
              </span>
            </li>
          ))}
        </ol>
      </section>
      <ItineraryMapView stops={mapStopsOf([...upcoming, ...past])} label={`Map of ${name}'s events in date order`} />
      <ComingAndPast upcoming={upcoming} past={past} />
    </div>
  );
}
