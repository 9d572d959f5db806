import type { Db } from '../client';
import type { EventFilter } from '../../lib/events/event-filter';
import type { EventRecord } from '../../lib/events/event-record';
import { findClashes } from '../../lib/events/find-clashes';
import { listEvents } from './events';

export interface ClashRecord {
  person: { id: number; name: string; slug: string };
  events: [EventRecord, EventRecord];
}

/**
 * Clashes touching the events a filter selects: the people of those events are followed through
 * all their events of the same days (the other side of a clash may lie outside the filter, as in
 * another country), and only clashes with at least one selected event are kept.
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
  return findClashes([...byId.values()])
    .filter((c) => ids.has(c.first.id) || ids.has(c.second.id))
    .map((c) => ({ person: names.get(c.personId)!, events: [byId.get(c.first.id)!, byId.get(c.second.id)!] }));
}
