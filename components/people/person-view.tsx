import Link from 'next/link';
import { formatCountryName } from '@/lib/events/countries';
import { slugify } from '@/lib/events/slug';
import type { PersonProfile } from '@/lib/events/person-profile';
import { mapStopsOf } from '@/lib/maps/itinerary-map';
import { FeedLinks } from '../feeds/feed-links';
import { ItineraryMapView } from '../maps/itinerary-map-view';
import { ComingAndPast } from './coming-and-past';
import { MergePersonControl } from './merge-person-control';
import { OfficesHeld } from './offices-held';

export interface PersonHeading {
  name: string;
  slug: string;
  aliases: string[];
}

/** `/people/{slug}`: offices, itinerary to come and past, counterparts, countries visited and the feed. */
export function PersonView({ person, profile, mergedName = null }: { person: PersonHeading; profile: PersonProfile; mergedName?: string | null }) {
  const { upcoming, past, counterparts, countries, offices, homeCountry } = profile;
  return (
    <div className="profile">
      <h1>{person.name}</h1>
      {mergedName && (
        <p role="status" className="notice">
          {mergedName} was merged into {person.name}: their events, offices and spellings are here now, and their old page and feed lead here.
        </p>
      )}
      {person.aliases.length > 0 && <p className="muted">Also written {person.aliases.join(', ')}</p>}
      <p className="profile-links">
        <Link href={`/?person=${encodeURIComponent(person.slug)}`}>On the timeline</Link>
        {homeCountry && (
          <>
            {' · '}
            <Link href={`/countries/${homeCountry}`}>{formatCountryName(homeCountry)}</Link>
          </>
        )}
        {' · Feed: '}
        <FeedLinks path={`/feeds/person/${person.slug}.ics`} label={person.name} />
      </p>
      <MergePersonControl person={person} events={upcoming.length + past.length} />
      <div className="profile-grid">
        <OfficesHeld terms={profile.officesHeld} />
        <section aria-labelledby="offices">
          <h2 id="offices">Offices at the events</h2>
          {offices.length === 0 ? (
            <p className="muted">No office recorded with an event.</p>
          ) : (
            <ul className="plain-list">
              {offices.map((o) => (
                <li key={`${o.title}|${o.organization}|${o.country}`}>
                  {o.title}
                  {o.organization && (
                    <>
                      , <Link href={`/organisations/${slugify(o.organization)}`}>{o.organization}</Link>
                    </>
                  )}
                  {o.country && ` (${formatCountryName(o.country)})`} <span className="muted">{o.firstDate === o.lastDate ? o.firstDate : `${o.firstDate} – ${o.lastDate}`}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="counterparts">
          <h2 id="counterparts">Met most often</h2>
          {counterparts.length === 0 ? (
            <p className="muted">No meetings or calls saved.</p>
          ) : (
            <ol className="plain-list">
              {counterparts.slice(0, 20).map((c) => (
                <li key={c.slug}>
                  <Link href={`/people/${c.slug}`}>{c.name}</Link>{' '}
                  <span className="muted">
                    {c.meetings === 1 ? '1 meeting or call' : `${c.meetings} meetings or calls`}, last {c.lastDate}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="countries">
          <h2 id="countries">Countries visited</h2>
          {countries.length === 0 ? (
            <p className="muted">No trips abroad saved.</p>
          ) : (
            <ul className="plain-list">
              {countries.map((c) => (
                <li key={c.country}>
                  <Link href={`/countries/${c.country}`}>{formatCountryName(c.country)}</Link>{' '}
                  <span className="muted">
                    {c.events} time{c.events === 1 ? '' : 's'}, last {c.lastDate}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <ItineraryMapView stops={mapStopsOf([...upcoming, ...past])} label={`Map of ${person.name}'s trips in date order`} />
      <ComingAndPast upcoming={upcoming} past={past} />
    </div>
  );
}
