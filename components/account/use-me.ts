'use client';

import { useQuery } from '@tanstack/react-query';
import { fetchMe } from '@/lib/client/api-client';

/** The signed-in user (or none) and what this install requires. */
export function useMe() {
  return useQuery({ queryKey: ['me'], queryFn: fetchMe, staleTime: 60_000 });
}
