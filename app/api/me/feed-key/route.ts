import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { regenerateFeedKey } from '@/db/queries/users';
import { errorResponse, jsonResponse, respondToError } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

/** A new personal feed key: feed URLs with the old one stop working. */
export async function POST(request: Request) {
  try {
    const actor = await authorize(getDb(), request, 'read');
    if (actor.kind !== 'user') return errorResponse(401, 'Sign in to get a personal feed key');
    return jsonResponse({ feedKey: regenerateFeedKey(getDb(), actor.id) });
  } catch (error) {
    return respondToError(error);
  }
}

export const { GET, PUT, PATCH, DELETE } = rejectOtherMethods(['POST']);
