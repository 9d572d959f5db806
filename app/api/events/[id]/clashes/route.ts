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
    const event = getEvent(db, id);
    if (!event) throw new NotFoundError(`Event ${id}`);
    const clashes = listEventClashes(db, event).map(({ person, event: other }) => ({
      person: { name: person.name, slug: person.slug },
      event: { id: other.id, title: other.title, startDate: other.startDate, endDate: other.endDate, city: other.place?.city ?? null, country: other.place?.country ?? null },
    }));
    return jsonResponse({ clashes });
  } catch (error) {
    return respondToError(error);
  }
}

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
