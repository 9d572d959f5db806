import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { eventParticipants, events } from '../schema';
import type { EventFilter } from '../../lib/events/event-filter';
import { eventInputSchema } from '../../lib/events/event-input-schema';
import type { EventRecord } from '../../lib/events/event-record';
import { isClashDismissed } from '../../lib/events/clash-dismissals';
import { eventsClash, findClashes, type ClashEvent } from '../../lib/events/find-clashes';
import { normalizeTiming } from '../../lib/events/normalize-event';
import { listDismissedPairs } from './clash-dismissals';
import { listEvents, recordToInput } from './events';
import { findPersonByName } from './people';
import { addDays } from '../../lib/time/zones';

/** The person a clash places twice. */
export interface ClashPerson {
  id: number;
  name: string;
  slug: string;
}

export interface ClashRecord {
  person: ClashPerson;
  events: [EventRecord, EventRecord];
}

/**
 * Open clashes touching the events a filter selects: the people of those events are followed
 * through all their events of the same days (the other side of a clash may lie outside the
 * filter, as in another country), only clashes with at least one selected event are kept, and
 * those an editor marked "not a clash" are left out.
 */
export function listClashes(db: Db, filter: EventFilter): ClashRecord[] {
  const selected = listEvents(db, filter);
  if (!selected.length) return [];
  const ids = new Set(selected.map((e) => e.id));
  const slugs = [...new Set(selected.flatMap((e) => e.participants.map((p) => p.slug)))];
  const from = selected.reduce((min, e) => (e.startDate < min ? e.startDate : min), selected[0].startDate);
  const to = selected.reduce((max, e) => (e.endDate > max ? e.endDate : max), selected[0].endDate);
  const theirs = slugs.length ? listEvents(db, { from, to, person: slugs }) : [];
  const byId = new Map([...selected, ...theirs].map((e) => [e.id, e]));
  const names = new Map([...byId.values()].flatMap((e) => e.participants.map((p) => [p.personId, { id: p.personId, name: p.name, slug: p.slug }] as const)));
  const found = findClashes([...byId.values()]).filter((c) => ids.has(c.first.id) || ids.has(c.second.id));
  // A visit that clashes says it for its meetings too: "Rubio meets Xi" in Beijing adds nothing to "Rubio visits Beijing".
  const pairs = new Set(found.map((c) => `${c.personId}|${c.first.id}|${c.second.id}`));
  const said = (personId: number, a: number, b: number) => pairs.has(`${personId}|${a}|${b}`) || pairs.has(`${personId}|${b}|${a}`);
  const parentOf = (id: number) => byId.get(id)?.parentId ?? null;
  const dismissed = listDismissedPairs(db, found.flatMap((c) => sidesOf(c.first, c.second)));
  return found
    .filter((c) => {
      const [p1, p2] = [parentOf(c.first.id), parentOf(c.second.id)];
      return !(p1 !== null && said(c.personId, p1, c.second.id)) && !(p2 !== null && said(c.personId, c.first.id, p2));
    })
    .filter((c) => !isClashDismissed(dismissed, c.first, c.second))
    .map((c) => ({ person: names.get(c.personId)!, events: [byId.get(c.first.id)!, byId.get(c.second.id)!] }));
}

/** The ids a dismissal covering the clash of two events may name: theirs and their visits'. */
function sidesOf(...clashing: Array<{ id: number; parentId: number | null }>): number[] {
  return clashing.flatMap((e) => (e.parentId === null ? [e.id] : [e.id, e.parentId]));
}

export interface DraftClash {
  person: ClashPerson;
  event: EventRecord;
}

/** Events up to this many days long are found through the range index; longer ones through their length. */
const SHORT_EVENT_DAYS = 14;

/**
 * The saved events of these people that overlap these days: the candidates of a clash check, found
 * through indexes, never a scan of all events nor of all of a person's events (the busiest have
 * thousands). An event of up to two weeks that overlaps the days starts at most two weeks before
 * them, so the range index reads only the events of those few weeks; the few longer ones come
 * through the index of events by length. Each candidate's people are checked through the
 * participants' key. The two halves are disjoint (`union all`, no sort), and INDEXED BY holds each
 * to its index: with bound dates SQLite would otherwise prefer a walk in id order for a union, or
 * the end-date index. tests/integration/clash-candidates-plan.test.ts reads SQLite's plan; `npm run
 * bench` times it at 100,000 events.
 */
export function clashCandidatesQuery(personIds: number[], startDate: string, endDate: string, eventId: number | null): SQL {
  // The index's own expression, word for word and unqualified, or SQLite does not match it.
  const span = sql.raw('julianday(end_date) - julianday(start_date)');
  const days = sql.raw(String(SHORT_EVENT_DAYS));
  const theirs = sql`exists (select 1 from ${eventParticipants} ep where ep.event_id = ${events}.id and ep.person_id in ${personIds})`;
  return sql`select id from ${events} indexed by events_range_idx
               where start_date between ${addDays(startDate, -SHORT_EVENT_DAYS)} and ${endDate} and end_date >= ${startDate} and ${span} <= ${days}
                 and deleted_at is null and id != ${eventId ?? -1} and ${theirs}
             union all
             select id from ${events} indexed by events_span_idx
               where ${span} > ${days} and end_date >= ${startDate} and start_date <= ${endDate}
                 and deleted_at is null and id != ${eventId ?? -1} and ${theirs}`;
}

/**
 * Saved events an event would clash with as typed in the form (before it is saved, or while it is
 * edited: `eventId` is then left out). Candidates come through the participants' person index and
 * the days; never a scan of all events (clashCandidatesQuery). Input the form has not made valid yet clashes
 * with nothing: its own errors say what is wrong. Pairs marked not a clash are left out.
 */
export function listDraftClashes(db: Db, input: unknown, eventId: number | null): DraftClash[] {
  const parsed = eventInputSchema.safeParse(input);
  if (!parsed.success || !parsed.data.location?.country) return [];
  const timing = normalizeTiming(parsed.data);
  if (!timing.ok) return [];
  const people = parsed.data.participants.map((p) => findPersonByName(db, p.name)).filter((p): p is NonNullable<typeof p> => p !== null);
  if (!people.length) return [];
  const { startDate, endDate, startUtc, endUtc } = timing.timing;
  const ids = db.all<{ id: number }>(clashCandidatesQuery(people.map((p) => p.id), startDate, endDate, eventId)).map((row) => row.id);
  if (!ids.length) return [];
  const draft: ClashEvent = {
    id: eventId ?? -1, parentId: parsed.data.parentId, kind: parsed.data.kind, status: parsed.data.status, startDate, endDate, startUtc, endUtc, deletedAt: null,
    place: { city: parsed.data.location.city, country: parsed.data.location.country }, participants: people.map((p) => ({ personId: p.id })),
  };
  // Only a saved event (or a meeting of a saved visit) can have been marked not a clash.
  const dismissed = listDismissedPairs(db, eventId === null && draft.parentId === null ? [] : sidesOf(draft));
  const out: DraftClash[] = [];
  for (const saved of listEvents(db, {}, { ids })) {
    if (!eventsClash(draft, saved) || isClashDismissed(dismissed, draft, saved)) continue;
    for (const p of saved.participants) if (people.some((d) => d.id === p.personId)) out.push({ person: { id: p.personId, name: p.name, slug: p.slug }, event: saved });
  }
  return out;
}

/**
 * The saved events a saved event clashes with, one line per person and event; a visit's meeting is
 * left out when the visit itself is listed for that person.
 */
export function listEventClashes(db: Db, event: EventRecord): DraftClash[] {
  const found = listDraftClashes(db, recordToInput(event), event.id);
  const listed = new Set(found.map((c) => `${c.person.id}|${c.event.id}`));
  return found.filter((c) => c.event.parentId === null || !listed.has(`${c.person.id}|${c.event.parentId}`));
}
