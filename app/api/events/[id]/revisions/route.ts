import { getDb } from '@/db/client';
import { authorize, presentRevisionAuthors } from '@/db/access';
import { getEvent } from '@/db/queries/events';
import { listRevisions } from '@/db/queries/revisions';
import { eventTitles } from '@/db/queries/related-events';
import { NotFoundError } from '@/lib/events/errors';
import { jsonResponse, respondToError } from '@/lib/http/json-responses';
import { parseRouteId } from '@/lib/http/route-id';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const viewer = await authorize(getDb(), request, 'read');
    const id = parseRouteId((await context.params).id, 'Event');
    const db = getDb();
    if (!getEvent(db, id)) throw new NotFoundError(`Event ${id}`);
    const revisions = listRevisions(db, id);
    // History names the events a change points at ("part of") by title, not by number.
    const linked = revisions.flatMap((r) => {
      const change = r.changes.parentId;
      return Array.isArray(change) ? change.filter((v): v is number => typeof v === 'number') : [];
    });
    return jsonResponse({ revisions: presentRevisionAuthors(db, viewer)(revisions), titles: eventTitles(db, linked) });
  } catch (error) {
    return respondToError(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
