import { getDb } from '@/db/client';
import { listClashes } from '@/db/queries/clashes';
import { eventFilterSchema } from '@/lib/events/event-filter';
import { toEventJson } from '@/lib/events/event-json';
import { jsonResponse } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

/** `GET /api/clashes?from&to&person&country…`: one person placed in two places at once, per the timeline's filter. */
export const GET = route({ access: 'read', query: eventFilterSchema, invalid: 'The filter is not valid' }, ({ query }) => {
  const clashes = listClashes(getDb(), query);
  return jsonResponse({ clashes: clashes.map(({ person, events }) => ({ person, events: events.map(toEventJson) })) });
});

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
