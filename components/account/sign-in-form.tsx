'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRouter, useSearchParams } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { resolveSameOriginPath } from '@/lib/auth/same-origin-path';
import { fetchMe } from '@/lib/client/api-client';
import { authClient } from './auth-client';

function describeDroppedCookie(publicUrl: string | null): string {
  const where = publicUrl ? `Open Summitry at ${publicUrl} (its PUBLIC_URL) and sign in there.` : 'Open Summitry at the address its admin gave you and sign in there.';
  return `The password was right, but your browser did not keep the session cookie, so you are not signed in. ${where}`;
}

export function SignInForm() {
  const router = useRouter();
  const params = useSearchParams();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await authClient.signIn.email({ email: String(data.get('email') ?? ''), password: String(data.get('password') ?? '') });
    setPending(false);
    if (result.error) {
      setError(result.error.status === 429 ? 'Too many attempts: wait a minute and try again.' : 'The email or password is not right.');
      return;
    }
    // The answer was 200, but the browser may have dropped the cookie (a Secure one over http).
    const me = await fetchMe().catch(() => null);
    if (!me?.user) {
      setError(describeDroppedCookie(me?.publicUrl ?? null));
      return;
    }
    await queryClient.invalidateQueries();
    // Only a path on this site, never an address an attacker put in the link.
    router.push(resolveSameOriginPath(params.get('next'), window.location.origin));
  }

  return (
    <form className="event-form sign-in" onSubmit={submit} aria-label="Sign in">
      {error && (
        <p role="alert" className="error-summary">
          {error}
        </p>
      )}
      <label htmlFor="sign-in-email">Email</label>
      <input id="sign-in-email" name="email" type="email" autoComplete="username" required />
      <label htmlFor="sign-in-password">Password</label>
      <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required />
      <div className="actions">
        <button type="submit" disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </div>
    </form>
  );
}
