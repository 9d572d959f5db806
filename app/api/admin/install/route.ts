import { getDb } from '@/db/client';
import { reopenInstall } from '@/db/queries/install';
import { reopenInstallSchema } from '@/lib/auth/admin-schemas';
import { jsonResponse } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

/**
 * Opens the install to everyone again, as on first start: `{ "confirm": "reopen" }`. Never a side
 * effect of revoking tokens; the next account or token secures it again.
 */
export const POST = route({ access: 'admin', body: reopenInstallSchema, invalid: 'Confirm that the install should be open to everyone' }, () => {
  reopenInstall(getDb());
  return jsonResponse({ secured: false });
});

export const { GET, PUT, PATCH, DELETE } = rejectOtherMethods(['POST']);
