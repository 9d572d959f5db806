import { getDb } from '@/db/client';
import { getEvent } from '@/db/queries/events';
import { listEventClashes } from '@/db/queries/clashes';
import { NotFoundError } from '@/lib/events/errors';
import { jsonResponse } from '@/lib/http/json-responses';
import { parseRouteId } from '@/lib/http/route-id';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

/** `GET /api/events/{id}/clashes`: the saved events this one clashes with, and for whom (issue 15). */
export const GET = route({ access: 'read', params: ['id'] }, ({ params }) => {
  const id = parseRouteId(params.id, 'Event');
  const db = getDb();
  const event = getEvent(db, id);
  if (!event) throw new NotFoundError(`Event ${id}`);
  const clashes = listEventClashes(db, event).map(({ person, event: other }) => ({
    person: { name: person.name, slug: person.slug },
    event: { id: other.id, title: other.title, startDate: other.startDate, endDate: other.endDate, city: other.place?.city ?? null, country: other.place?.country ?? null },
  }));
  return jsonResponse({ clashes });
});

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
