import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { createUser, listUsers, UserExistsError } from '@/db/queries/users';
import { createUserSchema } from '@/lib/auth/admin-schemas';
import { collectFieldErrors } from '@/lib/events/field-errors';
import { errorResponse, jsonResponse, readJsonBody, respondToError } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  try {
    await authorize(getDb(), request, 'admin');
    return jsonResponse({ users: listUsers(getDb()) });
  } catch (error) {
    return respondToError(error);
  }
}

export async function POST(request: Request) {
  try {
    await authorize(getDb(), request, 'admin');
    const parsed = createUserSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) return errorResponse(400, 'The account is not valid', collectFieldErrors(parsed.error));
    return jsonResponse({ user: await createUser(getDb(), parsed.data) }, 201);
  } catch (error) {
    if (error instanceof UserExistsError) return errorResponse(400, error.message, { email: [error.message] });
    return respondToError(error);
  }
}

export const { PUT, PATCH, DELETE } = rejectOtherMethods(['GET', 'POST']);
