import { randomBytes } from 'node:crypto';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { eq } from 'drizzle-orm';
import type { Db } from './client';
import * as schema from './schema';
import { usesSecureCookies } from '../lib/auth/cookie-security';

/**
 * The signing secret: BETTER_AUTH_SECRET when set, otherwise one generated on first use and kept
 * in the database, so a self-hosted install is secure without configuration and sessions
 * survive restarts.
 */
function readSecret(db: Db): string {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  const saved = db.select().from(schema.settings).where(eq(schema.settings.key, 'auth_secret')).get();
  if (saved) return saved.value;
  const secret = randomBytes(32).toString('base64url');
  db.insert(schema.settings).values({ key: 'auth_secret', value: secret, updatedAt: new Date().toISOString() }).onConflictDoNothing().run();
  return db.select().from(schema.settings).where(eq(schema.settings.key, 'auth_secret')).get()!.value;
}

/**
 * The origins allowed to post sign-in forms: PUBLIC_URL, and the host the request was sent to.
 * A cross-site form carries the attacker's Origin, which matches neither.
 */
function trustedOrigins(request?: Request): string[] {
  const origins = process.env.PUBLIC_URL ? [new URL(process.env.PUBLIC_URL).origin] : [];
  const host = request?.headers.get('x-forwarded-host') ?? request?.headers.get('host');
  if (request && host) {
    const protocol = request.headers.get('x-forwarded-proto') ?? new URL(request.url).protocol.replace(':', '');
    origins.push(`${protocol}://${host}`);
  }
  return origins;
}

function createAuth(db: Db, secureCookies: boolean) {
  return betterAuth({
    appName: 'Summitry',
    secret: readSecret(db),
    baseURL: process.env.PUBLIC_URL || undefined,
    trustedOrigins,
    database: drizzleAdapter(db, {
      provider: 'sqlite',
      schema: { user: schema.user, session: schema.session, account: schema.account, verification: schema.verification },
    }),
    // Accounts are made by an admin (UI or `npm run user:create`), never by strangers signing up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
    user: {
      additionalFields: {
        role: { type: 'string', required: false, defaultValue: 'viewer', input: false },
        feedKey: { type: 'string', required: false, input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    // On in every environment (the library's default is production only). Password sign-ins are
    // throttled by app/api/auth's own counter of failures instead: the library's limit counted
    // successful sign-ins too, so an office behind one address was refused after a few good ones.
    rateLimit: {
      enabled: true,
      window: 60,
      max: 60,
      customRules: { '/sign-in/email': false },
    },
    // The cookie follows the scheme (lib/auth/cookie-security.ts), so sign-in works over plain http too.
    advanced: { useSecureCookies: secureCookies },
    telemetry: { enabled: false },
    // Without PUBLIC_URL the origin comes from each request, which is right for one host; the
    // library warns about that on every start, so only errors are logged.
    logger: { level: 'error' },
  });
}

export type Auth = ReturnType<typeof createAuth>;

const instances = new WeakMap<Db, { secure?: Auth; plain?: Auth }>();

/**
 * The auth service for a database, made once per cookie scheme: the request (when there is one)
 * decides whether its session cookie is Secure.
 */
export function getAuth(db: Db, request?: Request): Auth {
  const secure = usesSecureCookies(process.env.PUBLIC_URL, request);
  let pair = instances.get(db);
  if (!pair) instances.set(db, (pair = {}));
  const key = secure ? 'secure' : 'plain';
  return (pair[key] ??= createAuth(db, secure));
}
