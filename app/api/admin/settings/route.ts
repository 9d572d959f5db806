import { getDb } from '@/db/client';
import { getFetchAllowlist, getReadAccess, setFetchAllowlist, setReadAccess } from '@/db/queries/settings';
import { settingsSchema } from '@/lib/auth/admin-schemas';
import { jsonResponse } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

export const GET = route({ access: 'admin' }, () => jsonResponse({ readAccess: getReadAccess(getDb()), fetchAllowlist: getFetchAllowlist(getDb()) }));

export const PATCH = route({ access: 'admin', body: settingsSchema, invalid: 'The setting is not valid' }, ({ body }) => {
  const db = getDb();
  if (body.readAccess) setReadAccess(db, body.readAccess);
  if (body.fetchAllowlist) setFetchAllowlist(db, body.fetchAllowlist);
  return jsonResponse({ readAccess: getReadAccess(db), fetchAllowlist: getFetchAllowlist(db) });
});

export const { POST, PUT, DELETE } = rejectOtherMethods(['GET', 'PATCH']);
