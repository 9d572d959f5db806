/**
 * What an analyst asks of one person: where they are going and have been, whom they meet most,
 * which countries they visit, and the offices they held at each event's date. Pure: built from
 * the person's saved events.
 */
import type { EventRecord, ParticipantRecord } from './event-record';
import type { OfficeTerm } from '../extract/people/office-history';
import { gazetteerOfficesOf } from './gazetteer-offices';

export interface PersonRef {
  name: string;
  slug: string;
}

/** An event as a line of a list: what, when (in its place's clock), where and its status. */
export interface EventLine {
  id: number;
  kind: EventRecord['kind'];
  title: string;
  status: EventRecord['status'];
  certainty: EventRecord['certainty'];
  allDay: boolean;
  startDate: string;
  endDate: string;
  startUtc: string | null;
  timezone: string | null;
  city: string | null;
  country: string | null;
}

export function toEventLine(e: EventRecord): EventLine {
  const { id, kind, title, status, certainty, allDay, startDate, endDate, startUtc, timezone } = e;
  return { id, kind, title, status, certainty, allDay, startDate, endDate, startUtc, timezone, city: e.place?.city ?? null, country: e.place?.country ?? null };
}

/** One line of an itinerary: the event, its place and the other people in it. */
export interface ItineraryEntry extends EventLine {
  parentId: number | null;
  counterparts: PersonRef[];
}

export interface CounterpartCount extends PersonRef {
  /** meetings and calls together */
  meetings: number;
  lastDate: string;
}

export interface CountryCount {
  country: string;
  events: number;
  lastDate: string;
}

/** An office as the saved events show it: the role at each event, from the first to the last. */
export interface OfficeSeen {
  title: string;
  organization: string | null;
  country: string | null;
  firstDate: string;
  lastDate: string;
}

export interface PersonProfile {
  upcoming: ItineraryEntry[];
  past: ItineraryEntry[];
  counterparts: CounterpartCount[];
  countries: CountryCount[];
  offices: OfficeSeen[];
  /** the offices the gazetteer of office holders gives the person, with their dates */
  officesHeld: OfficeTerm[];
  /** the country the person's events say they represent most often */
  homeCountry: string | null;
}

const PAIRED = new Set(['meeting', 'call']);

/** The profile of the person with this id, from their events in date order; `today` splits upcoming from past. */
export function buildPersonProfile(personId: number, events: EventRecord[], today: string, names: string[] = []): PersonProfile {
  const own = events.filter((e) => e.participants.some((p) => p.personId === personId));
  const entries = own.map((e) => toItineraryEntry(e, (p) => p.personId === personId));
  return {
    upcoming: withPartsBeneath(entries.filter((e) => e.endDate >= today), false),
    past: withPartsBeneath(entries.filter((e) => e.endDate < today), true),
    counterparts: countCounterparts(own, personId),
    countries: countCountries(own, personId),
    offices: officesSeen(own, personId),
    homeCountry: homeCountryOf(own, personId),
    officesHeld: gazetteerOfficesOf(names),
  };
}

/**
 * Entries in date order (latest first for the past), each event's parts (a visit's meetings)
 * right beneath it in their own date order; a part whose event is not listed stands on its own.
 */
export function withPartsBeneath(entries: ItineraryEntry[], latestFirst: boolean): ItineraryEntry[] {
  const listed = new Set(entries.map((e) => e.id));
  const heads = entries.filter((e) => e.parentId === null || !listed.has(e.parentId));
  if (latestFirst) heads.reverse();
  return heads.flatMap((head) => [head, ...entries.filter((e) => e.parentId === head.id)]);
}

/** An event as an itinerary line; `isOwnSide` picks the participants who are not counterparts. */
export function toItineraryEntry(e: EventRecord, isOwnSide: (p: ParticipantRecord) => boolean): ItineraryEntry {
  return { ...toEventLine(e), parentId: e.parentId, counterparts: othersThan(e.participants, isOwnSide) };
}

function othersThan(participants: ParticipantRecord[], isOwnSide: (p: ParticipantRecord) => boolean): PersonRef[] {
  return participants.filter((p) => !isOwnSide(p)).map((p) => ({ name: p.name, slug: p.slug }));
}

/** The people met or called, most often first (then most recently), cancelled events aside. */
function countCounterparts(events: EventRecord[], personId: number): CounterpartCount[] {
  const bySlug = new Map<string, CounterpartCount>();
  for (const e of events) {
    if (!PAIRED.has(e.kind) || e.status === 'cancelled') continue;
    for (const p of othersThan(e.participants, (x) => x.personId === personId)) {
      const seen = bySlug.get(p.slug);
      if (seen) {
        seen.meetings++;
        if (e.startDate > seen.lastDate) seen.lastDate = e.startDate;
      } else bySlug.set(p.slug, { ...p, meetings: 1, lastDate: e.startDate });
    }
  }
  return [...bySlug.values()].sort((a, b) => b.meetings - a.meetings || b.lastDate.localeCompare(a.lastDate) || a.name.localeCompare(b.name));
}

/** Countries the person went to: trips and gatherings outside their own country, each counted once per top-level event. */
function countCountries(events: EventRecord[], personId: number): CountryCount[] {
  const home = homeCountryOf(events, personId);
  const byCountry = new Map<string, CountryCount>();
  for (const e of events) {
    const country = e.place?.country;
    if (!country || country === home || e.parentId !== null || e.kind === 'call' || e.status === 'cancelled') continue;
    const seen = byCountry.get(country);
    if (seen) {
      seen.events++;
      if (e.startDate > seen.lastDate) seen.lastDate = e.startDate;
    } else byCountry.set(country, { country, events: 1, lastDate: e.startDate });
  }
  return [...byCountry.values()].sort((a, b) => b.events - a.events || b.lastDate.localeCompare(a.lastDate));
}

function homeCountryOf(events: EventRecord[], personId: number): string | null {
  const counts = new Map<string, number>();
  for (const e of events) {
    const country = e.participants.find((p) => p.personId === personId)?.country;
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Each role the events give the person, with the first and last event dates it was held at. */
function officesSeen(events: EventRecord[], personId: number): OfficeSeen[] {
  const byKey = new Map<string, OfficeSeen>();
  for (const e of events) {
    const p = e.participants.find((x) => x.personId === personId);
    if (!p?.role) continue;
    const key = [p.role, p.organization ?? '', p.country ?? ''].join('|');
    const seen = byKey.get(key);
    if (seen) {
      if (e.startDate < seen.firstDate) seen.firstDate = e.startDate;
      if (e.startDate > seen.lastDate) seen.lastDate = e.startDate;
    } else byKey.set(key, { title: p.role, organization: p.organization, country: p.country, firstDate: e.startDate, lastDate: e.startDate });
  }
  return [...byKey.values()].sort((a, b) => b.lastDate.localeCompare(a.lastDate));
}
