import { getDb } from '@/db/client';
import { presentRevisionAuthors } from '@/db/access';
import { getEvent } from '@/db/queries/events';
import { listRevisions } from '@/db/queries/revisions';
import { eventTitles } from '@/db/queries/related-events';
import { NotFoundError } from '@/lib/events/errors';
import { jsonResponse } from '@/lib/http/json-responses';
import { parseRouteId } from '@/lib/http/route-id';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

export const GET = route({ access: 'read', params: ['id'] }, ({ actor: viewer, params }) => {
  const id = parseRouteId(params.id, 'Event');
  const db = getDb();
  if (!getEvent(db, id)) throw new NotFoundError(`Event ${id}`);
  const revisions = listRevisions(db, id);
  // History names the events a change points at ("part of") by title, not by number.
  const linked = revisions.flatMap((r) => {
    const change = r.changes.parentId;
    return Array.isArray(change) ? change.filter((v): v is number => typeof v === 'number') : [];
  });
  return jsonResponse({ revisions: presentRevisionAuthors(db, viewer)(revisions), titles: eventTitles(db, linked) });
});

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
