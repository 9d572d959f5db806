/**
 * Trips: the travel atoms of one lead traveller with the people who go along, and the days the
 * trip spans (a duration counted from its first day, a return home that ends it). Meetings on a
 * summit's sidelines make their people its attendees first.
 */
import type { DateTime } from 'luxon';
import type { DayRange } from '../dates/resolve-dates';
import { daysBetween } from '../dates/resolve-dates';
import type { Person } from '../people/find-people';
import type { Analysis } from './analysis';
import type { Atom, CompanionAtom, MeetingAtom, PlaceRef, ReturnAtom, StatusFlag, SummitAtom, TravelAtom } from './atoms';

export interface Trip {
  lead: Person;
  members: Person[];
  range: DayRange | null;
  status: StatusFlag;
  country: string | null;
  atoms: Atom[];
}

export const placeKey = (p: PlaceRef) => (p.city ? 'c:' + p.city.name : 'k:' + (p.country ?? ''));

/** Sideline meetings make their people summit attendees. */
export function attachSidelineMeetings(meetings: MeetingAtom[], summits: SummitAtom[]): void {
  for (const m of meetings) {
    if (m.kind !== 'meeting' || !m.date) continue;
    for (const sm of summits) {
      if (!sm.date) continue;
      const within = m.date.start >= sm.date.start && m.date.start <= sm.date.end;
      const attendeeMeeting = !m.place && m.people.some((p) => sm.attendees.includes(p));
      if (within && (m.sideline || attendeeMeeting || (m.place && sm.place && placeKey(m.place) === placeKey(sm.place)))) {
        if (m.sideline || m.people.every((p) => sm.attendees.includes(p)) || m.people.some((p) => sm.attendees.includes(p))) {
          for (const p of m.people) if (!sm.attendees.includes(p)) sm.attendees.push(p);
          if (!m.place) m.place = sm.place;
          (m as MeetingAtom & { summit?: SummitAtom }).summit = sm;
        }
      }
    }
  }

}

/** Trips, one per lead traveller, with the companions told apart. */
export function gatherTrips(travels: TravelAtom[], companionAtoms: CompanionAtom[]): Trip[] {
  const trips: Trip[] = [];
  for (const t of travels) {
    const lead = t.travellers[0];
    let trip = trips.find((x) => x.lead === lead);
    if (!trip) {
      trip = { lead, members: [lead], range: null, status: null, country: null, atoms: [] };
      trips.push(trip);
    }
    trip.atoms.push(t);
    for (const p of t.travellers) if (!trip.members.includes(p)) trip.members.push(p);
    if (t.flag && (!trip.status || t.flag === 'cancelled')) trip.status = t.flag;
    if (t.isRange && t.date && !trip.range) trip.range = t.date;
    if (!trip.country && t.place?.country) trip.country = t.place.country;
  }
  for (const c of companionAtoms) {
    const trip = trips.find((x) => x.lead === c.leader);
    if (!trip) continue;
    for (const p of c.companions) if (!trip.members.includes(p)) trip.members.push(p);
    trip.atoms.push(c);
    if (c.flag && !trip.status) trip.status = c.flag;
  }
  return trips;
}

const RETURN_LATE = /(?:^|\s)(?:evening|night|soir|soiree|nuit|sera|serata|notte|abend|abends|nacht|noche|tarde|a l'issue|at the end|after the|dopo la|al termine|nach (?:dem|der)|zum abschluss|al final|tras la|tras el)(?:\s|,|\.|$)/;

/** Each trip's days: a duration from its first day, and a return home that ends it. */
export function settleTripRanges(a: Analysis, trips: Trip[], returns: ReturnAtom[]): void {
  for (const trip of trips) {
    const dated = trip.atoms.filter((x) => x.kind === 'travel' && x.date).map((x) => x.date!.start);
    const first = dated.length ? dated.reduce((p, q) => (q < p ? q : p)) : null;
    const timed = trip.atoms.find((x) => x.kind === 'travel' && (x as TravelAtom).duration) as TravelAtom | undefined;
    const dur = timed?.duration ?? null;
    if (!trip.range && first && dur) trip.range = timed?.durationEnds ? { start: first.minus({ days: dur - 1 }), end: first } : { start: first, end: first.plus({ days: dur - 1 }) };
    const ret = returns.find((r) => r.travellers[0] === trip.lead && r.date);
    // A return cannot precede the departure: a weekday read as this week ("volverá el jueves") is
    // the one after the trip starts.
    const start = trip.range?.start ?? first;
    if (ret?.date && start && ret.date.start < start && daysBetween(start, ret.date.start) < 7 && +ret.date.start === +ret.date.end) {
      const d = ret.date.start.plus({ days: 7 });
      ret.date = { start: d, end: d };
    }
    if (ret?.date) {
      // "returns home on Wednesday": the stay ends the day before the traveller moves on.
      // A return "in the evening" or "at the end of the talks" still spends that day there.
      const lateReturn = RETURN_LATE.test(a.folded.slice(ret.seg.start, ret.seg.end));
      const last = (from: DateTime) => (ret.date!.start > from && !lateReturn ? ret.date!.start.minus({ days: 1 }) : ret.date!.start);
      if (trip.range && ret.date.start >= trip.range.start) trip.range = { start: trip.range.start, end: last(trip.range.start) };
      else if (!trip.range && first && ret.date.start >= first) trip.range = { start: first, end: last(first) };
    }
  }

}
