import { z } from 'zod';
import { getDb } from '@/db/client';
import { feedOwnerOf, feedScopeOf } from '@/db/access';
import { createFeedToken, listFeedTokens } from '@/db/queries/feed-tokens';
import { formatEventFilter, parseEventFilter } from '@/lib/events/event-filter';
import { collectFieldErrors } from '@/lib/events/field-errors';
import { errorResponse, jsonResponse } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

const createSchema = z.object({
  name: z.string({ error: 'Give the feed a name' }).trim().min(1, 'Give the feed a name').max(120, 'Name must be at most 120 characters'),
  filter: z.string().max(2000, 'The filter is too long').default(''),
});

// A feed's token is its credential: only its maker and admins may see it.
export const GET = route({ access: 'read' }, ({ actor }) => jsonResponse({ feeds: listFeedTokens(getDb(), feedScopeOf(getDb(), actor)) }));

/** Saves a view's filter behind a private token: `{ name, filter: "country=US&kind=visit" }`. */
export const POST = route({ access: 'write', body: createSchema, invalid: 'The feed is not valid' }, ({ actor, body }) => {
  const filter = parseEventFilter(new URLSearchParams(body.filter));
  if (!filter.success) {
    return errorResponse(400, 'The filter is not valid', Object.fromEntries(Object.entries(collectFieldErrors(filter.error)).map(([k, v]) => [`filter.${k}`, v])));
  }
  const feed = createFeedToken(getDb(), { name: body.name, filter: formatEventFilter(filter.data).toString(), owner: feedOwnerOf(actor) });
  return jsonResponse({ feed }, 201);
});

export const { PUT, PATCH, DELETE } = rejectOtherMethods(['GET', 'POST']);
