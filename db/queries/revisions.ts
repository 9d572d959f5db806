import { and, asc, desc, eq, gte } from 'drizzle-orm';
import type { Db } from '../client';
import { revisions } from '../schema';

export type Revision = typeof revisions.$inferSelect;

export function appendRevision(db: Db, revision: typeof revisions.$inferInsert): void {
  db.insert(revisions).values(revision).run();
}

export function listRevisions(db: Db, eventId: number): Revision[] {
  return db.select().from(revisions).where(eq(revisions.eventId, eventId)).orderBy(asc(revisions.version)).all();
}

/** Changes since an instant, newest first, for the "what changed" list. */
export function listRevisionsSince(db: Db, since: string, limit = 500): Revision[] {
  return db
    .select()
    .from(revisions)
    .where(and(gte(revisions.createdAt, since)))
    .orderBy(desc(revisions.createdAt), desc(revisions.id))
    .limit(limit)
    .all();
}
