/**
 * Atoms -> FORMAT.md events. Trips become one visit per stop and per group of travellers who
 * share the stop's days; meetings hang under the visit (or summit) they happen in; statuses come
 * from cancellation words, the trip they belong to, and the date against publication.
 */
import { DateTime } from 'luxon';
import type { DraftEvent, EventStatus, ParticipantDraft } from '../../events/event-record';
import type { DayRange } from '../dates/resolve-dates';
import { toIsoDay } from '../dates/resolve-dates';
import type { Person } from '../people/find-people';
import { getPlaceIndex, zoneOfCountry } from '../places/place-index';
import type { Analysis, Segment } from './analysis';
import type { Atom, CompanionAtom, MeetingAtom, PlaceRef, ReturnAtom, SummitAtom, TravelAtom } from './atoms';
import type { Tense } from './detect-tense';
import { readCertainty } from './read-certainty';
import { tripVisits, type VisitOut } from './stops';
import { attachSidelineMeetings, gatherTrips, placeKey, settleTripRanges, type Trip } from './trips';

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

export function buildEvents(a: Analysis, atoms: Atom[]): DraftEvent[] {
  const travels = atoms.filter((x): x is TravelAtom => x.kind === 'travel');
  const meetings = atoms.filter((x): x is MeetingAtom => x.kind === 'meeting' || x.kind === 'call');
  const summits = atoms.filter((x): x is SummitAtom => x.kind === 'summit');
  const returns = atoms.filter((x): x is ReturnAtom => x.kind === 'return');
  const companionAtoms = atoms.filter((x): x is CompanionAtom => x.kind === 'companions');
  attachSidelineMeetings(meetings, summits);
  const trips = gatherTrips(travels, companionAtoms);
  settleTripRanges(a, trips, returns);
  const visits = tripVisits(trips, meetings, summits);
  let n = 0;
  const nextId = () => `e${++n}`;
  const events = visits.map((v) => visitDraft(a, v, nextId()));
  const summitIds = new Map<SummitAtom, string>();
  for (const sm of summits) {
    const ev = summitDraft(a, sm, nextId);
    if (!ev) continue;
    summitIds.set(sm, ev.id);
    events.push(ev);
  }
  events.push(...meetingDrafts(a, meetings, { visits, trips, summits, summitIds }, nextId));
  return events;
}

/** A stop's visit: its travellers (the lead first), days, place, status and evidence. */
function visitDraft(a: Analysis, v: VisitOut, id: string): DraftEvent {
  const ref = a.reference;
  v.id = id;
  v.people.sort((x, y) => (x === v.trip.lead ? -1 : y === v.trip.lead ? 1 : v.trip.members.indexOf(x) - v.trip.members.indexOf(y)));
  const tense = (v.stop.atoms.find((x) => x.kind === 'travel') as TravelAtom | undefined)?.tense ?? 'unknown';
  const range = { start: v.stop.start, end: v.stop.end };
  const status: EventStatus = v.trip.status ?? statusByDate(range, ref, tense, true);
  const where = v.stop.place.city?.name ?? countryName(v.stop.place.country);
  return {
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
  };
}

/** A summit needs named attendees: two, or one the text itself says attends or chairs it. */
function summitDraft(a: Analysis, sm: SummitAtom, nextId: () => string): DraftEvent | null {
  const ref = a.reference;
  if (!sm.date || sm.attendees.length < (sm.declared || !sm.dayAssumed ? 1 : 2)) return null;
  const id = nextId();
  const zone = zoneOf(sm.place);
  return {
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
  };
}

interface MeetingContext {
  visits: VisitOut[];
  trips: Trip[];
  summits: SummitAtom[];
  summitIds: Map<SummitAtom, string>;
}

/** Meetings and calls, deduplicated by people and day, each under the visit or summit it happens in. */
function meetingDrafts(a: Analysis, meetings: MeetingAtom[], ctx: MeetingContext, nextId: () => string): DraftEvent[] {
  const ref = a.reference;
  const events: DraftEvent[] = [];
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
    const { parent, trip } = belongingOf(m, d, ctx);
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
 * The visit a meeting belongs to (a participant's stop covering the day), else the summit on whose
 * sidelines it is held; and the trip whose status it takes. Places the meeting by its stop.
 */
function belongingOf(m: MeetingAtom, d: DateTime, { visits, trips, summits, summitIds }: MeetingContext): { parent: string | null; trip: Trip | null } {
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
  return { parent, trip };
}

function zoneForCityName(name: string): string | null {
  const idx = getPlaceIndex();
  const first = name.split(/\s+/)[0];
  for (const c of idx.byFirst.get(first) ?? []) if (c.entry.type === 'city' && c.tokens.join(' ') === name.trim()) return c.entry.city.zone;
  return null;
}

