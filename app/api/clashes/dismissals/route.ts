import { getDb } from '@/db/client';
import { dismissClash, undoClashDismissal } from '@/db/queries/clash-dismissals';
import { clashDismissalInputSchema, clashPairQuerySchema, orderEventPair, toClashDismissalJson } from '@/lib/events/clash-dismissals';
import { errorResponse, jsonResponse } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { presentRevisionAuthors, route } from '@/db/access';

export const dynamic = 'force-dynamic';

/**
 * `POST /api/clashes/dismissals {a, b, reason?}`: "not a clash" for two events (issue 15). 201 when
 * made, 200 with the one already made when asked again, 404 for an unknown event, 409 when the two
 * events do not clash. Neither event changes: no version, no revision.
 */
export const POST = route({ access: 'write', body: clashDismissalInputSchema, invalid: 'The dismissal is not valid' }, ({ body, actor }) => {
  const db = getDb();
  const result = dismissClash(db, body, actor.label);
  if (result.outcome === 'no-clash') {
    return errorResponse(409, `Events ${body.a} and ${body.b} do not clash: there is nothing to mark as not a clash`);
  }
  const [shown] = presentRevisionAuthors(db, actor)([toClashDismissalJson(result.dismissal)]);
  return jsonResponse({ dismissal: shown }, result.outcome === 'created' ? 201 : 200);
});

/** `DELETE /api/clashes/dismissals?a=&b=`: undoes a dismissal, so the clash is open again. 404 when there is none. */
export const DELETE = route({ access: 'write', query: clashPairQuerySchema, invalid: 'Name the two events: ?a=ID&b=ID' }, ({ query }) => {
  if (!undoClashDismissal(getDb(), query.a, query.b)) {
    const [low, high] = orderEventPair(query.a, query.b);
    return errorResponse(404, `Events ${low} and ${high} are not marked as not a clash`);
  }
  return new Response(null, { status: 204 });
});

export const { GET, PUT, PATCH } = rejectOtherMethods(['POST', 'DELETE']);
