import { getDb } from '@/db/client';
import { revokeApiToken } from '@/db/queries/api-tokens';
import { errorResponse, jsonResponse } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

export const DELETE = route({ access: 'admin', params: ['id'] }, ({ params: { id } }) => {
  if (!/^\d{1,12}$/.test(id) || !revokeApiToken(getDb(), Number(id))) return errorResponse(404, 'No such token');
  return jsonResponse({ revoked: Number(id) });
});

export const { GET, POST, PUT, PATCH } = rejectOtherMethods(['DELETE']);
