'use client';

import { useQuery } from '@tanstack/react-query';
import { adminApi } from '@/lib/client/api-client';
import { ReadAccessSection } from './read-access-section';
import { TokensSection } from './tokens-section';
import { UsersSection } from './users-section';

/** The admin page: who can read, the accounts and the API tokens. A refused list of users (not an admin) shows only why. */
export function AdminView() {
  const users = useQuery({ queryKey: ['admin', 'users'], queryFn: adminApi.users });
  if (users.isError) return <p role="alert" className="error-summary">{users.error.message}</p>;
  return (
    <>
      <ReadAccessSection />
      <UsersSection users={users.data?.users} />
      <TokensSection />
    </>
  );
}
