'use client';

import Link from 'next/link';
import { useMe } from './use-me';

/** Says up front when this install needs an account to read, instead of empty pages and errors. */
export function SignInNotice() {
  const me = useMe();
  if (!me.data || me.data.user || !me.data.secured || me.data.readAccess === 'public') return null;
  return (
    <p className="notice" role="status">
      This Summitry needs an account to read. <Link href="/sign-in">Sign in</Link>.
    </p>
  );
}
