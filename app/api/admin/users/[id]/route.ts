import { getDb } from '@/db/client';
import { deleteUser, setUserRole } from '@/db/queries/users';
import { updateUserSchema } from '@/lib/auth/admin-schemas';
import { errorResponse, jsonResponse } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

export const PATCH = route({ access: 'admin', params: ['id'], body: updateUserSchema, invalid: 'The change is not valid' }, ({ actor, params: { id }, body }) => {
  // An admin cannot demote themselves: the last admin would lock everyone out.
  if (actor.kind === 'user' && actor.id === id && body.role !== 'admin') {
    return errorResponse(400, 'You cannot remove your own admin role', { role: ['Ask another admin to change your role'] });
  }
  if (!/^[\w-]{1,64}$/.test(id) || !setUserRole(getDb(), id, body.role)) return errorResponse(404, 'No such user');
  return jsonResponse({ id, role: body.role });
});

/**
 * Deletes an account: its sessions end and the private feeds it saved stop working at once
 * (foreign keys cascade). The events it edited keep their history.
 */
export const DELETE = route({ access: 'admin', params: ['id'] }, ({ actor, params: { id } }) => {
  if (actor.kind === 'user' && actor.id === id) {
    return errorResponse(400, 'You cannot delete your own account', { _form: ['Ask another admin to delete it'] });
  }
  if (!/^[\w-]{1,64}$/.test(id) || !deleteUser(getDb(), id)) return errorResponse(404, 'No such user');
  return jsonResponse({ deleted: id });
});

export const { GET, POST, PUT } = rejectOtherMethods(['PATCH', 'DELETE']);
