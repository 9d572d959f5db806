'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useMe } from './use-me';

/**
 * Says up front when this install needs an account to read. Pages that read send a signed-out
 * visitor to /sign-in, where this explains why they are there (a link to the page itself would not).
 */
export function SignInNotice() {
  const me = useMe();
  const pathname = usePathname();
  if (!me.data || me.data.user || !me.data.secured || me.data.readAccess === 'public') return null;
  return (
    <p className="notice" role="status">
      This Summitry needs an account to read.
      {pathname !== '/sign-in' && (
        <>
          {' '}
          <Link href="/sign-in">Sign in</Link>.
        </>
      )}
    </p>
  );
}
