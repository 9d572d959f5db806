'use client';

import Link from 'next/link';
import { useSyncExternalStore } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { usePathname, useRouter } from 'next/navigation';
import { buildSignInPath } from '@/lib/auth/sign-in-path';
import { authClient } from './auth-client';
import { useMe } from './use-me';

/** The page being read, query included, so that signing in comes back to the same view. */
function useCurrentPage(): string {
  const pathname = usePathname();
  // Read from the window rather than useSearchParams, which would make every page showing the
  // header wait for the client; the server render has the path alone.
  return useSyncExternalStore(
    subscribeToHistory,
    () => window.location.pathname + window.location.search,
    () => pathname,
  );
}

function subscribeToHistory(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

export function AccountMenu() {
  const me = useMe();
  const router = useRouter();
  const queryClient = useQueryClient();
  const here = useCurrentPage();
  if (!me.data) return null;
  const { user, secured } = me.data;
  if (!user) return secured ? <Link href={here.startsWith('/sign-in') ? '/sign-in' : buildSignInPath(here)}>Sign in</Link> : null;

  async function signOut() {
    await authClient.signOut();
    await queryClient.invalidateQueries();
    router.push('/sign-in');
  }

  return (
    <span className="account-menu">
      {user.role === 'admin' && <Link href="/admin">Admin</Link>}
      <span className="who" title={`Role: ${user.role}`}>
        {user.email} ({user.role})
      </span>
      <button type="button" className="link-button on-dark" onClick={signOut}>
        Sign out
      </button>
    </span>
  );
}
