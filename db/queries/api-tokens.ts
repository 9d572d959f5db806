import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { apiTokens, type Role } from '../schema';
import { nowUtcIso } from '../../lib/time/zones';
import { markInstallSecured } from './settings';

export type ApiToken = Omit<typeof apiTokens.$inferSelect, 'tokenHash'>;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new token: returned once, stored only as a hash. */
export function createApiToken(db: Db, input: { name: string; role: Role; createdBy: string }): { token: string; record: ApiToken } {
  const token = `smt_${randomBytes(32).toString('base64url')}`;
  markInstallSecured(db);
  const row = db
    .insert(apiTokens)
    .values({ name: input.name, role: input.role, tokenHash: hashToken(token), prefix: token.slice(0, 8), createdBy: input.createdBy, createdAt: nowUtcIso() })
    .returning()
    .get();
  const { tokenHash: _hash, ...record } = row;
  return { token, record };
}

/** The token's record when it is valid and not revoked (reading it records nothing). */
export function findActiveApiToken(db: Db, token: string): ApiToken | null {
  const row = db.select().from(apiTokens).where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt))).get();
  if (!row) return null;
  const { tokenHash: _hash, ...record } = row;
  return record;
}

export function listApiTokens(db: Db): ApiToken[] {
  return db
    .select({ id: apiTokens.id, name: apiTokens.name, role: apiTokens.role, prefix: apiTokens.prefix, createdBy: apiTokens.createdBy, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt })
    .from(apiTokens)
    .where(isNull(apiTokens.revokedAt))
    .orderBy(desc(apiTokens.createdAt))
    .all();
}

export function revokeApiToken(db: Db, id: number): boolean {
  return db.update(apiTokens).set({ revokedAt: nowUtcIso() }).where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt))).run().changes > 0;
}

/** Stamps a token's last use: only once its request was let through, so refusals write nothing. */
export function recordApiTokenUse(db: Db, id: number): void {
  db.update(apiTokens).set({ lastUsedAt: nowUtcIso() }).where(eq(apiTokens.id, id)).run();
}
