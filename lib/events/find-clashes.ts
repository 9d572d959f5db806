import type { EventRecord } from './event-record';

/**
 * Clashes (issue 15, DESIGN.md): one person placed in two different places (cities, or countries
 * when a city is unknown) on overlapping days by events that are not of one trip. Pure: the
 * events come in, the clashing pairs go out; the database only finds the candidates.
 */
export type ClashEvent = Pick<EventRecord, 'id' | 'parentId' | 'kind' | 'status' | 'startDate' | 'endDate' | 'startUtc' | 'endUtc' | 'deletedAt'> & {
  place: { city: string | null; country: string } | null;
  participants: Array<{ personId: number }>;
};

export interface Clash {
  personId: number;
  /** the two events, the earlier start first */
  first: ClashEvent;
  second: ClashEvent;
}

/** Events that place nobody anywhere: calls, cancelled and deleted ones, postponed ones (their dates are stale). */
function placesSomeone(e: ClashEvent): boolean {
  return e.kind !== 'call' && e.status !== 'cancelled' && e.status !== 'postponed' && !e.deletedAt && e.place !== null;
}

/** A visit and its meetings, or two meetings of one visit, are one trip. */
function oneTrip(a: ClashEvent, b: ClashEvent): boolean {
  return a.parentId === b.id || b.parentId === a.id || (a.parentId !== null && a.parentId === b.parentId);
}

function samePlace(a: ClashEvent, b: ClashEvent): boolean {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
  if (a.place!.country !== b.place!.country) return false;
  // Two cities of one country differ; a city and its country alone may be the same place.
  if (a.place!.city && b.place!.city) return fold(a.place!.city) === fold(b.place!.city);
  return true;
}

/**
 * Whether two events place someone in two places at once. Days must overlap; a single shared day
 * where one ends and the other begins is a day of travel between consecutive stops, not a clash;
 * two timed events clash only when their hours overlap.
 */
export function eventsClash(a: ClashEvent, b: ClashEvent): boolean {
  if (a.id === b.id || !placesSomeone(a) || !placesSomeone(b) || oneTrip(a, b) || samePlace(a, b)) return false;
  if (a.startDate > b.endDate || b.startDate > a.endDate) return false;
  const handover = (x: ClashEvent, y: ClashEvent) => x.startDate < y.startDate && x.endDate === y.startDate;
  if (handover(a, b) || handover(b, a)) return false;
  if (a.startUtc && a.endUtc && b.startUtc && b.endUtc) return a.startUtc < b.endUtc && b.startUtc < a.endUtc;
  return true;
}

/** Every clash among the events, per person they share, each pair once. */
export function findClashes(events: ClashEvent[]): Clash[] {
  const byPerson = new Map<number, ClashEvent[]>();
  for (const e of events) {
    if (!placesSomeone(e)) continue;
    for (const p of e.participants) (byPerson.get(p.personId) ?? byPerson.set(p.personId, []).get(p.personId)!).push(e);
  }
  const clashes: Clash[] = [];
  for (const [personId, list] of byPerson) {
    // Sorted by start, each event need only be compared with those starting before it ends.
    list.sort((x, y) => (x.startDate < y.startDate ? -1 : x.startDate > y.startDate ? 1 : x.id - y.id));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length && list[j].startDate <= list[i].endDate; j++) {
        if (eventsClash(list[i], list[j])) clashes.push({ personId, first: list[i], second: list[j] });
      }
    }
  }
  return clashes;
}
