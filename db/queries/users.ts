import { randomBytes } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { getAuth } from '../auth';
import { user, type Role } from '../schema';
import { markInstallSecured } from './settings';

export type UserRow = typeof user.$inferSelect;
export type PublicUser = Pick<UserRow, 'id' | 'name' | 'email' | 'role' | 'createdAt'>;

export class UserExistsError extends Error {}

export function countUsers(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(user).get()?.n ?? 0;
}

export function listUsers(db: Db): PublicUser[] {
  return db.select({ id: user.id, name: user.name, email: user.email, role: user.role, createdAt: user.createdAt }).from(user).orderBy(asc(user.email)).all();
}

/** Creates an account through better-auth, which hashes the password. */
export async function createUser(db: Db, input: { email: string; password: string; role: Role; name?: string }): Promise<PublicUser> {
  const email = input.email.trim().toLowerCase();
  if (db.select({ id: user.id }).from(user).where(eq(user.email, email)).get()) throw new UserExistsError(`A user with the email ${email} exists already`);
  const context = await getAuth(db).$context;
  const hash = await context.password.hash(input.password);
  markInstallSecured(db);
  const created = await context.internalAdapter.createUser(
    { email, name: input.name?.trim() || email.split('@')[0], emailVerified: true, role: input.role },
    { method: 'admin' },
  );
  await context.internalAdapter.linkAccount({ userId: created.id, providerId: 'credential', accountId: created.id, password: hash });
  return db.select({ id: user.id, name: user.name, email: user.email, role: user.role, createdAt: user.createdAt }).from(user).where(eq(user.id, created.id)).get()!;
}

export function setUserRole(db: Db, userId: string, role: Role): boolean {
  return db.update(user).set({ role, updatedAt: new Date() }).where(eq(user.id, userId)).run().changes > 0;
}

export function findUserById(db: Db, id: string): UserRow | null {
  return db.select().from(user).where(eq(user.id, id)).get() ?? null;
}

export function findUserByFeedKey(db: Db, feedKey: string): UserRow | null {
  return db.select().from(user).where(eq(user.feedKey, feedKey)).get() ?? null;
}

/** A new secret for the user's feed URLs; the old one stops working at once. */
export function regenerateFeedKey(db: Db, userId: string): string {
  const key = randomBytes(16).toString('base64url');
  db.update(user).set({ feedKey: key, updatedAt: new Date() }).where(eq(user.id, userId)).run();
  return key;
}

/** Deletes an account with its sessions and the private feeds it saved (foreign keys cascade). */
export function deleteUser(db: Db, userId: string): boolean {
  return db.delete(user).where(eq(user.id, userId)).run().changes > 0;
}

/** Display names by lower-cased e-mail address, to show revision authors to non-admins. */
export function mapDisplayNamesByEmail(db: Db): Map<string, string> {
  return new Map(db.select({ email: user.email, name: user.name }).from(user).all().map((row) => [row.email.toLowerCase(), row.name]));
}
