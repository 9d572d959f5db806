'use client';

import Link from 'next/link';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { authClient } from './auth-client';
import { useMe } from './use-me';

export function AccountMenu() {
  const me = useMe();
  const router = useRouter();
  const queryClient = useQueryClient();
  if (!me.data) return null;
  const { user, secured } = me.data;
  if (!user) return secured ? <Link href="/sign-in">Sign in</Link> : null;

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
