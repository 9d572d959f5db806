import { Suspense } from 'react';
import { SignInForm } from '@/components/account/sign-in-form';

export default function SignInPage() {
  return (
    <>
      <h1>Sign in</h1>
      <p>Accounts are created by an admin (or with <code>npm run user:create</code>).</p>
      <Suspense fallback={null}>
        <SignInForm />
      </Suspense>
    </>
  );
}
