import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { reopenInstall } from '@/db/queries/install';
import { reopenInstallSchema } from '@/lib/auth/admin-schemas';
import { collectFieldErrors } from '@/lib/events/field-errors';
import { errorResponse, jsonResponse, readJsonBody, respondToError } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';

export const dynamic = 'force-dynamic';

/**
 * Opens the install to everyone again, as on first start: `{ "confirm": "reopen" }`. Never a side
 * effect of revoking tokens; the next account or token secures it again.
 */
export async function POST(request: Request) {
  try {
    await authorize(getDb(), request, 'admin');
    const parsed = reopenInstallSchema.safeParse(await readJsonBody(request));
    if (!parsed.success) return errorResponse(400, 'Confirm that the install should be open to everyone', collectFieldErrors(parsed.error));
    reopenInstall(getDb());
    return jsonResponse({ secured: false });
  } catch (error) {
    return respondToError(error);
  }
}

export const { GET, PUT, PATCH, DELETE } = rejectOtherMethods(['POST']);
