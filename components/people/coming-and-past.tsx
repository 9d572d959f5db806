import type { ItineraryEntry } from '@/lib/events/person-profile';
import { ItineraryList } from './itinerary-list';

/** The two itineraries of a person's or an organisation's page: what is coming up, and what was. */
export function ComingAndPast({ upcoming, past }: { upcoming: ItineraryEntry[]; past: ItineraryEntry[] }) {
  return (
    <>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">Coming up</h2>
        <ItineraryList entries={upcoming} empty="Nothing coming up." />
      </section>
      <section aria-labelledby="past">
        <h2 id="past">Past events</h2>
        <ItineraryList entries={past} empty="No past events saved." />
      </section>
    </>
  );
}
