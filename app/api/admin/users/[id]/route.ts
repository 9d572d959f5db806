import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { deleteUser, setUserRole } from '@/db/queries/users';
import { updateUserSchema } from '@/lib/auth/admin-schemas';
import { collectFieldErrors } from '@/lib/events/field-errors';
import { errorResponse, jsonResponse, readJsonBody, respondToError } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

export async function PATCH(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const actor = await authorize(getDb(), request, 'admin');
    const { id } = await context.params;
    const parsed = updateUserSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) return errorResponse(400, 'The change is not valid', collectFieldErrors(parsed.error));
    // An admin cannot demote themselves: the last admin would lock everyone out.
    if (actor.kind === 'user' && actor.id === id && parsed.data.role !== 'admin') {
      return errorResponse(400, 'You cannot remove your own admin role', { role: ['Ask another admin to change your role'] });
    }
    if (!/^[\w-]{1,64}$/.test(id) || !setUserRole(getDb(), id, parsed.data.role)) return errorResponse(404, 'No such user');
    return jsonResponse({ id, role: parsed.data.role });
  } catch (error) {
    return respondToError(error);
  }
}

/**
 * Deletes an account: its sessions end and the private feeds it saved stop working at once
 * (foreign keys cascade). The events it edited keep their history.
 */
export async function DELETE(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const actor = await authorize(getDb(), request, 'admin');
    const { id } = await context.params;
    if (actor.kind === 'user' && actor.id === id) {
      return errorResponse(400, 'You cannot delete your own account', { _form: ['Ask another admin to delete it'] });
    }
    if (!/^[\w-]{1,64}$/.test(id) || !deleteUser(getDb(), id)) return errorResponse(404, 'No such user');
    return jsonResponse({ deleted: id });
  } catch (error) {
    return respondToError(error);
  }
}

export const { GET, POST, PUT } = rejectOtherMethods(['PATCH', 'DELETE']);
