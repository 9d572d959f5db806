import { getDb } from '@/db/client';
import { authorize, feedScopeOf } from '@/db/access';
import { revokeFeedToken } from '@/db/queries/feed-tokens';
import { errorResponse, jsonResponse, respondToError } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

/** Revokes a private feed: its URL answers 404 from now on. */
export async function DELETE(request: Request, context: { params: Promise<{ token: string }> }) {
  try {
    const actor = await authorize(getDb(), request, 'write');
    const { token } = await context.params;
    // Someone else's feed answers as if it did not exist: its token is not theirs to learn about.
    if (!/^[\w-]{1,64}$/.test(token) || !revokeFeedToken(getDb(), token, feedScopeOf(getDb(), actor))) return errorResponse(404, 'No such private feed');
    return jsonResponse({ revoked: token });
  } catch (error) {
    return respondToError(error);
  }
}

export const { GET, POST, PUT, PATCH } = rejectOtherMethods(['DELETE']);
