import { getDb } from '@/db/client';
import { feedScopeOf } from '@/db/access';
import { revokeFeedToken } from '@/db/queries/feed-tokens';
import { errorResponse, jsonResponse } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

/** Revokes a private feed: its URL answers 404 from now on. */
export const DELETE = route({ access: 'write', params: ['token'] }, ({ actor, params: { token } }) => {
  // Someone else's feed answers as if it did not exist: its token is not theirs to learn about.
  if (!/^[\w-]{1,64}$/.test(token) || !revokeFeedToken(getDb(), token, feedScopeOf(getDb(), actor))) return errorResponse(404, 'No such private feed');
  return jsonResponse({ revoked: token });
});

export const { GET, POST, PUT, PATCH } = rejectOtherMethods(['DELETE']);
