/**
 * Atoms -> FORMAT.md events. Trips become one visit per stop and per group of travellers who
 * share the stop's days; meetings hang under the visit (or summit) they happen in; statuses come
 * from cancellation words, the trip they belong to, and the date against publication.
 */
import { DateTime } from 'luxon';
import type { DraftEvent, EventStatus, ParticipantDraft } from '../../events/event-record';
import type { DayRange } from '../dates/resolve-dates';
import { daysBetween, toIsoDay } from '../dates/resolve-dates';
import type { Person } from '../people/find-people';
import { getPlaceIndex, zoneOfCountry } from '../places/place-index';
import type { Analysis, Segment } from './analyze-text';
import type { Atom, MeetingAtom, PlaceRef, ReturnAtom, SummitAtom, TravelAtom, CompanionAtom, StatusFlag } from './atoms';
import type { Tense } from './detect-tense';
import { readCertainty } from './read-certainty';

interface Placement {
  day: DateTime;
  place: PlaceRef;
  /** where the text put them, when `place` is the stop it counts for (the Vatican for Rome) */
  exact?: PlaceRef;
  order: number;
  atom: Atom;
}

interface Stop {
  place: PlaceRef;
  start: DateTime;
  end: DateTime;
  atoms: Atom[];
}

/** The longest gap between two stops that is still one tour: beyond it no stop is stretched to the next. */
const MAX_TOUR_GAP_DAYS = 3;

interface Trip {
  lead: Person;
  members: Person[];
  range: DayRange | null;
  status: StatusFlag;
  country: string | null;
  atoms: Atom[];
}

interface VisitOut {
  id: string;
  trip: Trip;
  people: Person[];
  stop: Stop;
}

const placeKey = (p: PlaceRef) => (p.city ? 'c:' + p.city.name : 'k:' + (p.country ?? ''));

function statusByDate(range: DayRange, reference: DateTime | null, tense: Tense, ongoingIsScheduled: boolean): EventStatus {
  if (!reference) return tense === 'past' ? 'held' : 'scheduled';
  if (range.end < reference) return 'held';
  if (range.end > reference) return 'scheduled';
  // A visit under way on the day is scheduled, unless it is a one-day visit the report tells as done ("a effectué lundi").
  if (ongoingIsScheduled && !(tense === 'past' && +range.start === +range.end)) return 'scheduled';
  return tense === 'past' ? 'held' : 'scheduled';
}

function participant(p: Person): ParticipantDraft {
  return { name: p.name, role: p.role, organization: p.organization, country: p.organization && !p.country ? null : p.country };
}

function evidenceOf(a: Analysis, atoms: Array<{ seg: Segment; extra?: Segment[] }>): Array<{ start: number; end: number }> {
  const spans = new Map<number, { start: number; end: number }>();
  for (const at of atoms)
    for (const seg of [at.seg, ...(at.extra ?? [])]) {
      const s = a.sentences[seg.sentence];
      spans.set(s.start, { start: s.start, end: s.end });
    }
  return [...spans.values()].sort((x, y) => x.start - y.start);
}

function zoneOf(place: PlaceRef | null): string | null {
  if (!place) return null;
  return place.city?.zone ?? zoneOfCountry(place.country);
}

function withTime(d: DateTime, time: { hour: number; minute: number } | null, zone: string | null): string {
  if (!time || !zone) return toIsoDay(d);
  const dt = DateTime.fromObject({ year: d.year, month: d.month, day: d.day, hour: time.hour, minute: time.minute }, { zone });
  return dt.isValid ? dt.toISO({ suppressMilliseconds: true }) ?? toIsoDay(d) : toIsoDay(d);
}

function countryName(code: string | null): string {
  return code ?? 'abroad';
}

const RETURN_LATE = /(?:^|\s)(?:evening|night|soir|soiree|nuit|sera|serata|notte|abend|abends|nacht|noche|tarde|a l'issue|at the end|after the|dopo la|al termine|nach (?:dem|der)|zum abschluss|al final|tras la|tras el)(?:\s|,|\.|$)/;

export function buildEvents(a: Analysis, atoms: Atom[]): DraftEvent[] {
  const ref = a.reference;
  const travels = atoms.filter((x): x is TravelAtom => x.kind === 'travel');
  const meetings = atoms.filter((x): x is MeetingAtom => x.kind === 'meeting' || x.kind === 'call');
  const summits = atoms.filter((x): x is SummitAtom => x.kind === 'summit');
  const returns = atoms.filter((x): x is ReturnAtom => x.kind === 'return');
  const companionAtoms = atoms.filter((x): x is CompanionAtom => x.kind === 'companions');

  // Sideline meetings make their people summit attendees.
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

  // Trips, one per lead traveller.
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

  // Placements per trip member, then stops.
  const visits: VisitOut[] = [];
  const stopsByPerson = new Map<Person, Array<{ stop: Stop; trip: Trip }>>();
  for (const trip of trips) {
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
    const cityCount = (p: Person) => new Set((own.get(p) ?? []).map((x) => placeKey(x.place))).size;
    const anyMultiStop = trip.members.some((p) => cityCount(p) > 1);
    for (const p of trip.members) {
      const pls = (own.get(p) ?? []).sort((x, y) => +x.day - +y.day || x.order - y.order);
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
      for (const s of stops) {
        if (s.end < s.start) s.end = s.start;
        (stopsByPerson.get(p) ?? stopsByPerson.set(p, []).get(p)!).push({ stop: s, trip });
      }
    }
  }
  // One visit per (trip, place, days): travellers sharing a stop share the event.
  for (const [p, list] of stopsByPerson) {
    for (const { stop, trip } of list) {
      const same = visits.find((v) => v.trip === trip && placeKey(v.stop.place) === placeKey(stop.place) && +v.stop.start === +stop.start && +v.stop.end === +stop.end);
      if (same) {
        if (!same.people.includes(p)) same.people.push(p);
        same.stop.atoms.push(...stop.atoms);
      } else visits.push({ id: '', trip, people: [p], stop });
    }
  }

  joinSummitsOfArrivals(visits, summits);
  extendStopsToHostMeetings(visits, meetings);

  const events: DraftEvent[] = [];
  let n = 0;
  const nextId = () => `e${++n}`;
  for (const v of visits) {
    v.id = nextId();
    v.people.sort((x, y) => (x === v.trip.lead ? -1 : y === v.trip.lead ? 1 : v.trip.members.indexOf(x) - v.trip.members.indexOf(y)));
    const tense = (v.stop.atoms.find((x) => x.kind === 'travel') as TravelAtom | undefined)?.tense ?? 'unknown';
    const range = { start: v.stop.start, end: v.stop.end };
    const status: EventStatus = v.trip.status ?? statusByDate(range, ref, tense, true);
    const where = v.stop.place.city?.name ?? countryName(v.stop.place.country);
    events.push({
      id: v.id,
      parent: null,
      kind: 'visit',
      title: `${v.people[0].name} visits ${where}`,
      start: toIsoDay(range.start),
      end: toIsoDay(range.end),
      timezone: zoneOf(v.stop.place),
      location: { city: v.stop.place.city?.name ?? null, country: v.stop.place.country },
      status,
      certainty: readCertainty(v.stop.atoms.find((x) => x.kind === 'travel') ?? v.trip.atoms.find((x) => x.kind === 'travel'), status),
      participants: v.people.map(participant),
      // The stop's own sentences plus those announcing the whole trip and who travels.
      evidence: evidenceOf(a, [...new Set([...v.stop.atoms, ...v.trip.atoms.filter((x) => x.kind === 'companions' || (x.kind === 'travel' && (!x.place?.city || placeKey(x.place) === placeKey(v.stop.place))))])]),
    });
  }

  const summitIds = new Map<SummitAtom, string>();
  for (const sm of summits) {
    // A summit needs named attendees: two, or one the text itself says attends or chairs it.
    if (!sm.date || sm.attendees.length < (sm.declared || !sm.dayAssumed ? 1 : 2)) continue;
    const id = nextId();
    summitIds.set(sm, id);
    const zone = zoneOf(sm.place);
    events.push({
      id,
      parent: null,
      kind: sm.conference ? 'conference' : 'summit',
      title: `${sm.conference ? 'Conference' : 'Summit'}${sm.place?.city ? ' in ' + sm.place.city.name : ''}`,
      start: withTime(sm.date.start, sm.time, zone),
      end: toIsoDay(sm.date.end),
      timezone: zone,
      location: sm.place ? { city: sm.place.city?.name ?? null, country: sm.place.country } : { city: null, country: null },
      status: statusByDate(sm.date, ref, sm.tense, false),
      certainty: readCertainty(sm, statusByDate(sm.date, ref, sm.tense, false)),
      participants: sm.attendees.map(participant),
      evidence: evidenceOf(a, [sm]),
    });
  }

  // Meetings and calls, deduplicated by people and day.
  const seen = new Map<string, DraftEvent>();
  for (const m of meetings) {
    if (!m.date) continue;
    const d = m.date.start;
    const ids = m.people.map((p) => p.id).sort((x, y) => x - y).join(',');
    const key = `${m.kind}|${ids}|${toIsoDay(d)}`;
    const prev = seen.get(key);
    if (prev) {
      for (const e of evidenceOf(a, [m])) if (!prev.evidence.some((x) => x.start === e.start)) prev.evidence.push(e);
      continue;
    }
    // The visit it belongs to: a participant's stop covering the day.
    let parent: string | null = null;
    let trip: Trip | null = null;
    for (const v of visits) {
      if (!m.people.some((p) => v.people.includes(p))) continue;
      if (d < v.stop.start || d > v.stop.end) continue;
      if (m.place?.city && v.stop.place.city && m.place.city.name !== v.stop.place.city.name && m.place.country !== 'VA') continue;
      parent = v.id;
      trip = v.trip;
      // A meeting placed only in the country of a city stop is in that city.
      if (!m.place || (!m.place.city && m.place.country === v.stop.place.country)) m.place = v.stop.place;
      break;
    }
    if (!m.place && m.kind === 'meeting') {
      // The day before a summit, its attendees meet where it is held ("la víspera").
      const near = summits.find((s) => s.date && s.place && m.people.some((p) => s.attendees.includes(p)) && d >= s.date.start.minus({ days: 1 }) && d <= s.date.end);
      if (near) m.place = near.place;
    }
    const sm = (m as MeetingAtom & { summit?: SummitAtom }).summit;
    if (!parent && sm && summitIds.has(sm)) parent = summitIds.get(sm)!;
    if (!trip && m.kind === 'meeting') {
      trip = trips.find((t) => t.status && m.people.some((p) => t.members.includes(p)) && (!t.range || (d >= t.range.start && d <= t.range.end))) ?? null;
    }
    let status: EventStatus;
    if (m.flag) status = m.flag;
    else if (trip?.status && !m.asPlanned) status = trip.status;
    else status = statusByDate(m.date, ref, m.tense, false);
    const zone = m.kind === 'call' ? (m.time?.zoneCity ? zoneForCityName(m.time.zoneCity) : null) : zoneOf(m.place);
    const ev: DraftEvent = {
      id: nextId(),
      parent,
      kind: m.kind,
      title: m.kind === 'call' ? `Call: ${m.people.map((p) => p.name).join(' – ')}` : `${m.people.map((p) => p.name).join(' – ')} meeting`,
      start: withTime(d, m.time, zone),
      end: toIsoDay(m.date.end),
      timezone: zone,
      location: m.kind === 'call' ? { city: null, country: null } : m.place ? { city: m.place.city?.name ?? null, country: m.place.country } : { city: null, country: null },
      status,
      certainty: readCertainty(m, status),
      participants: m.people.map(participant),
      evidence: evidenceOf(a, [m]),
    };
    seen.set(key, ev);
    events.push(ev);
  }
  return events;
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

function zoneForCityName(name: string): string | null {
  const idx = getPlaceIndex();
  const first = name.split(/\s+/)[0];
  for (const c of idx.byFirst.get(first) ?? []) if (c.entry.type === 'city' && c.tokens.join(' ') === name.trim()) return c.entry.city.zone;
  return null;
}
