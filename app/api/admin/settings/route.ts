import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { getFetchAllowlist, getReadAccess, setFetchAllowlist, setReadAccess } from '@/db/queries/settings';
import { settingsSchema } from '@/lib/auth/admin-schemas';
import { collectFieldErrors } from '@/lib/events/field-errors';
import { errorResponse, jsonResponse, readJsonBody, respondToError } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  try {
    await authorize(getDb(), request, 'admin');
    return jsonResponse({ readAccess: getReadAccess(getDb()), fetchAllowlist: getFetchAllowlist(getDb()) });
  } catch (error) {
    return respondToError(error);
  }
}

export async function PATCH(request: Request) {
  try {
    await authorize(getDb(), request, 'admin');
    const parsed = settingsSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) return errorResponse(400, 'The setting is not valid', collectFieldErrors(parsed.error));
    const db = getDb();
    if (parsed.data.readAccess) setReadAccess(db, parsed.data.readAccess);
    if (parsed.data.fetchAllowlist) setFetchAllowlist(db, parsed.data.fetchAllowlist);
    return jsonResponse({ readAccess: getReadAccess(db), fetchAllowlist: getFetchAllowlist(db) });
  } catch (error) {
    return respondToError(error);
  }
}

export const { POST, PUT, DELETE } = rejectOtherMethods(['GET', 'PATCH']);
