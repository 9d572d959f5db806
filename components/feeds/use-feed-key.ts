'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { regenerateFeedKey } from '@/lib/client/api-client';
import { useMe } from '../account/use-me';

/**
 * Whether feed links need the signed-in user's personal key (reading needs an account, and
 * calendar apps cannot sign in), and the key if the user has made one.
 */
export function useFeedKey(): { needed: boolean; key: string | null } {
  const me = useMe();
  const needed = Boolean(me.data?.secured && me.data.readAccess === 'signed-in' && me.data.user);
  return { needed, key: needed ? (me.data?.user?.feedKey ?? null) : null };
}

/** Makes a new personal feed key; links with the old one stop working. */
export function useCreateFeedKey() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: regenerateFeedKey, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }) });
}
