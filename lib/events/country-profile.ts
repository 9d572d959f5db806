/**
 * What an analyst asks of one country: who came, from where and when; where its office holders
 * went; who visits most and where they go most; what is coming up there. Pure: built from the
 * events placed in the country or with a participant representing it.
 */
import type { EventRecord } from './event-record';
import { toEventLine, type EventLine, type PersonRef } from './person-profile';

export interface CountryTrip extends EventLine {
  /** the travellers: visitors coming in, or the country's own people going out */
  people: Array<PersonRef & { country: string | null }>;
}

export interface PersonCount extends PersonRef {
  country: string | null;
  visits: number;
  lastDate: string;
}

export interface DestinationCount {
  country: string;
  trips: number;
  lastDate: string;
}

export interface CountryProfile {
  incoming: CountryTrip[];
  outgoing: CountryTrip[];
  visitors: PersonCount[];
  destinations: DestinationCount[];
  /** events in the country from today on */
  upcoming: CountryTrip[];
}

const TRIPS = new Set(['visit', 'summit', 'conference']);

/** The profile of country `code` from its events in date order; `today` starts the upcoming list. */
export function buildCountryProfile(code: string, events: EventRecord[], today: string): CountryProfile {
  const live = events.filter((e) => e.status !== 'cancelled');
  // Visits into the country by people who do not represent it (a host is in the meetings, not the visit).
  const incoming = live
    .filter((e) => e.kind === 'visit' && e.place?.country === code)
    .map((e) => toTrip(e, e.participants.filter((p) => p.country !== code)))
    .filter((t) => t.people.length > 0);
  // Trips abroad by people representing the country.
  const outgoing = live
    .filter((e) => TRIPS.has(e.kind) && e.parentId === null && !!e.place?.country && e.place.country !== code)
    .map((e) => toTrip(e, e.participants.filter((p) => p.country === code)))
    .filter((t) => t.people.length > 0);
  const upcoming = events.filter((e) => e.place?.country === code && e.endDate >= today).map((e) => toTrip(e, e.participants));
  return { incoming: [...incoming].reverse(), outgoing: [...outgoing].reverse(), visitors: countVisitors(incoming), destinations: countDestinations(outgoing), upcoming };
}

function toTrip(e: EventRecord, people: EventRecord['participants']): CountryTrip {
  return { ...toEventLine(e), people: people.map((p) => ({ name: p.name, slug: p.slug, country: p.country })) };
}

function countVisitors(incoming: CountryTrip[]): PersonCount[] {
  const bySlug = new Map<string, PersonCount>();
  for (const t of incoming)
    for (const p of t.people) {
      const seen = bySlug.get(p.slug);
      if (seen) {
        seen.visits++;
        if (t.startDate > seen.lastDate) seen.lastDate = t.startDate;
      } else bySlug.set(p.slug, { ...p, visits: 1, lastDate: t.startDate });
    }
  return [...bySlug.values()].sort((a, b) => b.visits - a.visits || b.lastDate.localeCompare(a.lastDate) || a.name.localeCompare(b.name));
}

function countDestinations(outgoing: CountryTrip[]): DestinationCount[] {
  const byCountry = new Map<string, DestinationCount>();
  for (const t of outgoing) {
    const seen = byCountry.get(t.country!);
    if (seen) {
      seen.trips++;
      if (t.startDate > seen.lastDate) seen.lastDate = t.startDate;
    } else byCountry.set(t.country!, { country: t.country!, trips: 1, lastDate: t.startDate });
  }
  return [...byCountry.values()].sort((a, b) => b.trips - a.trips || b.lastDate.localeCompare(a.lastDate));
}
