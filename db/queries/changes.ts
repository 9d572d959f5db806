import type { Db } from '../client';
import { formatEventFilter, type EventFilter } from '../../lib/events/event-filter';
import type { EventRecord } from '../../lib/events/event-record';
import { listEvents } from './events';
import { listPersonMergesSince, type PersonMerge } from './person-merges';
import { listRevisionsSince, type Revision } from './revisions';

export interface EventChanges {
  event: EventRecord;
  /** newest first */
  revisions: Revision[];
}

/** Events created or changed since an instant that match a timeline filter, most recent change first. */
export function listChangesSince(db: Db, since: string, filter: EventFilter, limit = 200): EventChanges[] {
  const revisions = listRevisionsSince(db, since, 5000);
  const byEvent = new Map<number, Revision[]>();
  for (const revision of revisions) {
    const list = byEvent.get(revision.eventId) ?? [];
    list.push(revision);
    byEvent.set(revision.eventId, list);
  }
  const events = listEvents(db, filter, { ids: [...byEvent.keys()], includeDeletedSince: since });
  return events
    .map((event) => ({ event, revisions: byEvent.get(event.id) ?? [] }))
    .sort((a, b) => (a.revisions[0].createdAt < b.revisions[0].createdAt ? 1 : -1))
    .slice(0, limit);
}

/**
 * People merged since an instant (issue 15), for "What changed": all of them in an unfiltered view,
 * else those that changed an event the view lists, as the merge's own revisions on those events do.
 */
export function listPersonMergesInView(db: Db, since: string, filter: EventFilter, changes: EventChanges[]): PersonMerge[] {
  const merges = listPersonMergesSince(db, since);
  if (formatEventFilter(filter).toString() === '') return merges;
  const shown = new Set(changes.map((c) => c.event.id));
  return merges.filter((merge) => merge.eventIds.some((id) => shown.has(id)));
}
