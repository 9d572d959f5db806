import type { ItineraryEntry } from '@/lib/events/person-profile';
import { ItineraryList } from './itinerary-list';
import { TitledSection } from '../ui/titled-section';

/** The two itineraries of a person's or an organisation's page: what is coming up, and what was. */
export function ComingAndPast({ upcoming, past }: { upcoming: ItineraryEntry[]; past: ItineraryEntry[] }) {
  return (
    <>
      <TitledSection id="upcoming" title="Coming up">
        <ItineraryList entries={upcoming} empty="Nothing coming up." />
      </TitledSection>
      <TitledSection id="past" title="Past events">
        <ItineraryList entries={past} empty="No past events saved." />
      </TitledSection>
    </>
  );
}
