import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { getEvent } from '@/db/queries/events';
import { listEventClashes } from '@/db/queries/clashes';
import { NotFoundError } from '@/lib/events/errors';
import { jsonResponse, respondToError } from '@/lib/http/json-responses';
import { parseRouteId } from '@/lib/http/route-id';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

/** `GET /api/events/{id}/clashes`: the saved events this one clashes with, and for whom (issue 15). */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    await authorize(getDb(), request, 'read');
    const id = parseRouteId((await context.params).id, 'Event');
    const db = getDb();
    if (!getEvent(db, id)) throw new NotFoundError(`Event ${id}`);
    const clashes = listEventClashes(db, id).map(({ person, event }) => ({
      person: { name: person.name, slug: person.slug },
      event: { id: event.id, title: event.title, startDate: event.startDate, endDate: event.endDate, city: event.place?.city ?? null, country: event.place?.country ?? null },
    }));
    return jsonResponse({ clashes });
  } catch (error) {
    return respondToError(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
