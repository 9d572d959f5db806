import { z } from 'zod';
import { getDb } from '@/db/client';
import { authorize, feedOwnerOf, feedScopeOf } from '@/db/access';
import { createFeedToken, listFeedTokens } from '@/db/queries/feed-tokens';
import { formatEventFilter, parseEventFilter } from '@/lib/events/event-filter';
import { collectFieldErrors } from '@/lib/events/field-errors';
import { errorResponse, jsonResponse, readJsonBody, respondToError } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

const createSchema = z.object({
  name: z.string({ error: 'Give the feed a name' }).trim().min(1, 'Give the feed a name').max(120, 'Name must be at most 120 characters'),
  filter: z.string().max(2000, 'The filter is too long').default(''),
});

export async function GET(request: Request) {
  try {
    const actor = await authorize(getDb(), request, 'read');
    // A feed's token is its credential: only its maker and admins may see it.
    return jsonResponse({ feeds: listFeedTokens(getDb(), feedScopeOf(getDb(), actor)) });
  } catch (error) {
    return respondToError(error);
  }
}

/** Saves a view's filter behind a private token: `{ name, filter: "country=US&kind=visit" }`. */
export async function POST(request: Request) {
  try {
    const actor = await authorize(getDb(), request, 'write');
    const parsed = createSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) return errorResponse(400, 'The feed is not valid', collectFieldErrors(parsed.error));
    const filter = parseEventFilter(new URLSearchParams(parsed.data.filter));
    if (!filter.success) {
      return errorResponse(400, 'The filter is not valid', Object.fromEntries(Object.entries(collectFieldErrors(filter.error)).map(([k, v]) => [`filter.${k}`, v])));
    }
    const feed = createFeedToken(getDb(), { name: parsed.data.name, filter: formatEventFilter(filter.data).toString(), owner: feedOwnerOf(actor) });
    return jsonResponse({ feed }, 201);
  } catch (error) {
    return respondToError(error);
  }
}

export const { PUT, PATCH, DELETE } = rejectOtherMethods(['GET', 'POST']);
