import { and, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { eventParticipants, events, offices, people, personMerges } from '../schema';
import { NotFoundError, ValidationError } from '../../lib/events/errors';
import { diffEventSnapshots, snapshotEvent } from '../../lib/events/event-diff';
import { describePersonMerge, mergeAliases } from '../../lib/events/person-merge';
import { slugify } from '../../lib/events/slug';
import { nowUtcIso } from '../../lib/time/zones';
import { indexEventText } from './event-search';
import { getEvent, getEventsByIds } from './events';
import { findPersonByName, getPersonBySlug, type Person } from './people';
import { appendRevision } from './revisions';

export type PersonMerge = typeof personMerges.$inferSelect;

export type MergePersonOutcome =
  | { outcome: 'merged'; merge: PersonMerge; into: Person }
  /** the slug was merged before (a second click, another editor): nothing changed */
  | { outcome: 'already-merged'; into: Person };

/** The saved person an old slug leads to since a merge, or null when it was never merged. */
export function findMergedInto(db: Db, slug: string): Person | null {
  const row = db
    .select({ person: people })
    .from(personMerges)
    .innerJoin(people, eq(people.id, personMerges.intoPersonId))
    .where(eq(personMerges.fromSlug, slug))
    .orderBy(desc(personMerges.id))
    .limit(1)
    .get();
  return row?.person ?? null;
}

/** The latest merge of a slug, or null. */
export function findPersonMerge(db: Db, fromSlug: string): PersonMerge | null {
  return db.select().from(personMerges).where(eq(personMerges.fromSlug, fromSlug)).orderBy(desc(personMerges.id)).limit(1).get() ?? null;
}

/** The person to merge into: by slug, by a name or spelling they are saved under, or through an old slug. */
function findMergeTarget(db: Db, into: string): Person | null {
  return findPersonByName(db, into) ?? findMergedInto(db, slugify(into));
}

/**
 * Merges one saved person into another, in one transaction: their participations move (an event
 * that already has the target keeps the target's, with any role it lacked taken from the dropped
 * one), their offices and spellings become the target's, the old slug leads to the target, and the
 * merge is recorded. Each event whose participants changed gets a new version and a revision, as
 * any participant edit would, so calendar subscribers see the new SEQUENCE; nothing else of the
 * events changes. Throws NotFoundError for an unknown person and ValidationError (`into`) for an
 * unknown target or the person themselves.
 */
export function mergePerson(db: Db, fromSlug: string, into: string, actor: string): MergePersonOutcome {
  return db.transaction((tx) => {
    const txDb = tx as unknown as Db;
    const from = getPersonBySlug(txDb, fromSlug);
    if (!from) {
      const merged = findMergedInto(txDb, fromSlug);
      if (merged) return { outcome: 'already-merged', into: merged };
      throw new NotFoundError(`Person ${fromSlug}`);
    }
    const target = findMergeTarget(txDb, into);
    if (!target) throw new ValidationError({ into: [`Nobody saved is called “${into}”: pick a saved person from the list as you type`] });
    if (target.id === from.id) throw new ValidationError({ into: [`Choose someone else: ${from.name} cannot be merged into themselves`] });

    const eventIds = txDb
      .select({ id: eventParticipants.eventId })
      .from(eventParticipants)
      .where(eq(eventParticipants.personId, from.id))
      .all()
      .map((row) => row.id);
    const before = getEventsByIds(txDb, eventIds);
    const dropped = moveParticipations(txDb, from.id, target.id, eventIds);
    moveOffices(txDb, from.id, target.id);
    txDb.update(people).set({ aliases: mergeAliases(target, from) }).where(eq(people.id, target.id)).run();
    // Earlier merges into this person now lead to the target, so an old slug is always one lookup.
    txDb.update(personMerges).set({ intoPersonId: target.id }).where(eq(personMerges.intoPersonId, from.id)).run();
    txDb.delete(people).where(eq(people.id, from.id)).run();

    const now = nowUtcIso();
    const reason = describePersonMerge(from.name, target.name);
    for (const event of before) {
      const after = getEvent(txDb, event.id)!;
      const changes = diffEventSnapshots(snapshotEvent(event), snapshotEvent(after));
      const version = event.version + 1;
      txDb.update(events).set({ version, updatedAt: now }).where(eq(events.id, event.id)).run();
      appendRevision(txDb, { eventId: event.id, version, actor, action: 'update', reason, changes, createdAt: now });
      indexEventText(txDb, after);
    }
    const merge = txDb
      .insert(personMerges)
      .values({ fromSlug: from.slug, fromName: from.name, intoPersonId: target.id, intoSlug: target.slug, intoName: target.name, eventIds, droppedParticipations: dropped, actor, createdAt: now })
      .returning()
      .get();
    return { outcome: 'merged', merge, into: txDb.select().from(people).where(eq(people.id, target.id)).get()! };
  });
}

/** Moves participations to the target; where an event has both, keeps the target's. Returns how many were dropped. */
function moveParticipations(db: Db, fromId: number, targetId: number, eventIds: number[]): number {
  if (!eventIds.length) return 0;
  const both = db
    .select({ eventId: eventParticipants.eventId })
    .from(eventParticipants)
    .where(and(eq(eventParticipants.personId, targetId), inArray(eventParticipants.eventId, eventIds)))
    .all()
    .map((row) => row.eventId);
  for (const eventId of both) {
    // What the target's participation does not say (a role, an organisation), the dropped one may.
    db.run(sql`update ${eventParticipants} as kept set
                 role = coalesce(kept.role, gone.role), organization = coalesce(kept.organization, gone.organization), country = coalesce(kept.country, gone.country)
               from ${eventParticipants} as gone
               where kept.event_id = ${eventId} and kept.person_id = ${targetId} and gone.event_id = ${eventId} and gone.person_id = ${fromId}`);
    db.delete(eventParticipants).where(and(eq(eventParticipants.eventId, eventId), eq(eventParticipants.personId, fromId))).run();
  }
  db.update(eventParticipants).set({ personId: targetId }).where(eq(eventParticipants.personId, fromId)).run();
  return both.length;
}

/** Offices move to the target, but one it already holds (same title, organisation and country) is not repeated. */
function moveOffices(db: Db, fromId: number, targetId: number): void {
  const held = db.select().from(offices).where(eq(offices.personId, targetId)).all();
  const key = (o: { title: string; organization: string | null; country: string | null; fromDate: string | null; toDate: string | null }) => JSON.stringify([o.title, o.organization, o.country, o.fromDate, o.toDate]);
  const known = new Set(held.map(key));
  for (const office of db.select().from(offices).where(eq(offices.personId, fromId)).all()) {
    if (known.has(key(office))) db.delete(offices).where(eq(offices.id, office.id)).run();
    else {
      known.add(key(office));
      db.update(offices).set({ personId: targetId }).where(eq(offices.id, office.id)).run();
    }
  }
}

/** Merges made since an instant, newest first, for "What changed". */
export function listPersonMergesSince(db: Db, since: string, limit = 200): PersonMerge[] {
  return db.select().from(personMerges).where(gte(personMerges.createdAt, since)).orderBy(desc(personMerges.createdAt), desc(personMerges.id)).limit(limit).all();
}
