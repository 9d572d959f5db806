import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { createApiToken, listApiTokens } from '@/db/queries/api-tokens';
import { createTokenSchema } from '@/lib/auth/admin-schemas';
import { collectFieldErrors } from '@/lib/events/field-errors';
import { errorResponse, jsonResponse, readJsonBody, respondToError } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  try {
    await authorize(getDb(), request, 'admin');
    return jsonResponse({ tokens: listApiTokens(getDb()) });
  } catch (error) {
    return respondToError(error);
  }
}

/** The token is in this answer only: it is stored as a hash. */
export async function POST(request: Request) {
  try {
    const actor = await authorize(getDb(), request, 'admin');
    const parsed = createTokenSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) return errorResponse(400, 'The token is not valid', collectFieldErrors(parsed.error));
    const { token, record } = createApiToken(getDb(), { ...parsed.data, createdBy: actor.label });
    return jsonResponse({ token, record }, 201);
  } catch (error) {
    return respondToError(error);
  }
}

export const { PUT, PATCH, DELETE } = rejectOtherMethods(['GET', 'POST']);
