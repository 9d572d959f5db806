import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { revokeApiToken } from '@/db/queries/api-tokens';
import { errorResponse, jsonResponse, respondToError } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

export async function DELETE(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    await authorize(getDb(), request, 'admin');
    const { id } = await context.params;
    if (!/^\d{1,12}$/.test(id) || !revokeApiToken(getDb(), Number(id))) return errorResponse(404, 'No such token');
    return jsonResponse({ revoked: Number(id) });
  } catch (error) {
    return respondToError(error);
  }
}

export const { GET, POST, PUT, PATCH } = rejectOtherMethods(['DELETE']);
