import { getDb } from '@/db/client';
import { isSecured } from '@/db/access';
import { getReadAccess } from '@/db/queries/settings';
import { findUserById } from '@/db/queries/users';
import { jsonResponse } from '@/lib/http/json-responses';
import { rejectOtherMethods } from '@/lib/http/method-not-allowed';
import { route } from '@/db/access';

export const dynamic = 'force-dynamic';

/** Who the browser is signed in as, and what the install requires: drives the header and sign-in prompts. */
export const GET = route({ access: 'none' }, ({ actor }) => {
  const db = getDb();
  const user = actor.kind === 'user' ? findUserById(db, actor.id) : null;
  return jsonResponse({
    secured: isSecured(db),
    readAccess: getReadAccess(db),
    // The address the session cookie is made for, so the sign-in page can say where to go when
    // a browser drops it (an https PUBLIC_URL reached over plain http).
    publicUrl: process.env.PUBLIC_URL || null,
    user: user ? { id: user.id, email: user.email, name: user.name, role: user.role, feedKey: user.feedKey } : null,
  });
});

export const { POST, PUT, PATCH, DELETE } = rejectOtherMethods(['GET']);
