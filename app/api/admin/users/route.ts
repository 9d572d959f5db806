import { getDb } from '@/db/client';
import { createUser, listUsers, UserExistsError } from '@/db/queries/users';
import { createUserSchema } from '@/lib/auth/admin-schemas';
import { errorResponse, jsonResponse } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

export const GET = route({ access: 'admin' }, () => jsonResponse({ users: listUsers(getDb()) }));

export const POST = route(
  {
    access: 'admin',
    body: createUserSchema,
    invalid: 'The account is not valid',
    onError: (error) => (error instanceof UserExistsError ? errorResponse(400, error.message, { email: [error.message] }) : undefined),
  },
  async ({ body }) => jsonResponse({ user: await createUser(getDb(), body) }, 201),
);

export const { PUT, PATCH, DELETE } = rejectOtherMethods(['GET', 'POST']);
