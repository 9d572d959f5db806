import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { authorize } from '@/db/access';
import { AccessError } from '@/lib/auth/access-policy';
import { buildSignInPath } from '@/lib/auth/sign-in-path';

/** A page's searchParams, as Next hands them over. */
export type PageQuery = Record<string, string | string[] | undefined>;

/**
 * When reading needs an account and the visitor has none, sends them to sign in and back to this
 * page afterwards: rendered, the page would only show empty lists and every request refused.
 */
export async function requireSignInToRead(path: string, query: PageQuery = {}): Promise<void> {
  try {
    await authorize(getDb(), new Request(`http://summitry.internal${path}`, { headers: await headers() }), 'read');
  } catch (error) {
    if (error instanceof AccessError && error.status === 401) redirect(buildSignInPath(path, query));
    throw error;
  }
}
