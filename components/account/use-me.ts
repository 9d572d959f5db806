'use client';

import { useQuery } from '@tanstack/react-query';
import { useHydrated } from '@/components/ui/use-hydrated';
import { fetchMe } from '@/lib/client/api-client';

/** The signed-in user (or none) and what this install requires. */
export function useMe() {
  const me = useQuery({ queryKey: ['me'], queryFn: fetchMe, staleTime: 60_000 });
  // The server renders the header without the user: so does hydration, even when the answer is in.
  const hydrated = useHydrated();
  return hydrated ? me : { ...me, data: undefined };
}
