import { getDb } from '@/db/client';
import { getEvent } from '@/db/queries/events';
import { listEventClashes } from '@/db/queries/clashes';
import { listEventDismissals } from '@/db/queries/clash-dismissals';
import { summarizeClashEvent } from '@/lib/events/clash-marks';
import { toClashDismissalJson } from '@/lib/events/clash-dismissals';
import { NotFoundError } from '@/lib/events/errors';
import { jsonResponse } from '@/lib/http/json-responses';
import { parseRouteId } from '@/lib/http/route-id';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { presentRevisionAuthors, route } from '@/db/access';

export const dynamic = 'force-dynamic';

/**
 * `GET /api/events/{id}/clashes`: the saved events this one clashes with, and for whom, and the
 * pairs marked not a clash, each with the other event, who, when and why (issue 15).
 */
export const GET = route({ access: 'read', params: ['id'] }, ({ params, actor }) => {
  const id = parseRouteId(params.id, 'Event');
  const db = getDb();
  const event = getEvent(db, id);
  if (!event) throw new NotFoundError(`Event ${id}`);
  const clashes = listEventClashes(db, event).map(({ person, event: other }) => ({
    person: { name: person.name, slug: person.slug },
    event: summarizeClashEvent(other),
  }));
  const dismissals = presentRevisionAuthors(db, actor)(
    listEventDismissals(db, id).map(({ dismissal, other }) => ({ ...toClashDismissalJson(dismissal), event: summarizeClashEvent(other) })),
  );
  return jsonResponse({ clashes, dismissals });
});

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
