/**
 * Stops: where each member of a trip is on which days (its travel legs, the meetings and summits
 * they attend, the lead they follow), merged into one stop per place and run, and one visit per
 * stop shared by the travellers who share its days.
 */
import type { DateTime } from 'luxon';
import { daysBetween } from '../dates/resolve-dates';
import type { Person } from '../people/find-people';
import { getPlaceIndex } from '../places/place-index';
import type { Atom, MeetingAtom, PlaceRef, SummitAtom, TravelAtom } from './atoms';
import { placeKey, type Trip } from './trips';

interface Placement {
  day: DateTime;
  place: PlaceRef;
  /** where the text put them, when `place` is the stop it counts for (the Vatican for Rome) */
  exact?: PlaceRef;
  order: number;
  atom: Atom;
}

export interface Stop {
  place: PlaceRef;
  start: DateTime;
  end: DateTime;
  atoms: Atom[];
}

/** The longest gap between two stops that is still one tour: beyond it no stop is stretched to the next. */
const MAX_TOUR_GAP_DAYS = 3;

export interface VisitOut {
  id: string;
  trip: Trip;
  people: Person[];
  stop: Stop;
}

/** The visits of all trips, each stop with its days and travellers. */
export function tripVisits(trips: Trip[], meetings: MeetingAtom[], summits: SummitAtom[]): VisitOut[] {
  const stopsByPerson = new Map<Person, Array<{ stop: Stop; trip: Trip }>>();
  for (const trip of trips) {
    const own = placeMembers(trip, meetings, summits);
    const cityCount = (p: Person) => new Set((own.get(p) ?? []).map((x) => placeKey(x.place))).size;
    const anyMultiStop = trip.members.some((p) => cityCount(p) > 1);
    for (const p of trip.members) {
      for (const s of stopsOfMember(trip, p, own.get(p) ?? [], anyMultiStop)) {
        if (s.end < s.start) s.end = s.start;
        (stopsByPerson.get(p) ?? stopsByPerson.set(p, []).get(p)!).push({ stop: s, trip });
      }
    }
  }
  const visits = visitsOfStops(stopsByPerson);
  joinSummitsOfArrivals(visits, summits);
  extendStopsToHostMeetings(visits, meetings);
  return visits;
}

/** Where each member of the trip is on which days, from the legs and the meetings and summits they attend. */
function placeMembers(trip: Trip, meetings: MeetingAtom[], summits: SummitAtom[]): Map<Person, Placement[]> {
  const inWindow = (d: DateTime) => !trip.range || (d >= trip.range.start.minus({ days: 1 }) && d <= trip.range.end.plus({ days: 1 }));
  const own = new Map<Person, Placement[]>();
  const push = (p: Person, pl: Placement) => {
    // The Vatican is an enclave: a morning there does not end a stay in Rome.
    if (pl.place.country === 'VA') {
      const rome = getPlaceIndex().cities.get('Rome');
      if (rome) pl = { ...pl, place: { city: rome, country: 'IT' }, exact: pl.place };
    }
    if (!trip.members.includes(p) && p !== trip.lead) return;
    if (p.country && pl.place.country === p.country && !(pl.place.city && p.country && trip.country === p.country)) return;
    (own.get(p) ?? own.set(p, []).get(p)!).push(pl);
  };
  const stopCompanions = new Map<TravelAtom, Person[]>();
  for (const at of trip.atoms) {
    if (at.kind !== 'travel' || !at.date || !at.place) continue;
    if (!at.place.city) continue;
    // "inicia el lunes en Nueva Delhi una gira que le llevará a Tokio el miércoles", "en visite
    // d'Etat en France jusqu'à jeudi ... mercredi à Marseille": the days of a tour are not all
    // spent at its first stop when the report names later ones within them.
    const throughEnd = at.isRange && !trip.atoms.some((x) => x !== at && x.kind === 'travel' && x.date && x.place && placeKey(x.place) !== placeKey(at.place!) && x.date.start > at.date!.start && x.date.start <= at.date!.end);
    for (const p of at.travellers) {
      push(p, { day: at.date.start, place: at.place, order: at.seg.start, atom: at });
      if (at.date.stayStart) push(p, { day: at.date.stayStart, place: at.place, order: at.seg.start, atom: at });
      if (throughEnd) push(p, { day: at.date.end, place: at.place, order: at.seg.start, atom: at });
    }
    if (at.companions.length) {
      stopCompanions.set(at, at.companions);
      for (const c of at.companions) if (!trip.members.includes(c)) trip.members.push(c);
    }
  }
  for (const m of [...meetings, ...summits]) {
    if (!m.date || !m.place?.city || (m.kind === 'call')) continue;
    if (!inWindow(m.date.start)) continue;
    const people = m.kind === 'summit' ? m.attendees : m.people;
    for (const p of people) if (trip.members.includes(p)) push(p, { day: m.date.start, place: m.place, order: m.seg.start + 1, atom: m });
    // "met the Emperor on the second day of his visit": the traveller has been there since the first.
    if (m.date.stayStart && people.includes(trip.lead)) push(trip.lead, { day: m.date.stayStart, place: m.place, order: m.seg.start, atom: m });
  }
  followTheLead(trip, own, stopCompanions);
  // Unplaced meetings of members extend the stop they are at.
  for (const m of meetings) {
    if (m.kind !== 'meeting' || !m.date || m.place?.city) continue;
    if (!inWindow(m.date.start)) continue;
    for (const p of m.people) {
      const pls = own.get(p);
      if (!pls || !pls.length) continue;
      const cur = [...pls].filter((x) => x.day <= m.date!.start).sort((x, y) => +x.day - +y.day || x.order - y.order).pop();
      if (cur) {
        pls.push({ day: m.date.start, place: cur.place, order: m.seg.start + 1, atom: m });
        if (!m.place || !m.place.city) m.place = cur.exact ?? cur.place;
      }
    }
  }
  return own;
}

/** Members follow the lead's stops on the days they are not placed themselves; a stop's own companions only at that stop. */
function followTheLead(trip: Trip, own: Map<Person, Placement[]>, stopCompanions: Map<TravelAtom, Person[]>): void {
  const leadPl = own.get(trip.lead) ?? [];
  const stopOnlyCompanions = new Set([...stopCompanions.values()].flat());
  for (const p of trip.members) {
    if (p === trip.lead) continue;
    const mine = own.get(p) ?? [];
    const myDays = new Set(mine.map((x) => +x.day));
    let follow = leadPl;
    if (stopOnlyCompanions.has(p)) {
      const cities = new Set([...stopCompanions.entries()].filter(([, cs]) => cs.includes(p)).map(([at]) => placeKey(at.place!)));
      follow = leadPl.filter((x) => cities.has(placeKey(x.place)));
    }
    const merged = [...mine, ...follow.filter((x) => !myDays.has(+x.day))];
    own.set(p, merged);
  }
}

/** One member's stops: consecutive placements at one place, stretched over a tour's days and the trip's range. */
function stopsOfMember(trip: Trip, p: Person, placements: Placement[], anyMultiStop: boolean): Stop[] {
  const pls = placements.sort((x, y) => +x.day - +y.day || x.order - y.order);
  const stops: Stop[] = [];
  for (const pl of pls) {
    const last = stops[stops.length - 1];
    if (last && placeKey(last.place) === placeKey(pl.place)) {
      if (pl.day > last.end) last.end = pl.day;
      last.atoms.push(pl.atom);
    } else stops.push({ place: pl.place, start: pl.day, end: pl.day, atoms: [pl.atom] });
  }
  // A stop lasts until the day before the next one on a tour ("Brussels on Thursday, then
  // Warsaw, Vilnius on Sunday"), but a stop weeks before the next is a trip of its own.
  for (let i = 0; i + 1 < stops.length; i++) {
    const before = stops[i + 1].start.minus({ days: 1 });
    if (before > stops[i].end && daysBetween(before, stops[i].end) <= MAX_TOUR_GAP_DAYS) stops[i].end = before;
  }
  if (stops.length === 1 && trip.range && !anyMultiStop) {
    const s0 = stops[0];
    if (trip.range.start < s0.start) s0.start = trip.range.start;
    if (trip.range.end > s0.end) s0.end = trip.range.end;
  }
  if (!stops.length && (p === trip.lead || trip.members.includes(p))) stops.push(...countryStops(trip));
  else if (p === trip.lead) addCountryLegs(stops, trip);
  return stops;
}

/** One visit per (trip, place, days): travellers sharing a stop share the event. */
function visitsOfStops(stopsByPerson: Map<Person, Array<{ stop: Stop; trip: Trip }>>): VisitOut[] {
  const visits: VisitOut[] = [];
  for (const [p, list] of stopsByPerson) {
    for (const { stop, trip } of list) {
      const same = visits.find((v) => v.trip === trip && placeKey(v.stop.place) === placeKey(stop.place) && +v.stop.start === +stop.start && +v.stop.end === +stop.end);
      if (same) {
        if (!same.people.includes(p)) same.people.push(p);
        same.stop.atoms.push(...stop.atoms);
      } else visits.push({ id: '', trip, people: [p], stop });
    }
  }
  return visits;
}


/**
 * A trip with no city: one stop per country with the days the text gives it ("Algeria from 13 to
 * 15 October, Mauritania on the 16th, Malawi from the 17th to the 19th"); a single country takes
 * the trip's whole span.
 */
function countryStops(trip: Trip): Stop[] {
  const legs = trip.atoms.filter((x): x is TravelAtom => x.kind === 'travel' && !!x.place?.country && !!x.date);
  const byCountry = new Map<string, TravelAtom[]>();
  for (const leg of legs) (byCountry.get(leg.place!.country!) ?? byCountry.set(leg.place!.country!, []).get(leg.place!.country!)!).push(leg);
  if (byCountry.size <= 1) {
    const t = legs[0];
    const range = trip.range ?? t?.date ?? null;
    return t && range ? [{ place: t.place!, start: range.start, end: range.end, atoms: [t] }] : [];
  }
  return [...byCountry.values()].map((own) => ({
    place: own[0].place!,
    start: own.map((x) => x.date!.start).reduce((a, b) => (b < a ? b : a)),
    end: own.map((x) => x.date!.end).reduce((a, b) => (b > a ? b : a)),
    atoms: own,
  }));
}

/**
 * "se rend ce jour en Mauritanie. Il effectuera le 7 avril une visite au Mali ... A Bamako": a
 * dated leg to a country none of the city stops is in, on days none of them covers, is a stop too.
 */
function addCountryLegs(stops: Stop[], trip: Trip): void {
  for (const leg of trip.atoms) {
    if (leg.kind !== 'travel' || leg.place?.city || !leg.place?.country || !leg.date) continue;
    const { start, end } = leg.date;
    // "empfing Steinmeier am Dienstag zu einem Staatsbesuch in Österreich ... in Wien am Mittwoch":
    // the country leg opens the first city stop in that country that follows within days.
    const next = +start === +end ? stops.find((x) => x.place.country === leg.place!.country && x.start > start && daysBetween(x.start, start) <= 3) : undefined;
    if (next && !stops.some((x) => x !== next && start >= x.start && start <= x.end)) {
      next.start = start;
      next.atoms.push(leg);
      continue;
    }
    if (stops.some((x) => x.place.country === leg.place!.country || (start <= x.end && end >= x.start))) continue;
    stops.push({ place: leg.place, start, end, atoms: [leg] });
  }
  stops.sort((x, y) => +x.start - +y.start);
}

/**
 * "arrives in Tunisia on Friday ... on Saturday he will meet President Essebsi": a meeting with no
 * place of its own, with the host side of a stop begun in the week before, lengthens that stop to
 * its day; the meeting then belongs to the stop like any other on its days.
 */
function extendStopsToHostMeetings(visits: VisitOut[], meetings: MeetingAtom[]): void {
  for (const m of meetings) {
    if (m.kind !== 'meeting' || !m.date || m.place) continue;
    const day = m.date.start;
    if (visits.some((v) => m.people.some((p) => v.people.includes(p)) && day >= v.stop.start && day <= v.stop.end)) continue;
    const v = stayingOn(visits, m.people, day);
    if (v) v.stop.end = day;
  }
}

/** how many days after a stop's start a meeting in its country still belongs to it */
const STAY_REACH = 7;

/**
 * The stop a meeting with no place of its own belongs to: a participant's last stop begun within
 * the week before, in the country of another participant (the host side), with no later stop of
 * that traveller begun by the meeting's day.
 */
function stayingOn(visits: VisitOut[], people: Person[], day: DateTime): VisitOut | null {
  for (const v of visits) {
    if (day <= v.stop.end || daysBetween(day, v.stop.start) > STAY_REACH) continue;
    const traveller = people.find((p) => v.people.includes(p));
    if (!traveller || !people.some((p) => !v.people.includes(p) && p.country === v.stop.place.country)) continue;
    if (visits.some((o) => o !== v && o.people.includes(traveller) && o.stop.start > v.stop.start && o.stop.start <= day)) continue;
    return v;
  }
  return null;
}

/**
 * Leaders who arrive in a summit's city on its eve or its first day come for it: they attend, and
 * stay until it ends ("Leaders are arriving in Addis Ababa for the summit on 9-10 February").
 */
function joinSummitsOfArrivals(visits: VisitOut[], summits: SummitAtom[]): void {
  for (const v of visits) {
    if (+v.stop.start !== +v.stop.end || !v.stop.place.city) continue;
    const sm = summits.find((x) => x.date && x.place?.city && placeKey(x.place) === placeKey(v.stop.place) && v.stop.start >= x.date.start.minus({ days: 2 }) && v.stop.start <= x.date.start);
    if (!sm?.date) continue;
    v.stop.end = sm.date.end;
    for (const p of v.people) if (!sm.attendees.includes(p)) sm.attendees.push(p);
  }
}

