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

/**
 * Whether the install is secured: written when the first account or token is made and kept when
 * they are revoked, so only an explicit reopening (admin route or `npm run install:reopen`)
 * opens it again.
 */
export type InstallState = 'secured' | 'open' | 'unset';

export function getInstallState(db: Db): InstallState {
  const value = db.select().from(settings).where(eq(settings.key, 'install_state')).get()?.value;
  return value === 'secured' || value === 'open' ? value : 'unset';
}

export function setInstallState(db: Db, state: 'secured' | 'open'): void {
  db.insert(settings)
    .values({ key: 'install_state', value: state, updatedAt: nowUtcIso() })
    .onConflictDoUpdate({ target: settings.key, set: { value: state, updatedAt: nowUtcIso() } })
    .run();
}

/** Called whenever an account or token is made: from then on the install stays secured. */
export function markInstallSecured(db: Db): void {
  if (getInstallState(db) !== 'secured') setInstallState(db, 'secured');
}

/**
 * "host:port" pairs the article fetcher may reach although they are private or local (an
 * intranet news server): set by an admin, empty by default.
 */
export function getFetchAllowlist(db: Db): string[] {
  const value = db.select().from(settings).where(eq(settings.key, 'fetch_allowlist')).get()?.value;
  try {
    const list = value ? (JSON.parse(value) as unknown) : [];
    return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

export function setFetchAllowlist(db: Db, allowlist: string[]): void {
  const value = JSON.stringify([...new Set(allowlist)]);
  db.insert(settings)
    .values({ key: 'fetch_allowlist', value, updatedAt: nowUtcIso() })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: nowUtcIso() } })
    .run();
}
