import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { apiTokens } from '../schema';
import { countUsers } from './users';
import { getInstallState, setInstallState } from './settings';

/** Every token ever made, revoked ones included: having had one is what secures an install. */
function countApiTokensEverMade(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(apiTokens).get()?.n ?? 0;
}

/**
 * Whether the install is secured. Once any account or token has existed it stays so, whatever is
 * revoked later; only reopenInstall opens it. Databases from before the marker existed are judged
 * by what they hold.
 */
export function isInstallSecured(db: Db): boolean {
  const state = getInstallState(db);
  if (state !== 'unset') return state === 'secured';
  return countUsers(db) > 0 || countApiTokensEverMade(db) > 0;
}

/** The explicit way back to an open install (admin route or `npm run install:reopen`). */
export function reopenInstall(db: Db): void {
  setInstallState(db, 'open');
}
