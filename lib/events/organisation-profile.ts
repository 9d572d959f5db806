/**
 * An organisation's page: the people who represent it (its office holders as the events show
 * them) with how often they appear, and its events to come and past, each with the people met.
 * Pure: built from the events with a participant of the organisation.
 */
import type { EventRecord } from './event-record';
import { toItineraryEntry, withPartsBeneath, type ItineraryEntry, type PersonRef } from './person-profile';

export interface MemberCount extends PersonRef {
  role: string | null;
  events: number;
  lastDate: string;
}

export interface OrganisationProfile {
  members: MemberCount[];
  upcoming: ItineraryEntry[];
  past: ItineraryEntry[];
}

export function buildOrganisationProfile(name: string, events: EventRecord[], today: string): OrganisationProfile {
  const ofIt = (p: EventRecord['participants'][number]) => p.organization === name;
  const own = events.filter((e) => e.participants.some(ofIt));
  const bySlug = new Map<string, MemberCount>();
  for (const e of own)
    for (const p of e.participants.filter(ofIt)) {
      const seen = bySlug.get(p.slug);
      if (seen) {
        seen.events++;
        if (e.startDate >= seen.lastDate) {
          seen.lastDate = e.startDate;
          seen.role = p.role ?? seen.role;
        }
      } else bySlug.set(p.slug, { name: p.name, slug: p.slug, role: p.role, events: 1, lastDate: e.startDate });
    }
  const entries = own.map((e) => toItineraryEntry(e, ofIt));
  return {
    members: [...bySlug.values()].sort((a, b) => b.events - a.events || b.lastDate.localeCompare(a.lastDate)),
    upcoming: withPartsBeneath(entries.filter((e) => e.endDate >= today), false),
    past: withPartsBeneath(entries.filter((e) => e.endDate < today), true),
  };
}
