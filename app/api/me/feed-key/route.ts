import { getDb } from '@/db/client';
import { regenerateFeedKey } from '@/db/queries/users';
import { errorResponse, jsonResponse } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

/** A new personal feed key: feed URLs with the old one stop working. */
export const POST = route({ access: 'read' }, ({ actor }) => {
  if (actor.kind !== 'user') return errorResponse(401, 'Sign in to get a personal feed key');
  return jsonResponse({ feedKey: regenerateFeedKey(getDb(), actor.id) });
});

export const { GET, PUT, PATCH, DELETE } = rejectOtherMethods(['POST']);
