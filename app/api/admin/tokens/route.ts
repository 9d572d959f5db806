import { getDb } from '@/db/client';
import { createApiToken, listApiTokens } from '@/db/queries/api-tokens';
import { createTokenSchema } from '@/lib/auth/admin-schemas';
import { jsonResponse } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

export const GET = route({ access: 'admin' }, () => jsonResponse({ tokens: listApiTokens(getDb()) }));

/** The token is in this answer only: it is stored as a hash. */
export const POST = route({ access: 'admin', body: createTokenSchema, invalid: 'The token is not valid' }, ({ actor, body }) => {
  const { token, record } = createApiToken(getDb(), { ...body, createdBy: actor.label });
  return jsonResponse({ token, record }, 201);
});

export const { PUT, PATCH, DELETE } = rejectOtherMethods(['GET', 'POST']);
