'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { regenerateFeedKey } from '@/lib/client/api-client';
import { useMe } from '../account/use-me';

/**
 * Calendar apps cannot sign in, so when reading needs an account each user's feed links carry a
 * personal key. Making a new one revokes every link with the old one.
 */
export function FeedKey() {
  const me = useMe();
  const queryClient = useQueryClient();
  const regenerate = useMutation({ mutationFn: regenerateFeedKey, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }) });
  if (!me.data?.secured || me.data.readAccess === 'public' || !me.data.user) return null;
  return (
    <section className="notice" aria-labelledby="feed-key">
      <h2 id="feed-key">Your feed key</h2>
      <p>
        {me.data.user.feedKey
          ? 'The links below carry your personal key. Make a new key if a link was shared by mistake: old links stop working.'
          : 'Reading needs an account, so calendar apps need your personal key in the feed address.'}
      </p>
      <button type="button" onClick={() => regenerate.mutate()} disabled={regenerate.isPending}>
        {me.data.user.feedKey ? 'Make a new key (revokes the old links)' : 'Create my feed key'}
      </button>
    </section>
  );
}
