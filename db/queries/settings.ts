import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { settings } from '../schema';
import { nowUtcIso } from '../../lib/time/zones';

export type ReadAccess = 'public' | 'signed-in';

/** Whether reading needs an account; unset means signed-in only (once accounts exist). */
export function getReadAccess(db: Db): ReadAccess {
  const row = db.select().from(settings).where(eq(settings.key, 'read_access')).get();
  return row?.value === 'public' ? 'public' : 'signed-in';
}

export function setReadAccess(db: Db, access: ReadAccess): void {
  db.insert(settings)
    .values({ key: 'read_access', value: access, updatedAt: nowUtcIso() })
    .onConflictDoUpdate({ target: settings.key, set: { value: access, updatedAt: nowUtcIso() } })
    .run();
}
